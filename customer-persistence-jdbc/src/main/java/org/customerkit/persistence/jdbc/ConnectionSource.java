package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where the stores get their connections, and whose transaction they run in.
 *
 * <p>The default, {@link #of(DataSource)}, lets the stores manage everything: each
 * {@link org.customerkit.core.application.port.out.Transactions#inTransaction} takes a connection, turns
 * auto-commit off, commits or rolls back and closes it, and every store call inside it uses that connection;
 * a store call outside a transaction takes its own connection (a save or a number then runs in a short
 * transaction of its own).
 *
 * <p>A host that manages transactions itself (Spring's {@code DataSourceUtils}, a Jakarta EE container, its own
 * unit of work) implements this interface instead: {@link #connection()} gives the connection of the current
 * transaction, and {@link #inHostTransaction()} says whether there is one. While it is true the stores never
 * commit, roll back, close or change the auto-commit of that connection: {@code inTransaction} just runs its work,
 * and a save protects itself with a savepoint so that a refused save (a taken customer number) leaves the host's
 * transaction usable. While it is false the stores run their own transactions on the connections it gives.
 * What must wait for the host's commit (the customer events) is handed to {@link #afterHostCommit}.
 */
public interface ConnectionSource {

  /** The connection to use now; within a host transaction, the transaction's connection. Never null. */
  Connection connection() throws SQLException;

  /** Gives back a connection obtained from {@link #connection()} once a store call is done with it. */
  void release(Connection connection) throws SQLException;

  /** Whether the calling thread is inside a transaction the host opened and will commit or roll back. */
  boolean inHostTransaction();

  /**
   * Runs {@code action} after the host's current transaction commits, and never if it rolls back: Spring's
   * {@code TransactionSynchronization.afterCommit}, JTA's {@code Synchronization.afterCompletion} with a committed
   * status, or the host's own unit of work. Called only while {@link #inHostTransaction()} is true; the action
   * does not throw.
   */
  void afterHostCommit(Runnable action);

  /** Connections from a data source, closed after use; the stores manage every transaction. */
  static ConnectionSource of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new ConnectionSource() {
      @Override
      public Connection connection() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection connection) throws SQLException {
        connection.close();
      }

      @Override
      public boolean inHostTransaction() {
        return false;
      }

      @Override
      public void afterHostCommit(Runnable action) {
        throw new IllegalStateException("connections from a data source are never in a host transaction");
      }
    };
  }
}
