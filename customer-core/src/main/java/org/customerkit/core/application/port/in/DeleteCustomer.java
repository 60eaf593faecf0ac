package org.customerkit.core.application.port.in;

import org.customerkit.core.domain.customer.CustomerId;

/** Removes a customer for good; refused while the host has sales documents for it. */
public interface DeleteCustomer {

  /**
   * Deletes the customer, or refuses with {@code HAS_SALES_DOCUMENTS} (the count in the message, archiving
   * offered instead) or {@code NOT_FOUND}.
   */
  Outcome<CustomerId> delete(CustomerId id);
}
