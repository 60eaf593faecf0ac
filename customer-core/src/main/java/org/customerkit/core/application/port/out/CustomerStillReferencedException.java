package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.CustomerId;

/**
 * A store's word that the host's rows still refer to a customer it was asked to delete: the database's foreign
 * key refused what the use case's count of sales documents raced past. The use case turns it into a refusal.
 */
public class CustomerStillReferencedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CustomerId customer;

  public CustomerStillReferencedException(CustomerId customer) {
    super("customer " + customer + " is still referenced by the host's rows");
    this.customer = customer;
  }

  public CustomerId customer() {
    return customer;
  }
}
