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
 * The contract of the {@link Transactions} port of a set of stores: a rolled-back unit of work leaves the data
 * as it was, and events leave only after the outermost commit.
 */
public abstract class TransactionsContract {

  /** The adapter's stores, sharing one {@link Transactions}; may be the same instance for every test. */
  protected abstract CustomerStores stores();

  private void insert(Customer customer) {
    stores().transactions().inTransaction(() -> {
      stores().customers().insert(customer);
      return null;
    });
  }

  @Test
  void aRolledBackTransactionLeavesTheDataAsItWas() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer kept = CustomerFixtures.aBelgianCompany(tenant, "10000");
    insert(kept);
    Customer added = CustomerFixtures.aPersonWithoutVatNumber(tenant, "10001");
    Customer changed = kept.toBuilder().version(2).contactPersons(List.of()).build();
    assertThrows(IllegalStateException.class, () -> stores().transactions().inTransaction(() -> {
      stores().customers().insert(added);
      stores().customers().update(changed, 1);
      stores().customers().delete(tenant, kept.id());
      throw new IllegalStateException("the host changed its mind");
    }));
    assertEquals(Optional.empty(), stores().customers().find(tenant, added.id()));
    assertEquals(Optional.of(kept), stores().customers().find(tenant, kept.id()));
  }

  /**
   * A registration inside a transaction that then fails is not heard of; one inside a transaction that commits is
   * heard of once the outermost transaction committed, not before.
   */
  @Test
  void eventsLeaveOnlyAfterTheOutermostCommit() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    List<CustomerEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    Customers module = stores().moduleBuilder().events(heard::add).build().forTenant(tenant);
    CustomerForm form = CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Rolled Back BV").build();
    assertThrows(IllegalStateException.class, () -> stores().transactions().inTransaction(() -> {
      assertTrue(module.register(new RegisterCustomer.Command(form)).isDone());
      throw new IllegalStateException("undo");
    }));
    assertEquals(List.of(), heard);
    assertEquals(0, stores().customers().count(tenant, new Condition.Always()));

    Customer kept = stores().transactions().inTransaction(() -> {
      Customer registered = module.register(new RegisterCustomer.Command(form)).orThrow();
      assertEquals(List.of(), heard, "heard before the commit");
      return registered;
    });
    assertEquals(List.of(new CustomerEvent.Registered(kept)), heard);
  }
}
