package org.customerkit.core.view;

import org.customerkit.core.view.text.CodePointOrder;
import java.util.Comparator;
import org.customerkit.core.domain.customer.Customer;

/**
 * The total order of a {@link Sort} over customers, the one every store follows: each key's
 * {@link ColumnKeys#sortKey sort key} by code point in its direction, then the id (as text) in the direction of
 * the last key.
 */
public final class CustomerOrder {

  private CustomerOrder() {}

  public static Comparator<Customer> of(Sort sort) {
    return (a, b) -> {
      for (SortKey key : sort.keys()) {
        int c = CodePointOrder.compare(ColumnKeys.sortKey(a, key.column()), ColumnKeys.sortKey(b, key.column()));
        if (c != 0) {
          return key.direction() == Direction.ASC ? c : -c;
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
      int c = CodePointOrder.compare(ColumnKeys.sortKey(customer, key.column()), keyset.keys().get(i));
      if (c != 0) {
        return (key.direction() == Direction.ASC ? c : -c) > 0;
      }
    }
    int c = customer.id().toString().compareTo(keyset.id().toString());
    return (sort.tieBreakDirection() == Direction.ASC ? c : -c) > 0;
  }
}
