package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;

/**
 * The host's sales documents (invoices, credit notes, quotes, orders) and payments as far as the customer
 * module needs them. The host implements it over its own tables.
 */
public interface SalesLedger {

  /** How many sales documents of the tenant refer to the customer; a customer with any cannot be deleted. */
  long documentCount(TenantId tenant, CustomerId customer);

  /**
   * How many of the host's payments (bank, cash) refer to the customer; a customer with any cannot be deleted
   * either. None unless the host says otherwise.
   */
  default long paymentCount(TenantId tenant, CustomerId customer) {
    return 0;
  }

  /** A ledger without documents, for hosts that keep none (and tests). */
  static SalesLedger none() {
    return (tenant, customer) -> 0;
  }
}
