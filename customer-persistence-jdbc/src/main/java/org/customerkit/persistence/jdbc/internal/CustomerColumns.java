package org.customerkit.persistence.jdbc.internal;

import java.util.EnumMap;
import java.util.Map;
import org.customerkit.core.view.StandardColumn;

/**
 * The SQL columns of each {@link StandardColumn}: the one holding its {@code ColumnKeys.sortKey}, and the one
 * holding its {@code ColumnKeys.matchText} (the same column where the two are equal). Sorts and filters name
 * columns only through this table, never through text from a caller.
 */
public final class CustomerColumns {

  private static final Map<StandardColumn, String> SORT = new EnumMap<>(StandardColumn.class);
  private static final Map<StandardColumn, String> MATCH = new EnumMap<>(StandardColumn.class);

  static {
    for (StandardColumn column : StandardColumn.values()) {
      String base = column.name().toLowerCase(java.util.Locale.ROOT);
      SORT.put(column, base + "_sort");
      MATCH.put(column, hasOwnMatch(column) ? base + "_match" : base + "_sort");
    }
  }

  private CustomerColumns() {}

  /** Whether the match text differs from the sort key, so that the column has a {@code _match} column. */
  public static boolean hasOwnMatch(StandardColumn column) {
    return switch (column) {
      case NUMBER, PHONE, MOBILE, VAT_NUMBER, COUNTRY -> true;
      default -> false;
    };
  }

  public static String sort(StandardColumn column) {
    return SORT.get(column);
  }

  public static String match(StandardColumn column) {
    return MATCH.get(column);
  }
}
