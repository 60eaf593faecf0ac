package org.customerkit.persistence.jdbc;

import java.sql.SQLException;

/**
 * A database failure under a store call: a lost connection, a missing table, a lock timeout. Not a business
 * refusal; those are {@link org.customerkit.core.application.port.out.DuplicateCustomerNumberException} or a
 * {@code false} result. The cause is the driver's {@link SQLException}, when there is one.
 */
public class JdbcStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The SQLState of the cause, such as {@code 23503}; empty text when the cause is not an SQLException. */
  public String sqlState() {
    return getCause() instanceof SQLException e && e.getSQLState() != null ? e.getSQLState() : "";
  }
}
