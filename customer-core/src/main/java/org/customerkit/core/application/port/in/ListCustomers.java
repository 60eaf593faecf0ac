package org.customerkit.core.application.port.in;

/**
 * The customer list ("Hoofdscherm klanten") with its views, sorting, general and extended search, and keyset
 * pages: page 10,000 costs what page 1 costs.
 */
public interface ListCustomers {

  Outcome<CustomerList> list(ListRequest request);
}
