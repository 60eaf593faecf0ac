package org.customerkit.core.application.port.in;

import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;

/** Sets a customer inactive, or active again; archived customers are hidden from lists by default. */
public interface ArchiveCustomer {

  Outcome<Customer> archive(CustomerId id);

  Outcome<Customer> reactivate(CustomerId id);
}
