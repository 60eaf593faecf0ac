package org.customerkit.core.view;

import java.util.List;
import java.util.Objects;
import org.customerkit.core.domain.customer.CustomerId;

/**
 * Where a page starts: after the row with these sort keys (one per {@link SortKey} of the sort, as
 * {@link ColumnKeys#sortKey} gives them) and this id. Stores receive it decoded; people see it as an opaque
 * cursor ({@link org.customerkit.core.view.cursor.Cursors}).
 */
public record Keyset(List<String> keys, CustomerId id) {

  public Keyset {
    keys = List.copyOf(keys);
    Objects.requireNonNull(id, "id");
  }
}
