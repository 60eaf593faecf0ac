package org.customerkit.persistence.jdbc.internal;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.customerkit.persistence.jdbc.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What differs between the databases, and nothing else: how a keyset bound is written so that the database uses
 * it as an index range, how the number counter is advanced atomically, how a unique violation is recognised,
 * whether a result can be read lazily while other statements run on the same connection, and the plan cache.
 */
public abstract class SqlDialect {

  private static final Logger LOG = LoggerFactory.getLogger(SqlDialect.class);

  public static SqlDialect of(Dialect dialect) {
    return switch (dialect) {
      case H2 -> new H2();
      case POSTGRESQL -> new Postgres();
      case MARIADB -> new MariaDb();
    };
  }

  public abstract Dialect dialect();

  /** How a keyset page's "after this row" is written so that the database reads it as an index range. */
  public enum KeysetForm {
    /**
     * {@code (k1, k2, id) > (?, ?, ?)} when the keys share one direction (PostgreSQL reads it as a range on the
     * whole index); the OR-expansion for mixed directions.
     */
    ROW_VALUE,
    /**
     * {@code k1 >= ? AND (k1 > ? OR (k1 = ? AND id > ?))}: MariaDB uses only the tenant prefix of the index for a
     * row value, but builds ranges from this.
     */
    OR_EXPANSION,
    /**
     * Consecutive statements, one per sort key from the last to the first ({@link ListSql#keysetBranches}), each an
     * equality on the keys before it and a strict bound on its own. H2 reads either single-statement form as a
     * range on the first key only and then steps over every row sharing that key's value (all of Gent when sorting
     * by city).
     */
    SPLIT
  }

  public abstract KeysetForm keysetForm();

  /**
   * Whether the database starts a range {@code k > v} at {@code v} and steps over every row equal to it: H2 read
   * the 250,000 persons (empty company name) of a million customers before the first company for
   * {@code company_name_sort > ''}.
   */
  public boolean stepsOverEqualKeys() {
    return false;
  }

  /**
   * Whether a result read lazily (with a fetch size) stays lazy while other statements run on its connection.
   * MariaDB's driver reads the rest of a streaming result into memory as soon as another statement runs, so
   * there a stream reads keyset chunks instead.
   */
  public boolean lazyResultBesideOtherStatements() {
    return true;
  }

  /**
   * Advances the counter of a tenant and series by one, or starts it at {@code start}, and returns the value;
   * runs inside a transaction (or behind a savepoint) that holds the counter's row lock until it ends.
   */
  public abstract long nextNumber(Connection connection, Tables tables, String tenant, String series, long start)
      throws SQLException;

  /** What follows a bound text operand in a list or count statement; nothing but on MariaDB. */
  public String textCollation() {
    return "";
  }

  /**
   * What follows the customer table's alias to make the database walk this index (full name, with prefix), for
   * the one query shape whose index the optimizer may misjudge; nothing where the planner finds it by itself.
   */
  public String forceIndex(String index) {
    return "";
  }

  /** Asks for a plan made for this call's values, where the database would otherwise reuse a generic one. */
  public void customPlan(PreparedStatement statement) {}

