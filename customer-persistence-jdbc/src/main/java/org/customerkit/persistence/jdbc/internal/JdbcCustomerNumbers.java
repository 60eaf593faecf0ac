package org.customerkit.persistence.jdbc.internal;

import java.util.Objects;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.domain.customer.TenantId;

/**
 * Counters in one row per tenant and series, advanced under the row's lock by the dialect's atomic statement.
 * Inside a transaction the lock is held until it ends, so concurrent registrations of a tenant take turns on the
 * counter; never the same value twice, gaps when a registration rolls back.
 */
public final class JdbcCustomerNumbers implements CustomerNumbers {

  private final Connections connections;
  private final Tables tables;
  private final SqlDialect dialect;

  public JdbcCustomerNumbers(Connections connections, Tables tables, SqlDialect dialect) {
    this.connections = connections;
    this.tables = tables;
    this.dialect = dialect;
  }

  @Override
  public long next(TenantId tenant, String series, long start) {
    Objects.requireNonNull(series, "series");
    return connections.write(c -> dialect.nextNumber(c, tables, tenant.value(), series, start));
  }
}
