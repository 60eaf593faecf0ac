package org.customerkit.benchmarks.reports;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Sort;

/** A store that hands every call to another; subclasses replace {@code stream} and {@code count}. */
abstract class DelegatingStore implements CustomerStore {
  private final CustomerStore delegate;

  DelegatingStore(CustomerStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
    return delegate.stream(tenant, condition, sort);
  }

  @Override
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    return delegate.find(tenant, id);
  }

  @Override
  public Optional<Customer> findByNumber(TenantId tenant, CustomerNumber number) {
    return delegate.findByNumber(tenant, number);
  }

  @Override
  public void insert(Customer customer) {
    delegate.insert(customer);
  }

  @Override
  public boolean update(Customer customer, long expectedVersion) {
    return delegate.update(customer, expectedVersion);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return delegate.delete(tenant, id);
  }

  @Override
  public List<Customer> list(TenantId tenant, CustomerQuery query) {
    return delegate.list(tenant, query);
  }

  @Override
  public long count(TenantId tenant, Condition condition) {
    return delegate.count(tenant, condition);
  }
}
