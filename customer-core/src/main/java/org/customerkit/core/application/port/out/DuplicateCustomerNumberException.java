package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.CustomerNumber;

/**
 * A store's word that a customer number is taken: the check before the write can be raced past, the store's
 * unique key cannot. The use cases turn it into a refusal.
 */
public class DuplicateCustomerNumberException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CustomerNumber number;

  public DuplicateCustomerNumberException(CustomerNumber number, Throwable cause) {
    super("customer number taken: " + number, cause);
    this.number = number;
  }

  public CustomerNumber number() {
    return number;
  }
}
