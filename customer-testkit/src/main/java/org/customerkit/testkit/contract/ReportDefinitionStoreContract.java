package org.customerkit.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.domain.customer.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link ReportDefinitionStore} port: a tenant's saved report definitions read back equal,
 * are replaced by name, listed by name and belong to their tenant only. Every test works in tenants of its own.
 */
public abstract class ReportDefinitionStoreContract {

  private final TenantId acme = CustomerFixtures.aFreshTenant();
  private final TenantId other = CustomerFixtures.aFreshTenant();

  protected abstract ReportDefinitionStore reports();

  protected abstract Transactions transactions();

  /** A definition with every field set to something a store could get wrong. */
  public static StoredReport perCity(String name) {
    return new StoredReport(name, "Klanten per plaats \u2013 \u00e9\u00eb\u00e7\u00df\u0142 \u20ac", "with-vat",
        List.of("city=Gent OR city=Brugge", "search:bakkerij"), List.of("number", "company-name", "field:region"),
        "company-name:desc,number:asc", "fr", "landscape", "city", true);
  }

  @Test
  void aSavedDefinitionReadsBackEqual() {
    reports().save(acme, perCity("per-plaats"));

    assertEquals(Optional.of(perCity("per-plaats")), reports().find(acme, "per-plaats"));
  }

  @Test
  void savingUnderTheSameNameReplaces() {
    reports().save(acme, perCity("per-plaats"));
    StoredReport changed = new StoredReport("per-plaats", "Anders", "", List.of(), List.of("city"), "city:asc",
        "nl", "portrait", "", false);
    reports().save(acme, changed);

    assertEquals(Optional.of(changed), reports().find(acme, "per-plaats"));
    assertEquals(1, reports().list(acme).size());
  }

  @Test
  void listIsByNameAndStaysInsideTheTenant() {
    reports().save(acme, perCity("zeta"));
    reports().save(acme, perCity("alfa"));
    reports().save(other, perCity("beta"));

    assertEquals(List.of("alfa", "zeta"), reports().list(acme).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
    assertTrue(reports().find(other, "alfa").isEmpty());
    assertFalse(reports().delete(other, "alfa"));
  }

  @Test
  void deleteRemovesOnlyThatDefinition() {
    reports().save(acme, perCity("alfa"));
    reports().save(acme, perCity("beta"));

    assertTrue(reports().delete(acme, "alfa"));
    assertFalse(reports().delete(acme, "alfa"));
    assertEquals(List.of("beta"), reports().list(acme).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    reports().save(acme, perCity("alfa"));
    assertThrows(IllegalStateException.class, () -> transactions().inTransaction(() -> {
      reports().save(acme, perCity("beta"));
      reports().delete(acme, "alfa");
      throw new IllegalStateException("rolled back");
    }));

    assertEquals(List.of("alfa"), reports().list(acme).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
  }
}
