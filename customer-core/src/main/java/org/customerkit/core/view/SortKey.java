package org.customerkit.core.view;

import java.util.Objects;

/** One key of a sort: a column and a direction. */
public record SortKey(Column column, Direction direction) {

  public SortKey {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(direction, "direction");
  }

  public static SortKey asc(Column column) {
    return new SortKey(column, Direction.ASC);
  }

  public static SortKey desc(Column column) {
    return new SortKey(column, Direction.DESC);
  }

  /** {@code city:asc}, as the command line and saved views write it. */
  public String text() {
    return column.columnName() + ":" + direction.name().toLowerCase(java.util.Locale.ROOT);
  }
}
