package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Objects;

/**
 * A saved view as a store keeps it.
 *
 * @param owner the user it belongs to, {@code ""} for the whole tenant
 * @param name the view's name, unique per owner
 * @param filter the filter's lines in {@link org.customerkit.core.view.search.FilterText} form
 * @param columns the column names in order
 * @param sort the sort in {@code column:dir,...} form
 * @param pageSize rows per page
 * @param includeArchived whether archived customers show
 */
public record StoredView(String owner, String name, List<String> filter, List<String> columns, String sort,
    int pageSize, boolean includeArchived) {

  public StoredView {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    filter = List.copyOf(filter);
    columns = List.copyOf(columns);
    Objects.requireNonNull(sort, "sort");
  }
}
