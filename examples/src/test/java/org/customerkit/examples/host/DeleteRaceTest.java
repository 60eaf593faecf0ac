package org.customerkit.examples.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample host on an H2 file, as the runner uses it: a delete racing a new invoice of the same customer ends
 * deleted or refused for its sales documents, and leaves no invoice of a deleted customer.
 */
class DeleteRaceTest {

  @TempDir
  Path dir;

  @Test
  void aDeleteRacingANewInvoiceLeavesNoOrphan() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("race").toAbsolutePath() + ";LOCK_TIMEOUT=20000");
    JdbcCustomerStores stores = JdbcCustomerStores.create(dataSource);
    stores.install();
    SampleHost host = SampleHost.install(dataSource, stores.customerTable());
    TenantId tenant = TenantId.of("demo");
    Customers customers = stores.moduleBuilder().salesLedger(host.sales()).build().forTenant(tenant);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int race = 0; race < 150; race++) {
        Customer customer = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
            .kind(PartyKind.COMPANY).companyName("Race " + race).build())).orThrow();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Outcome<CustomerId>> delete = pool.submit(() -> {
          start.await();
          return customers.delete(customer.id());
        });
        Future<Boolean> invoice = pool.submit(() -> {
          start.await();
          try {
            host.sales().add(tenant, customer.id(), DocumentKind.INVOICE, LocalDate.of(2026, 3, 31), BigDecimal.TEN);
            return true;
          } catch (HostDataException e) {
            return false;
          }
        });
        Outcome<CustomerId> outcome = delete.get(60, TimeUnit.SECONDS);
        boolean invoiced = invoice.get(60, TimeUnit.SECONDS);
        if (outcome.isDone()) {
          assertTrue(!invoiced, "race " + race + ": invoiced a customer that was deleted");
        } else {
          assertTrue(outcome.refusals().stream().anyMatch(r -> r.reason() == Reason.HAS_SALES_DOCUMENTS),
              () -> "refused: " + outcome.refusals());
          assertTrue(invoiced, "race " + race + ": refused without an invoice");
        }
      }
      assertEquals(0, orphans(dataSource, stores.customerTable()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static long orphans(JdbcDataSource dataSource, String customerTable) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + HostTables.SALES + " d WHERE NOT EXISTS (SELECT 1 FROM "
            + customerTable + " c WHERE c.tenant_id = d.tenant AND c.id = d.customer_id)")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
