package org.customerkit.core.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;

/** Extra field definitions per tenant, in definition order. */
final class InMemoryExtraFieldStore implements ExtraFieldStore {

  private final InMemoryStores db;
  private final Map<TenantId, LinkedHashMap<FieldKey, ExtraFieldDefinition>> byTenant = new HashMap<>();

  InMemoryExtraFieldStore(InMemoryStores db) {
    this.db = db;
  }

  private LinkedHashMap<FieldKey, ExtraFieldDefinition> tenant(TenantId tenant) {
    return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
  }

  @Override
  public List<ExtraFieldDefinition> all(TenantId tenant) {
    return db.read(() -> List.copyOf(new ArrayList<>(tenant(tenant).values())));
  }

  @Override
  public Optional<ExtraFieldDefinition> find(TenantId tenant, FieldKey key) {
    return db.read(() -> Optional.ofNullable(tenant(tenant).get(key)));
  }

  @Override
  public void save(TenantId tenant, ExtraFieldDefinition definition) {
    db.read(() -> {
      LinkedHashMap<FieldKey, ExtraFieldDefinition> fields = tenant(tenant);
      ExtraFieldDefinition previous = fields.get(definition.key());
      db.change(() -> fields.put(definition.key(), definition), () -> {
        if (previous == null) {
          fields.remove(definition.key());
        } else {
          fields.put(definition.key(), previous);
        }
      });
      return null;
    });
  }

  @Override
  public boolean delete(TenantId tenant, FieldKey key) {
    return db.read(() -> {
      LinkedHashMap<FieldKey, ExtraFieldDefinition> fields = tenant(tenant);
      if (!fields.containsKey(key)) {
        return false;
      }
      LinkedHashMap<FieldKey, ExtraFieldDefinition> before = new LinkedHashMap<>(fields);
      db.change(() -> fields.remove(key), () -> {
        fields.clear();
        fields.putAll(before);
      });
      return true;
    });
  }
}
