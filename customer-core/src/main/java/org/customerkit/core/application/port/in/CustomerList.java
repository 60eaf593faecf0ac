package org.customerkit.core.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Page;
import org.customerkit.core.view.View;

/**
 * One page of the customer list: the view it was read through (columns and sort as finally applied), the
 * customers, the next page's cursor and, when asked for, the total.
 */
public record CustomerList(View view, Page<Customer> page, Optional<Long> total) {

  public CustomerList {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(total, "total");
  }

  /** The cells of each customer in the view's columns, as a table shows them. */
  public List<List<Cell>> rows() {
    return page.items().stream()
        .map(c -> view.columns().stream().map(col -> ColumnKeys.cell(c, col)).collect(Collectors.toList()))
        .collect(Collectors.toList());
  }
}