  /** Whether the failure is a unique-key violation. */
  public boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        if ("23505".equals(s.getSQLState()) || s.getErrorCode() == 1062) {
          return true;
        }
        SQLException next = s.getNextException();
        if (next != null && next != s && isUniqueViolation(next)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a statement was refused because rows of another table still refer to the row it changed. */
  public boolean isForeignKeyViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && ("23503".equals(s.getSQLState()) || s.getErrorCode() == 1451)) {
        return true;
      }
    }
    return false;
  }

  static long selectCounter(Connection connection, Tables tables, String tenant, String series)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT last_value FROM " + tables.numbers() + " WHERE tenant_id = ? AND series = ?")) {
      select.setString(1, tenant);
      select.setString(2, series);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("counter row vanished for tenant " + tenant + " series " + series);
        }
        return rs.getLong(1);
      }
    }
  }

  static final class H2 extends SqlDialect {
    @Override
    public Dialect dialect() {
      return Dialect.H2;
    }

    @Override
    public KeysetForm keysetForm() {
      return KeysetForm.SPLIT;
    }

    @Override
    public boolean stepsOverEqualKeys() {
      return true;
    }

    @Override
    public long nextNumber(Connection connection, Tables tables, String tenant, String series, long start)
        throws SQLException {
      for (int attempt = 0; ; attempt++) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + tables.numbers()
            + " SET last_value = last_value + 1 WHERE tenant_id = ? AND series = ?")) {
          update.setString(1, tenant);
          update.setString(2, series);
          if (update.executeUpdate() == 1) {
            return selectCounter(connection, tables, tenant, series);
          }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO " + tables.numbers() + " (tenant_id, series, last_value) VALUES (?, ?, ?)")) {
          insert.setString(1, tenant);
          insert.setString(2, series);
          insert.setLong(3, start);
          insert.executeUpdate();
          return start;
        } catch (SQLException e) {
          if (!isUniqueViolation(e) || attempt >= 3) {
            throw e;
          }
        }
      }
    }
  }

  static final class Postgres extends SqlDialect {
    private volatile boolean warned;
    private volatile Setter setter;

    @Override
    public Dialect dialect() {
      return Dialect.POSTGRESQL;
    }

    @Override
    public KeysetForm keysetForm() {
      return KeysetForm.ROW_VALUE;
    }

    @Override
    public long nextNumber(Connection connection, Tables tables, String tenant, String series, long start)
        throws SQLException {
      String table = tables.numbers();
      try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + table
          + " AS n (tenant_id, series, last_value) VALUES (?, ?, ?) ON CONFLICT (tenant_id, series)"
          + " DO UPDATE SET last_value = n.last_value + 1 RETURNING last_value")) {
        upsert.setString(1, tenant);
        upsert.setString(2, series);
        upsert.setLong(3, start);
        try (ResultSet rs = upsert.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    /**
     * PostgreSQL's driver switches a statement to a cached generic plan after five runs; for search and
     * substring filters that plan cannot choose between the trigram index and the sort index by the term, and
     * costs hundreds of milliseconds. A prepare threshold of 0 makes the driver send the statement unnamed, planned
     * with this call's values. Done through the driver's {@code PGStatement} found at run time, since the driver
     * is the host's choice.
     */
    @Override
    public void customPlan(PreparedStatement statement) {
      try {
        Method setter = thresholdSetter(statement);
        if (setter != null) {
          setter.invoke(statement.unwrap(setter.getDeclaringClass()), 0);
        }
      } catch (ReflectiveOperationException | SQLException | LinkageError e) {
        if (!warned) {
          warned = true;
          LOG.warn("cannot ask PostgreSQL for custom plans ({}); add prepareThreshold=0 to the JDBC URL", e.toString());
        }
      }
    }

    /**
     * The driver's {@code PGStatement.setPrepareThreshold}, looked up once per statement class (the driver's own,
     * or a pool's wrapper); null when the statement does not wrap the PostgreSQL driver's.
     */
    private Method thresholdSetter(PreparedStatement statement) throws ReflectiveOperationException, SQLException {
      Setter known = setter;
      if (known == null || known.statementClass() != statement.getClass()) {
        ClassLoader loader = statement.getClass().getClassLoader();
        Class<?> pgStatement = Class.forName("org.postgresql.PGStatement", false,
            loader != null ? loader : ClassLoader.getSystemClassLoader());
        known = new Setter(statement.getClass(), pgStatement.getMethod("setPrepareThreshold", int.class));
        setter = known;
      }
      return statement.isWrapperFor(known.method().getDeclaringClass()) ? known.method() : null;
    }

    private record Setter(Class<?> statementClass, Method method) {}
  }

  static final class MariaDb extends SqlDialect {
    @Override
    public Dialect dialect() {
      return Dialect.MARIADB;
    }

    @Override
    public KeysetForm keysetForm() {
      return KeysetForm.OR_EXPANSION;
    }

    @Override
    public boolean lazyResultBesideOtherStatements() {
      return false;
    }

    /**
     * The driver's connection collation is {@code utf8mb4_general_ci}, so a bound text is not of the columns'
     * collation: comparisons still use the column's, but the optimizer then no longer treats
     * {@code tenant_id = ?} as a constant for the ORDER BY and reads the tenant through the primary key to sort it.
     * Naming the collation of every text operand keeps the index order usable (and the comparison binary
     * whatever the connection says).
     */
    @Override
    public String textCollation() {
      return " COLLATE utf8mb4_nopad_bin";
    }

    /**
     * MariaDB costs {@code has_vat = ?} as a filter on the company-name index rather than as the second key of
     * {@code (tenant_id, has_vat, company_name_sort, id)}; at a million customers, where the persons (no company
     * name, mostly no VAT number) come first, that walk reads the tenant's persons before the first row of the
     * view with a VAT number.
     */
    @Override
    public String forceIndex(String index) {
      return " FORCE INDEX (" + index + ")";
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE} takes the row's exclusive lock at once (no shared-then-exclusive upgrade
     * that two sessions could deadlock on), and the transaction then reads its own change.
     */
    @Override
    public long nextNumber(Connection connection, Tables tables, String tenant, String series, long start)
        throws SQLException {
      try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + tables.numbers()
          + " (tenant_id, series, last_value) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE last_value = last_value + 1")) {
        upsert.setString(1, tenant);
        upsert.setString(2, series);
        upsert.setLong(3, start);
        upsert.executeUpdate();
      }
      return selectCounter(connection, tables, tenant, series);
    }
  }
}
