package org.customerkit.core.application.port.in;

/**
 * The customer list ("Hoofdscherm klanten") with its views, sorting, general and extended search, and keyset
 * pages: page 10,000 costs what page 1 costs.
 */
public interface ListCustomers {

  /** A page of the list a screen or command line asks for in text; every bad part is refused by name. */
  Outcome<CustomerList> list(ListRequest request);

  /** A page of the list a Java host asks for with typed views, filters, sort keys and columns. */
  Outcome<CustomerList> list(ListQuery query);
}
