package org.customerkit.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;

/** Changes a customer's card ("Bewerken"). */
public interface EditCustomer {

  /**
   * Replaces the card of the customer with the form, if the customer is still at the version the user
   * edited; refused with {@code STALE_VERSION} when someone else saved in between.
   */
  Outcome<Customer> edit(Command command);

  /**
   * @param id the customer
   * @param expectedVersion the version the user started from
   * @param form the whole card as it should be
   */
  record Command(@NotNull CustomerId id, @Positive long expectedVersion, @NotNull @Valid CustomerForm form) {}
}
