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

  /**
   * The name (after the table prefix) of the index {@code (tenant_id, <column>_sort, id)} of a column the built-in
   * views show; empty for the columns without one (mobile, email, language, status, created, updated).
   */
  public static java.util.Optional<String> index(StandardColumn column) {
    return java.util.Optional.ofNullable(switch (column) {
      case NUMBER -> "customers_number_ix";
      case COMPANY_NAME -> "customers_company_ix";
      case FULL_NAME -> "customers_full_name_ix";
      case ADDRESS -> "customers_address_ix";
      case POSTAL_CODE -> "customers_postal_code_ix";
      case CITY -> "customers_city_ix";
      case COUNTRY -> "customers_country_ix";
      case PHONE -> "customers_phone_ix";
      case VAT_NUMBER -> "customers_vat_ix";
      default -> null;
    });
  }

  /**
   * The index {@code (tenant_id, has_vat, company_name_sort, id)} (name after the prefix), walked by the views with
   * and without a VAT number sorted by company name (see {@code ListSql.walksVatIndex}).
   */
  public static final String VAT_COMPANY_INDEX = "customers_vat_company_ix";

  public static String sort(StandardColumn column) {
    return SORT.get(column);
  }

  public static String match(StandardColumn column) {
    return MATCH.get(column);
  }
}
