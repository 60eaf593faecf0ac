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
 * What every {@link ReportDefinitionStore} must do. An adapter's test extends this class and hands over a
 * fresh store and its transactions for each test.
 */
public abstract class ReportDefinitionStoreContract {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");

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
    reports().save(ACME, perCity("per-plaats"));

    assertEquals(Optional.of(perCity("per-plaats")), reports().find(ACME, "per-plaats"));
  }

  @Test
  void savingUnderTheSameNameReplaces() {
    reports().save(ACME, perCity("per-plaats"));
    StoredReport changed = new StoredReport("per-plaats", "Anders", "", List.of(), List.of("city"), "city:asc",
        "nl", "portrait", "", false);
    reports().save(ACME, changed);

    assertEquals(Optional.of(changed), reports().find(ACME, "per-plaats"));
    assertEquals(1, reports().list(ACME).size());
  }

  @Test
  void listIsByNameAndStaysInsideTheTenant() {
    reports().save(ACME, perCity("zeta"));
    reports().save(ACME, perCity("alfa"));
    reports().save(OTHER, perCity("beta"));

    assertEquals(List.of("alfa", "zeta"), reports().list(ACME).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
    assertTrue(reports().find(OTHER, "alfa").isEmpty());
    assertFalse(reports().delete(OTHER, "alfa"));
  }

  @Test
  void deleteRemovesOnlyThatDefinition() {
    reports().save(ACME, perCity("alfa"));
    reports().save(ACME, perCity("beta"));

    assertTrue(reports().delete(ACME, "alfa"));
    assertFalse(reports().delete(ACME, "alfa"));
    assertEquals(List.of("beta"), reports().list(ACME).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    reports().save(ACME, perCity("alfa"));
    assertThrows(IllegalStateException.class, () -> transactions().inTransaction(() -> {
      reports().save(ACME, perCity("beta"));
      reports().delete(ACME, "alfa");
      throw new IllegalStateException("rolled back");
    }));

    assertEquals(List.of("alfa"), reports().list(ACME).stream().map(StoredReport::name)
        .collect(Collectors.toList()));
  }
}
