package org.customerkit.core.view;

import org.customerkit.core.view.text.CodePointOrder;
import java.util.Comparator;
import org.customerkit.core.domain.customer.Customer;

/**
 * The total order of a {@link Sort} over customers, the one every store follows: each key's
 * {@link ColumnKeys#sortKey sort key} by code point in its direction, an empty key after every other in either
 * direction (as a spreadsheet sorts), then the id (as text) in the direction of the last key.
 */
public final class CustomerOrder {

  private CustomerOrder() {}

  public static Comparator<Customer> of(Sort sort) {
    return (a, b) -> {
      for (SortKey key : sort.keys()) {
        int c = compare(ColumnKeys.sortKey(a, key.column()), ColumnKeys.sortKey(b, key.column()), key.direction());
        if (c != 0) {
          return c;
        }
      }
      int c = a.id().toString().compareTo(b.id().toString());
      return sort.tieBreakDirection() == Direction.ASC ? c : -c;
    };
  }

  /** Whether {@code customer} comes after the row the keyset describes, in the sort's order. */
  public static boolean isAfter(Customer customer, Keyset keyset, Sort sort) {
    for (int i = 0; i < sort.keys().size(); i++) {
      SortKey key = sort.keys().get(i);
      int c = compare(ColumnKeys.sortKey(customer, key.column()), keyset.keys().get(i), key.direction());
      if (c != 0) {
        return c > 0;
      }
    }
    int c = customer.id().toString().compareTo(keyset.id().toString());
    return (sort.tieBreakDirection() == Direction.ASC ? c : -c) > 0;
  }

  /** Two sort keys in the order of {@code direction}, the empty key last either way. */
  public static int compare(String left, String right, Direction direction) {
    if (left.isEmpty() != right.isEmpty()) {
      return left.isEmpty() ? 1 : -1;
    }
    int c = CodePointOrder.compare(left, right);
    return direction == Direction.ASC ? c : -c;
  }
}
