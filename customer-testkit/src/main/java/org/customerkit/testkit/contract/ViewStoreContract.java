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
import org.customerkit.core.application.port.out.ViewStore;
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
 * The contract of the {@link ViewStore} port: saved views belong to their owner or to the whole tenant.
 */
public abstract class ViewStoreContract {

  protected abstract ViewStore views();

  protected abstract Transactions transactions();

  @Test
  void savedViewsBelongToTheirOwnerOrTheWholeTenant() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    StoredView shared = new StoredView("", "Gent", List.of("city=Gent", "name~bakkerij OR name~brood"),
        List.of("number", "full-name", "field:region"), "city:asc,full-name:desc", 25, false);
    StoredView mine = new StoredView("els", "Mijn klanten", List.of(), List.of("number"), "number:asc", 50, true);
    StoredView others = new StoredView("jan", "Jans klanten", List.of(), List.of("number"), "number:asc", 50, false);
    transactions().inTransaction(() -> {
      views().save(tenant, shared);
      views().save(tenant, mine);
      views().save(tenant, others);
      return null;
    });
    assertEquals(Optional.of(shared), views().find(tenant, "", "Gent"));
    assertEquals(List.of(shared, mine), views().list(tenant, "els"));
    StoredView changed = new StoredView("", "Gent", List.of(), List.of("city"), "city:desc", 10, true);
    transactions().inTransaction(() -> {
      views().save(tenant, changed);
      return null;
    });
    assertEquals(Optional.of(changed), views().find(tenant, "", "Gent"));
    assertTrue(transactions().inTransaction(() -> views().delete(tenant, "els", "Mijn klanten")));
    assertEquals(Optional.empty(), views().find(tenant, "els", "Mijn klanten"));
    assertEquals(List.of(), views().list(CustomerFixtures.aFreshTenant(), "els"));
  }
}
