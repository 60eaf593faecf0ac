package org.customerkit.core.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to a customer, told to the host after it was committed. */
public sealed interface CustomerEvent {

  TenantId tenant();

  CustomerId customerId();

  Instant at();

  record Registered(Customer customer) implements CustomerEvent {
    public Registered {
      Objects.requireNonNull(customer, "customer");
    }

    @Override
    public TenantId tenant() {
      return customer.tenant();
    }

    @Override
    public CustomerId customerId() {
      return customer.id();
    }

    @Override
    public Instant at() {
      return customer.created();
    }
  }

  record Updated(Customer before, Customer after) implements CustomerEvent {
    public Updated {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    @Override
    public TenantId tenant() {
      return after.tenant();
    }

    @Override
    public CustomerId customerId() {
      return after.id();
    }

    @Override
    public Instant at() {
      return after.updated();
    }
  }

  record Archived(Customer customer) implements CustomerEvent {
    @Override
    public TenantId tenant() {
      return customer.tenant();
    }

    @Override
    public CustomerId customerId() {
      return customer.id();
    }

    @Override
    public Instant at() {
      return customer.updated();
    }
  }

  record Reactivated(Customer customer) implements CustomerEvent {
    @Override
    public TenantId tenant() {
      return customer.tenant();
    }

    @Override
    public CustomerId customerId() {
      return customer.id();
    }

    @Override
    public Instant at() {
      return customer.updated();
    }
  }

  record Deleted(TenantId tenant, CustomerId customerId, CustomerNumber number, Instant at)
      implements CustomerEvent {}
}
