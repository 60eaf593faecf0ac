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
import org.customerkit.core.application.port.out.CustomerNumbers;
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
 * The contract of the {@link CustomerNumbers} port: counters count per tenant and series from their start,
 * and never give a value twice, even to concurrent callers.
 */
public abstract class CustomerNumbersContract {

  protected abstract CustomerNumbers numbers();

  protected abstract Transactions transactions();

  @Test
  void countersCountPerTenantAndSeriesFromTheirStart() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    assertEquals(10000, next(tenant, "", 10000));
    assertEquals(10001, next(tenant, "", 10000));
    assertEquals(1, next(tenant, "2026", 1));
    assertEquals(10002, next(tenant, "", 10000));
    assertEquals(10000, next(CustomerFixtures.aFreshTenant(), "", 10000));
  }

  private long next(TenantId tenant, String series, long start) {
    return transactions().inTransaction(() -> numbers().next(tenant, series, start));
  }

  @Test
  void concurrentCountersNeverGiveAValueTwice() throws Exception {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Long>> calls = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        calls.add(() -> next(tenant, "", 10000));
      }
      Set<Long> values = new HashSet<>();
      for (Future<Long> value : pool.invokeAll(calls)) {
        assertTrue(values.add(value.get()), "a value came twice");
      }
      assertEquals(80, values.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
