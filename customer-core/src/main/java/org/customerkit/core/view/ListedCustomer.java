package org.customerkit.core.view;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;

/**
 * One customer as a list shows it: which customer (to open its card), the cells of the asked columns in their
 * order, and its place in the list's sort (to continue after it). A list page is read as these rows, not as
 * whole customers, so that a store can answer it with one query over the columns shown.
 *
 * @param id the customer
 * @param number its number, as shown
 * @param cells one cell per asked column, in the order asked
 * @param position the sort keys of this row in the list's sort, and its id: the keyset of the page that follows it
 */
public record ListedCustomer(CustomerId id, CustomerNumber number, List<Cell> cells, Keyset position) {

  public ListedCustomer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    cells = List.copyOf(cells);
    Objects.requireNonNull(position, "position");
    if (!position.id().equals(id)) {
      throw new IllegalArgumentException("the position belongs to another customer");
    }
  }

  /** The row of a whole customer: what every store must return for it, by {@link ColumnKeys}. */
  public static ListedCustomer of(Customer customer, List<? extends Column> columns, Sort sort) {
    List<Cell> cells = columns.stream().map(column -> ColumnKeys.cell(customer, column)).collect(Collectors.toList());
    List<String> keys = sort.keys().stream().map(key -> ColumnKeys.sortKey(customer, key.column()))
        .collect(Collectors.toList());
    return new ListedCustomer(customer.id(), customer.number(), cells, new Keyset(keys, customer.id()));
  }
}
