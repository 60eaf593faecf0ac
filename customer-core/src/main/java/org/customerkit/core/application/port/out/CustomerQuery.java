package org.customerkit.core.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;

/**
 * One keyset page asked of a {@link CustomerStore}.
 *
 * @param condition which customers
 * @param sort their order, ended by the id
 * @param limit how many rows at most, 1 or more
 * @param after the keyset of the last row of the previous page; empty for the first page
 */
public record CustomerQuery(Condition condition, Sort sort, int limit, Optional<Keyset> after) {

  public CustomerQuery {
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    after.ifPresent(k -> {
      if (k.keys().size() != sort.keys().size()) {
        throw new IllegalArgumentException("the keyset does not fit the sort");
      }
    });
  }
}
