package org.customerkit.core.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list: its rows in order and, when more follow, the cursor of the next page.
 *
 * @param items the rows, never null
 * @param next the opaque cursor to pass as {@code after} for the next page; empty on the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> items, Optional<String> next) {

  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }
}
