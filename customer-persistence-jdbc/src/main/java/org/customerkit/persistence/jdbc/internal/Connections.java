package org.customerkit.persistence.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.persistence.jdbc.ConnectionSource;
import org.customerkit.persistence.jdbc.JdbcStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection and transaction handling for every store of one installation, and their {@link Transactions}.
 *
 * <p>A transaction of our own binds its connection to the thread; store calls inside it use that connection.
 * Inside a host transaction ({@link ConnectionSource#inHostTransaction()}) store calls use the host's connection
 * and never commit. Outside both, reads run in auto-commit and writes in a short transaction of their own.
 */
public final class Connections implements Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(Connections.class);

  private final ConnectionSource source;
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();
  /** What waits for the commit of the transaction bound to the thread. */
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

  public Connections(ConnectionSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Work on a connection that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (bound.get() != null || source.inHostTransaction()) {
      return work.get();
    }
    Lease lease = Lease.ownTransaction(source);
    bound.set(lease.connection);
    List<Runnable> committed = new ArrayList<>();
    afterCommit.set(committed);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      unbind();
      lease.fail(e);
      throw e;
    }
    unbind();
    lease.succeed();
    for (Runnable action : committed) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("an action after commit failed", e);
      }
    }
    return result;
  }

  private void unbind() {
    bound.remove();
    afterCommit.remove();
  }

  /** After the commit of our transaction or the host's; at once outside both. */
  @Override
  public void afterCommit(Runnable action) {
    Objects.requireNonNull(action, "action");
    List<Runnable> pending = afterCommit.get();
    if (pending != null) {
      pending.add(action);
    } else if (source.inHostTransaction()) {
      source.afterHostCommit(action);
    } else {
      action.run();
    }
  }

  /** Runs a read: on the transaction's connection, or on one of its own in auto-commit. */
  public <T> T read(Work<T> work) {
    Lease lease = lease(false);
    try {
      T result = work.run(lease.connection);
      lease.succeed();
      return result;
    } catch (SQLException e) {
      lease.fail(e);
      throw failure(e);
    } catch (RuntimeException | Error e) {
      lease.fail(e);
      throw e;
    }
  }

  /**
   * Runs a change atomically: in a transaction of its own, or inside the current one behind a savepoint, so that a
   * failed change leaves nothing half-written and the surrounding transaction usable.
   */
  public <T> T write(Work<T> work) {
    Lease lease = lease(true);
    try {
      T result = work.run(lease.connection);
      lease.succeed();
      return result;
    } catch (SQLException e) {
      lease.fail(e);
      throw failure(e);
    } catch (RuntimeException | Error e) {
      lease.fail(e);
      throw e;
    }
  }

  /**
   * A connection held until the caller closes the lease, for a lazily read result: in auto-commit off (PostgreSQL
   * reads with a fetch size only then) when there is no transaction.
   */
  public Lease open() {
    return lease(true);
  }

  private Lease lease(boolean transactional) {
    Connection current = bound.get();
    if (current != null) {
      return Lease.joined(current, null, transactional);
    }
    if (source.inHostTransaction()) {
      try {
        return Lease.joined(source.connection(), source, transactional);
      } catch (SQLException e) {
        throw failure(e);
      }
    }
    return transactional ? Lease.ownTransaction(source) : Lease.autoCommit(source);
  }

  public static JdbcStoreException failure(SQLException e) {
    return JdbcStoreException.of(e, null, null);
  }

  /** A copy of {@code e} with its class, SQLState, error code and stack trace, but not its text or chain. */
  public static SQLException withoutText(SQLException e) {
    SQLException copy = new SQLException(e.getClass().getName() + " (its text is withheld: it may quote values)",
        e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** One use of a connection and how it ends. */
  public static final class Lease implements AutoCloseable {
    private final Connection connection;
    private final ConnectionSource releaseTo;
    private final boolean ownTransaction;
    private final boolean restoreAutoCommit;
    private final Savepoint savepoint;
    private boolean done;

    private Lease(Connection connection, ConnectionSource releaseTo, boolean ownTransaction,
        boolean restoreAutoCommit, Savepoint savepoint) {
      this.connection = connection;
      this.releaseTo = releaseTo;
      this.ownTransaction = ownTransaction;
      this.restoreAutoCommit = restoreAutoCommit;
      this.savepoint = savepoint;
    }

    static Lease joined(Connection connection, ConnectionSource releaseTo, boolean transactional) {
      try {
        Savepoint savepoint = transactional ? connection.setSavepoint() : null;
        return new Lease(connection, releaseTo, false, false, savepoint);
      } catch (SQLException e) {
        releaseQuietly(releaseTo, connection);
        throw failure(e);
      }
    }

    static Lease ownTransaction(ConnectionSource source) {
      Connection connection = null;
      try {
        connection = source.connection();
        boolean wasAuto = connection.getAutoCommit();
        if (wasAuto) {
          connection.setAutoCommit(false);
        }
        return new Lease(connection, source, true, wasAuto, null);
      } catch (SQLException e) {
        releaseQuietly(source, connection);
        throw failure(e);
      }
    }

    static Lease autoCommit(ConnectionSource source) {
      try {
        return new Lease(source.connection(), source, false, false, null);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    public Connection connection() {
      return connection;
    }

    /** Ends the lease keeping what was done: commits a transaction of its own, releases a savepoint. */
    public void succeed() {
      if (done) {
        return;
      }
      done = true;
      try {
        if (ownTransaction) {
          connection.commit();
        } else if (savepoint != null) {
          connection.releaseSavepoint(savepoint);
        }
      } catch (SQLException e) {
        rollbackQuietly(e);
        throw failure(e);
      } finally {
        end();
      }
    }

    /** Ends the lease undoing what was done: rolls back a transaction of its own, or to the savepoint. */
    public void fail(Throwable cause) {
      if (done) {
        return;
      }
      done = true;
      try {
        rollbackQuietly(cause);
      } finally {
        end();
      }
    }

    @Override
    public void close() {
      succeed();
    }

    private void rollbackQuietly(Throwable cause) {
      try {
        if (ownTransaction) {
          connection.rollback();
        } else if (savepoint != null) {
          connection.rollback(savepoint);
        }
      } catch (SQLException e) {
        cause.addSuppressed(e);
        LOG.warn("rollback failed: {}", e.getMessage());
      }
    }

    private void end() {
      if (restoreAutoCommit) {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          LOG.warn("could not restore auto-commit: {}", e.getMessage());
        }
      }
      releaseQuietly(releaseTo, connection);
    }

    private static void releaseQuietly(ConnectionSource source, Connection connection) {
      if (source == null || connection == null) {
        return;
      }
      try {
        source.release(connection);
      } catch (SQLException e) {
        LOG.warn("could not release a connection: {}", e.getMessage());
      }
    }
  }
}
