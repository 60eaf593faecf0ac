package org.customerkit.persistence.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Optional;
import org.customerkit.persistence.jdbc.internal.Connections;

/**
 * A database failure under a store call: a lost connection, a missing table, a lock timeout, a value the column
 * does not take. Not a business refusal; those are
 * {@link org.customerkit.core.application.port.out.DuplicateCustomerNumberException} or a {@code false} result.
 *
 * <p>It names the SQLState, the table and the customer where the store knows them, and never a bound value: a
 * driver's text about a data or constraint error (SQLState class {@code 22} or {@code 23}, or any batch) may
 * quote the values of the row, names and e-mail addresses among them, so such a cause is a copy with the driver's
 * class, SQLState, error code and stack trace, without its text. Other causes are the driver's exception.
 */
public class JdbcStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;
  private final String table;
  private final String customerId;

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
    this.sqlState = cause instanceof SQLException e && e.getSQLState() != null ? e.getSQLState() : "";
    this.table = null;
    this.customerId = null;
  }

  JdbcStoreException(String message, SQLException cause, String table, String customerId) {
    super(message, cause);
    this.sqlState = cause.getSQLState() != null ? cause.getSQLState() : "";
    this.table = table;
    this.customerId = customerId;
  }

  /** The SQLState of the failure, such as {@code 23503}; empty text when there is none. */
  public String sqlState() {
    return sqlState;
  }

  /** The table the failing statement wrote, when the store knows it. */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /** The id of the customer being saved or deleted, when there was one. */
  public Optional<String> customerId() {
    return Optional.ofNullable(customerId);
  }

  /**
   * The failure of {@code e}, on {@code table} for {@code customerId} (either may be null), its message and cause
   * free of bound values.
   */
  public static JdbcStoreException of(SQLException e, String table, String customerId) {
    StringBuilder message = new StringBuilder("database failure, SQLState ").append(e.getSQLState())
        .append(" (error ").append(e.getErrorCode()).append(')');
    if (table != null) {
      message.append(" on table ").append(table);
    }
    if (customerId != null) {
      message.append(" for customer ").append(customerId);
    }
    SQLException cause = e;
    if (mayQuoteValues(e)) {
      cause = Connections.withoutText(e);
    } else {
      message.append(": ").append(e.getMessage());
    }
    return new JdbcStoreException(message.toString(), cause, table, customerId);
  }

  /** Whether the driver's text may quote the bound values: data and constraint errors, and every batch. */
  private static boolean mayQuoteValues(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return e instanceof BatchUpdateException || state.startsWith("22") || state.startsWith("23")
        || e.getNextException() != null;
  }
}
