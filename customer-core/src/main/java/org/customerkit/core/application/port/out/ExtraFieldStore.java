package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;

/** The extra field definitions of each tenant, in the order they were first defined. */
public interface ExtraFieldStore {

  List<ExtraFieldDefinition> all(TenantId tenant);

  Optional<ExtraFieldDefinition> find(TenantId tenant, FieldKey key);

  /** Adds the definition, or replaces the one with its key keeping its place in the order. */
  void save(TenantId tenant, ExtraFieldDefinition definition);

  /** Removes a definition; false when there was none. Values on customers are the use case's business. */
  boolean delete(TenantId tenant, FieldKey key);
}
