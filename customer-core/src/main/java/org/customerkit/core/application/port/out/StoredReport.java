package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * A saved report definition as a store keeps it: text the core reads back, so a store need not understand
 * filters or columns.
 *
 * @param name the definition's name, unique per tenant
 * @param title the printed title
 * @param baseView the view the filter starts from, {@code ""} for all customers
 * @param filter the filter's lines in {@link org.customerkit.core.view.search.FilterText} form
 * @param columns the column names in order
 * @param sort the sort in {@code column:dir,...} form
 * @param language {@code nl}, {@code fr}, {@code en} or {@code de}
 * @param orientation {@code portrait} or {@code landscape}
 * @param groupBy the name of the column rows are grouped by, {@code ""} for none
 * @param includeArchived whether archived customers are reported
 */
public record StoredReport(String name, String title, String baseView, List<String> filter, List<String> columns,
    String sort, String language, String orientation, String groupBy, boolean includeArchived) {

  public StoredReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseView, "baseView");
    filter = List.copyOf(filter);
    columns = List.copyOf(columns);
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(groupBy, "groupBy");
  }
}
