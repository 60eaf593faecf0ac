package org.customerkit.core.domain.customer;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to a customer, told to the host after it was committed. */
public sealed interface CustomerEvent {

  TenantId tenant();

  CustomerId customerId();

  Instant at();

  /** An event that carries the customer as it is after the change; tenant, id and moment come from it. */
  sealed interface OfCustomer extends CustomerEvent {

    /** The customer after the change. */
    Customer customer();

    @Override
    default TenantId tenant() {
      return customer().tenant();
    }

    @Override
    default CustomerId customerId() {
      return customer().id();
    }

    @Override
    default Instant at() {
      return customer().updated();
    }
  }

  record Registered(Customer customer) implements OfCustomer {
    public Registered {
      Objects.requireNonNull(customer, "customer");
    }
  }

  /** @param before the card as it was; {@link #customer()} is the card as it is now */
  record Updated(Customer before, Customer customer) implements OfCustomer {
    public Updated {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(customer, "customer");
    }

    /** The card as it is now: the same as {@link #customer()}. */
    public Customer after() {
      return customer;
    }
  }

  record Archived(Customer customer) implements OfCustomer {
    public Archived {
      Objects.requireNonNull(customer, "customer");
    }
  }

  record Reactivated(Customer customer) implements OfCustomer {
    public Reactivated {
      Objects.requireNonNull(customer, "customer");
    }
  }

  record Deleted(TenantId tenant, CustomerId customerId, CustomerNumber number, Instant at)
      implements CustomerEvent {}
}
