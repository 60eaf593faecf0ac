package org.customerkit.core.application.port.in;

import java.util.Optional;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;

/** The customer card ("Klantenfiche"). */
public interface ShowCustomer {

  Optional<Customer> card(CustomerId id);

  Optional<Customer> cardByNumber(CustomerNumber number);
}
