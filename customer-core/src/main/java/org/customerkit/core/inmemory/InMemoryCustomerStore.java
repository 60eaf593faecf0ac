package org.customerkit.core.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.ConditionEvaluator;
import org.customerkit.core.view.CustomerOrder;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;

/** Customers in maps per tenant; lists filter with the reference evaluator and sort by the sort keys. */
final class InMemoryCustomerStore implements CustomerStore {

  private final InMemoryStores db;
  private final Map<TenantId, Map<CustomerId, Customer>> byTenant = new HashMap<>();

  InMemoryCustomerStore(InMemoryStores db) {
    this.db = db;
  }

  private Map<CustomerId, Customer> tenant(TenantId tenant) {
    return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
  }

  @Override
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    return db.read(() -> Optional.ofNullable(tenant(tenant).get(id)));
  }

  @Override
  public Optional<Customer> findByNumber(TenantId tenant, CustomerNumber number) {
    return db.read(() -> tenant(tenant).values().stream().filter(c -> c.number().equals(number)).findFirst());
  }

  @Override
  public void insert(Customer customer) {
    db.read(() -> {
      Map<CustomerId, Customer> customers = tenant(customer.tenant());
      if (customers.containsKey(customer.id())) {
        throw new IllegalStateException("customer " + customer.id() + " exists already");
      }
      if (findByNumber(customer.tenant(), customer.number()).isPresent()) {
        throw new DuplicateCustomerNumberException(customer.number(), null);
      }
      db.change(() -> customers.put(customer.id(), customer), () -> customers.remove(customer.id()));
      return null;
    });
  }

  @Override
  public boolean update(Customer customer, long expectedVersion) {
    return db.read(() -> {
      Map<CustomerId, Customer> customers = tenant(customer.tenant());
      Customer current = customers.get(customer.id());
      if (current == null || current.version() != expectedVersion) {
        return false;
      }
      Optional<Customer> holder = findByNumber(customer.tenant(), customer.number());
      if (holder.isPresent() && !holder.get().id().equals(customer.id())) {
        throw new DuplicateCustomerNumberException(customer.number(), null);
      }
      db.change(() -> customers.put(customer.id(), customer), () -> customers.put(current.id(), current));
      return true;
    });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return db.read(() -> {
      Map<CustomerId, Customer> customers = tenant(tenant);
      Customer current = customers.get(id);
      if (current == null) {
        return false;
      }
      db.change(() -> customers.remove(id), () -> customers.put(id, current));
      return true;
    });
  }

  @Override
  public List<Customer> list(TenantId tenant, CustomerQuery query) {
    Comparator<Customer> order = CustomerOrder.of(query.sort());
    return db.read(() -> {
      Stream<Customer> rows = matching(tenant, query.condition()).sorted(order);
      if (query.after().isPresent()) {
        Keyset after = query.after().get();
        rows = rows.filter(c -> CustomerOrder.isAfter(c, after, query.sort()));
      }
      return rows.limit(query.limit()).collect(Collectors.toList());
    });
  }

  @Override
  public long count(TenantId tenant, Condition condition) {
    return db.read(() -> matching(tenant, condition).count());
  }

  @Override
  public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
    List<Customer> rows = db.read(() -> matching(tenant, condition).sorted(CustomerOrder.of(sort)).collect(Collectors.toList()));
    return rows.stream();
  }

  private Stream<Customer> matching(TenantId tenant, Condition condition) {
    return new ArrayList<>(tenant(tenant).values()).stream().filter(c -> ConditionEvaluator.matches(condition, c));
  }
}
