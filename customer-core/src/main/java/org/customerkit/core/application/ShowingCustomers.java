package org.customerkit.core.application;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;

/** Opening a customer's card by its id or by the number people know it by. */
public final class ShowingCustomers {

  private final CustomerStore customers;

  public ShowingCustomers(CustomerStore customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  public Optional<Customer> card(TenantId tenant, CustomerId id) {
    return customers.find(tenant, id);
  }

  public Optional<Customer> cardByNumber(TenantId tenant, CustomerNumber number) {
    return customers.findByNumber(tenant, number);
  }
}
