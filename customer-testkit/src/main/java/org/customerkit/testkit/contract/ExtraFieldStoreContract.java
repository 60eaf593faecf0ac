package org.customerkit.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerStatus;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.CustomerOrder;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Operator;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link ExtraFieldStore} port: a tenant's definitions keep the order they were first
 * defined in, also when one is replaced, and belong to their tenant only.
 */
public abstract class ExtraFieldStoreContract {

  protected abstract ExtraFieldStore fields();

  protected abstract Transactions transactions();

  @Test
  void extraFieldDefinitionsKeepTheirOrderWhenReplaced() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    List<ExtraFieldDefinition> defined = new ArrayList<>(CustomerFixtures.extraFields().values());
    defined.sort((a, b) -> a.key().compareTo(b.key()));
    transactions().inTransaction(() -> {
      defined.forEach(d -> fields().save(tenant, d));
      return null;
    });
    assertEquals(defined, fields().all(tenant));
    ExtraFieldDefinition relabelled = ExtraFieldDefinition.builder().from(defined.get(0)).label("Nieuw").build();
    transactions().inTransaction(() -> {
      fields().save(tenant, relabelled);
      return null;
    });
    assertEquals(relabelled, fields().all(tenant).get(0));
    assertEquals(Optional.of(relabelled), fields().find(tenant, relabelled.key()));
    assertTrue(transactions().inTransaction(() -> fields().delete(tenant, relabelled.key())));
    assertEquals(defined.size() - 1, fields().all(tenant).size());
    assertEquals(List.of(), fields().all(CustomerFixtures.aFreshTenant()));
  }
}
