package org.customerkit.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.wiring.CustomerModule;
import org.junit.jupiter.api.Test;

/** Extra-field definitions are read once per tenant and read again as soon as they change. */
class ExtraFieldCatalogTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");

  private final InMemoryStores stores = new InMemoryStores();
  private final CountingStore counting = new CountingStore(stores.fields());
  private final MovableClock clock = new MovableClock();

  private CustomerModule module(Duration keptFor) {
    return stores.moduleBuilder().extraFieldStore(counting).clock(clock).extraFieldsKeptFor(keptFor).build();
  }

  private static ManageExtraFields.Definition region(String label) {
    return new ManageExtraFields.Definition("region", label, ExtraFieldType.TEXT, false, List.of());
  }

  @Test
  void listsReadTheDefinitionsOncePerTenant() {
    CustomerModule module = module(Duration.ofMinutes(1));
    for (int i = 0; i < 5; i++) {
      module.list(ACME).list(ListRequest.ofView("all")).orThrow();
    }
    module.list(OTHER).list(ListRequest.ofView("all")).orThrow();
    assertEquals(2, counting.reads.get());
  }

  @Test
  void aDefinitionChangedThroughTheModuleIsSeenAtOnce() {
    CustomerModule module = module(Duration.ofHours(1));
    module.extraFields(ACME).define(region("Regio")).orThrow();
    assertEquals("Regio", module.extraFields(ACME).fields().get(0).label());
    module.extraFields(ACME).define(region("Streek")).orThrow();
    assertEquals("Streek", module.extraFields(ACME).fields().get(0).label());
    module.extraFields(ACME).remove(FieldKey.parse("region").orThrow()).orThrow();
    assertEquals(List.of(), module.extraFields(ACME).fields());
  }

  @Test
  void aChangeMadeElsewhereIsSeenWhenTheHostSaysSoOrTheKeptCopyIsTooOld() {
    CustomerModule module = module(Duration.ofMinutes(1));
    CustomerModule otherNode = module(Duration.ofMinutes(1));
    assertEquals(List.of(), module.extraFields(ACME).fields());
    otherNode.extraFields(ACME).define(region("Regio")).orThrow();
    assertEquals(List.of(), module.extraFields(ACME).fields());
    module.extraFieldsChanged(ACME);
    assertEquals(1, module.extraFields(ACME).fields().size());

    otherNode.extraFields(ACME).remove(FieldKey.parse("region").orThrow()).orThrow();
    assertEquals(1, module.extraFields(ACME).fields().size());
    clock.advance(Duration.ofMinutes(2));
    assertEquals(List.of(), module.extraFields(ACME).fields());
  }

  @Test
  void zeroKeepsNothing() {
    CustomerModule module = module(Duration.ZERO);
    module.list(ACME).list(ListRequest.ofView("all")).orThrow();
    module.list(ACME).list(ListRequest.ofView("all")).orThrow();
    assertEquals(2, counting.reads.get());
  }

  private static final class CountingStore implements ExtraFieldStore {
    private final ExtraFieldStore store;
    private final AtomicInteger reads = new AtomicInteger();

    CountingStore(ExtraFieldStore store) {
      this.store = store;
    }

    @Override
    public List<ExtraFieldDefinition> all(TenantId tenant) {
      reads.incrementAndGet();
      return store.all(tenant);
    }

    @Override
    public Optional<ExtraFieldDefinition> find(TenantId tenant, FieldKey key) {
      return store.find(tenant, key);
    }

    @Override
    public void save(TenantId tenant, ExtraFieldDefinition definition) {
      store.save(tenant, definition);
    }

    @Override
    public boolean delete(TenantId tenant, FieldKey key) {
      return store.delete(tenant, key);
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
