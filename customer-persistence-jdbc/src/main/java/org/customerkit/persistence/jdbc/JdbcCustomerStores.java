package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.persistence.jdbc.internal.Connections;
import org.customerkit.persistence.jdbc.internal.JdbcCustomerNumbers;
import org.customerkit.persistence.jdbc.internal.JdbcCustomerStore;
import org.customerkit.persistence.jdbc.internal.JdbcExtraFieldStore;
import org.customerkit.persistence.jdbc.internal.JdbcReportDefinitionStore;
import org.customerkit.persistence.jdbc.internal.JdbcViewStore;
import org.customerkit.persistence.jdbc.internal.SqlDialect;
import org.customerkit.persistence.jdbc.internal.Tables;

/**
 * The JDBC stores of one database and table prefix: the entry point of this module.
 *
 * <pre>{@code
 * JdbcCustomerStores stores = JdbcCustomerStores.create(dataSource);   // dialect from the connection
 * stores.schema().install();                                          // or apply the migrations with Flyway
 * CustomerModule module = stores.moduleBuilder().salesLedger(myLedger).build();
 * }</pre>
 *
 * The stores share one {@link Transactions}: by default each {@code inTransaction} runs on a connection of its
 * own from the data source; {@link #builder(ConnectionSource)} lets them run inside the host's transactions
 * instead. Instances are immutable and thread-safe.
 */
public final class JdbcCustomerStores implements CustomerStores {

  /** The table prefix used when none is given. */
  public static final String DEFAULT_PREFIX = "ck_";

  private final ConnectionSource source;
  private final Dialect dialect;
  private final Tables tables;
  private final Connections connections;
  private final JdbcCustomerStore customers;
  private final JdbcCustomerNumbers numbers;
  private final JdbcExtraFieldStore fields;
  private final JdbcViewStore views;
  private final JdbcReportDefinitionStore reportDefinitions;

  private JdbcCustomerStores(ConnectionSource source, Dialect dialect, Tables tables) {
    this.source = source;
    this.dialect = dialect;
    this.tables = tables;
    this.connections = new Connections(source);
    SqlDialect sql = SqlDialect.of(dialect);
    this.customers = new JdbcCustomerStore(connections, tables, sql);
    this.numbers = new JdbcCustomerNumbers(connections, tables, sql);
    this.fields = new JdbcExtraFieldStore(connections, tables);
    this.views = new JdbcViewStore(connections, tables);
    this.reportDefinitions = new JdbcReportDefinitionStore(connections, tables);
  }

  /** The stores on a data source, with the dialect read from its metadata and the default prefix. */
  public static JdbcCustomerStores create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** The stores on a data source of a known database, with the default prefix. */
  public static JdbcCustomerStores create(DataSource dataSource, Dialect dialect) {
    return builder(dataSource).dialect(dialect).build();
  }

  /** Options for stores managing their own transactions on connections from a data source. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(ConnectionSource.of(dataSource));
  }

  /** Options for stores taking their connections, and possibly their transactions, from the host. */
  public static Builder builder(ConnectionSource connections) {
    return new Builder(connections);
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public CustomerNumbers numbers() {
    return numbers;
  }

  @Override
  public ExtraFieldStore fields() {
    return fields;
  }

  @Override
  public ViewStore views() {
    return views;
  }

  /** The tenants' saved report definitions ({@code <prefix>report_definitions}). */
  @Override
  public ReportDefinitionStore reportDefinitions() {
    return reportDefinitions;
  }

  @Override
  public Transactions transactions() {
    return connections;
  }

  public Dialect dialect() {
    return dialect;
  }

  public String tablePrefix() {
    return tables.prefix();
  }

  /** The name of the customer table, for a host's foreign keys and reports: {@code <prefix>customers}. */
  public String customerTable() {
    return tables.customers();
  }

  /** The installer of this prefix's schema, for hosts that do not run Flyway. */
  public SchemaInstaller schema() {
    return new SchemaInstaller(source, dialect, tables);
  }

  /**
   * Installs or completes the schema of this prefix without Flyway: {@code schema().install()}.
   *
   * @return how many migrations were applied now, 0 when the schema was up to date
   */
  public int install() {
    return schema().install();
  }

  /** The options of {@link JdbcCustomerStores}. */
  public static final class Builder {
    private final ConnectionSource source;
    private Dialect dialect;
    private String prefix = DEFAULT_PREFIX;

    private Builder(ConnectionSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** The database; read from the first connection's metadata when not given. */
    public Builder dialect(Dialect dialect) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      return this;
    }

    /**
     * The prefix of every table and index name: a lower-case letter, then up to 20 lower-case letters, digits
     * or {@code _}; {@code ck_} by default. Checked, since it is the one part of the SQL text not fixed.
     */
    public Builder tablePrefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * The stores, once the database passed {@code SchemaInstaller}'s checks: refused with a
     * {@link JdbcStoreException} saying why when H2 compares text without case, or when the schema history holds a
     * migration beyond this release's or one whose text changed.
     */
    public JdbcCustomerStores build() {
      Tables tables = new Tables(prefix);
      Connection connection = null;
      try {
        connection = source.connection();
        Dialect chosen = dialect != null ? dialect : Dialect.of(connection);
        new SchemaInstaller(source, chosen, tables).verify(connection);
        return new JdbcCustomerStores(source, chosen, tables);
      } catch (SQLException e) {
        throw Connections.failure(e);
      } finally {
        if (connection != null) {
          try {
            source.release(connection);
          } catch (SQLException e) {
            // the checks are done; a failing release shows again on the next use
          }
        }
      }
    }
  }
}
