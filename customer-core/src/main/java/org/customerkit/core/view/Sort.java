package org.customerkit.core.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The order of a list: one or more {@link SortKey}s on distinct columns. Every store ends the order on the
 * customer's id, in the direction of the last key, so the order is total and keyset pages never repeat or
 * skip a row.
 *
 * <p>{@link #toggle(Column)} is the click on a column title: the primary column again flips its direction;
 * another column becomes the primary key, ascending, with the previous keys after it.
 */
public record Sort(List<SortKey> keys) {

  /** At most this many keys are kept; more add nothing a person could see. */
  public static final int MAX_KEYS = 4;

  public Sort {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a sort needs at least one key");
    }
    if (keys.stream().map(SortKey::column).distinct().count() != keys.size()) {
      throw new IllegalArgumentException("a column can appear only once in a sort");
    }
    if (keys.size() > MAX_KEYS) {
      keys = List.copyOf(keys.subList(0, MAX_KEYS));
    }
  }

  public static Sort by(SortKey... keys) {
    return new Sort(List.of(keys));
  }

  public static Sort by(Column column) {
    return by(SortKey.asc(column));
  }

  public SortKey primary() {
    return keys.get(0);
  }

  /** The direction the store adds the id in: that of the last key. */
  public Direction tieBreakDirection() {
    return keys.get(keys.size() - 1).direction();
  }

  /** The sort after a click on the title of {@code column}. */
  public Sort toggle(Column column) {
    if (primary().column().equals(column)) {
      List<SortKey> flipped = new ArrayList<>(keys);
      flipped.set(0, new SortKey(column, primary().direction().flipped()));
      return new Sort(flipped);
    }
    List<SortKey> next = new ArrayList<>();
    next.add(SortKey.asc(column));
    keys.stream().filter(k -> !k.column().equals(column)).forEach(next::add);
    return new Sort(next);
  }

  /** {@code city:asc,full-name:desc}. */
  public String text() {
    return keys.stream().map(SortKey::text).collect(Collectors.joining(","));
  }
}
