package org.customerkit.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.customerkit.core.domain.customer.Customer;

/** Adds a customer to the tenant ("Klant toevoegen"). */
public interface RegisterCustomer {

  /**
   * Registers the customer of the form with the given number when free, else the next number of the
   * tenant's pattern. Refused with every wrong field, or with {@code NUMBER_TAKEN}.
   */
  Outcome<Customer> register(Command command);

  /** @param form the card as typed */
  record Command(@NotNull @Valid CustomerForm form) {}
}
