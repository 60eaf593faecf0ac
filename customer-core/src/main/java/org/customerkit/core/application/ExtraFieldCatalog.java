package org.customerkit.core.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;

/**
 * A tenant's extra-field definitions, read from the {@link ExtraFieldStore} once and kept until they change:
 * every list, card and report needs them, and they change a few times a year. A definition saved or removed
 * through this catalog drops the tenant's copy at once; a change made elsewhere (another node of the host, a
 * migration) is seen after {@code maxAge}, or at once when the host calls {@link #forget}.
 */
public final class ExtraFieldCatalog {

  private final ExtraFieldStore store;
  private final Clock clock;
  private final Duration maxAge;
  private final Map<TenantId, Kept> kept = new ConcurrentHashMap<>();

  /** @param maxAge how long a tenant's definitions are kept; zero reads the store on every call */
  public ExtraFieldCatalog(ExtraFieldStore store, Clock clock, Duration maxAge) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
    }
  }

  /** The tenant's definitions in the store's order; never null. */
  public List<ExtraFieldDefinition> all(TenantId tenant) {
    if (maxAge.isZero()) {
      return store.all(tenant);
    }
    Instant now = clock.instant();
    Kept current = kept.get(tenant);
    if (current != null && now.isBefore(current.until())) {
      return current.definitions();
    }
    List<ExtraFieldDefinition> definitions = List.copyOf(store.all(tenant));
    kept.put(tenant, new Kept(definitions, now.plus(maxAge)));
    return definitions;
  }

  public Optional<ExtraFieldDefinition> find(TenantId tenant, FieldKey key) {
    return store.find(tenant, key);
  }

  /** Saves a definition; call inside the use case's transaction, the tenant's copy is dropped at once. */
  void save(TenantId tenant, ExtraFieldDefinition definition) {
    kept.remove(tenant);
    store.save(tenant, definition);
  }

  boolean delete(TenantId tenant, FieldKey key) {
    kept.remove(tenant);
    return store.delete(tenant, key);
  }

  /** Drops the tenant's kept definitions, so the next call reads the store. */
  public void forget(TenantId tenant) {
    kept.remove(Objects.requireNonNull(tenant, "tenant"));
  }

  private record Kept(List<ExtraFieldDefinition> definitions, Instant until) {}
}
