package org.customerkit.core.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Page;
import org.customerkit.core.view.View;

/**
 * One page of the customer list: the view it was read through (columns and sort as finally applied), the rows
 * of the customers in the view's columns, the next page's cursor and, when asked for, the total. A row names its
 * customer; {@link ShowCustomer#card} opens the whole card.
 */
public record CustomerList(View view, Page<ListedCustomer> page, Optional<Long> total) {

  public CustomerList {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(total, "total");
  }

  /** The cells of each customer in the view's columns, as a table shows them. */
  public List<List<Cell>> rows() {
    return page.items().stream().map(ListedCustomer::cells).collect(Collectors.toList());
  }
}
