package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.testkit.contract.ReportDefinitionStoreContract;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations as a host's own Flyway applies them: the dialect's folder, the {@code prefix} placeholder and a
 * history table of this module's own (with a baseline at version 0, since the host's schema is not empty).
 */
class FlywayMigrationsTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void flywayAppliesTheMigrationsOnceAndTheStoresWorkOnTheResult(TestDatabase database) {
    database.unavailable().ifPresent(reason -> Assumptions.assumeTrue(false, reason));
    String prefix = "fw" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36) + "_";
    Flyway flyway = Flyway.configure().dataSource(database.dataSource())
        .locations("classpath:" + database.dialect().migrationFolder())
        .placeholders(Map.of("prefix", prefix)).table(prefix + "flyway_history")
        .baselineOnMigrate(true).baselineVersion("0").load();
    try {
      assertEquals(SchemaInstaller.MIGRATIONS.size(), flyway.migrate().migrationsExecuted);
      assertEquals(0, flyway.migrate().migrationsExecuted);
      JdbcCustomerStores stores = JdbcCustomerStores.builder(database.dataSource()).tablePrefix(prefix).build();
      TenantId tenant = TenantId.of("flyway");
      Customer customer = Customers.aBelgianCompanyWithEverything(tenant, "10000");
      stores.customers().insert(customer);
      assertEquals(Optional.of(customer), stores.customers().find(tenant, customer.id()));
      assertEquals(List.of(customer), stores.customers().list(tenant, new CustomerQuery(
          new Filter.Search("gent bakkerij").toCondition(), Sort.by(StandardColumn.CITY), 10, Optional.empty())));
      StoredReport report = ReportDefinitionStoreContract.perCity("per-plaats");
      stores.reportDefinitions().save(tenant, report);
      assertEquals(Optional.of(report), stores.reportDefinitions().find(tenant, "per-plaats"));
    } finally {
      TestDatabase.drop(database, prefix, List.of(prefix + "flyway_history"));
    }
  }
}
