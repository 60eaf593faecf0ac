package org.customerkit.core.report;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.immutables.value.Value;

/**
 * What a report prints: Winfakt's "Rapport aanmaken". A definition names the customers (a base view, plus a
 * filter of general search and extended criteria), the columns in order (any list column, extra fields
 * included), the sort, the language of headings and labels, the PDF page orientation, and optionally a column
 * to group by, each group closed by its subtotal count.
 *
 * <p>A definition is plain data. It is saved per tenant under its {@link #name()}; the built-in
 * {@link BuiltInReport#CUSTOMER_LIST "Klantenlijst"} is always there and cannot be overwritten.
 */
@Value.Immutable
public abstract class ReportDefinition {

  /** At most this many columns: more would not fit on a landscape A4 page. */
  public static final int MAX_COLUMNS = 20;

  /** The name the definition is saved and chosen by, 1 to 60 characters. */
  public abstract String name();

  /** The title printed above the report, 1 to 200 characters. */
  public abstract String title();

  /** The view whose filter the report starts from ({@code all} when absent), built in or saved. */
  public abstract Optional<String> baseView();

  /** General search and extended criteria, added to the base view's filter. */
  @Value.Default
  public Filter filter() {
    return Filter.all();
  }

  /** The columns, in the order they print; each at most once. */
  public abstract List<Column> columns();

  public abstract Sort sort();

  /** The language of the headings, labels, dates and page numbers. */
  @Value.Default
  public Language language() {
    return Language.NL;
  }

  @Value.Default
  public Orientation orientation() {
    return Orientation.PORTRAIT;
  }

  /**
   * The column whose value opens a new group, each group closed by its count. The report then sorts on this
   * column first, so that a group's rows stay together.
   */
  public abstract Optional<Column> groupBy();

  /** Whether archived customers are reported too. */
  @Value.Default
  public boolean includeArchived() {
    return false;
  }

  /** The order rows are read in: the group column first when grouping, then the definition's sort. */
  public Sort effectiveSort() {
    if (groupBy().isEmpty()) {
      return sort();
    }
    Column group = groupBy().get();
    List<org.customerkit.core.view.SortKey> keys = new java.util.ArrayList<>();
    keys.add(sort().keys().stream().filter(k -> k.column().equals(group)).findFirst()
        .orElse(org.customerkit.core.view.SortKey.asc(group)));
    sort().keys().stream().filter(k -> !k.column().equals(group)).forEach(keys::add);
    return new Sort(keys);
  }

  @Value.Check
  protected void check() {
    if (name().isBlank() || name().length() > 60) {
      throw new IllegalStateException("a report name has 1 to 60 characters");
    }
    if (title().isBlank() || title().length() > 200) {
      throw new IllegalStateException("a report title has 1 to 200 characters");
    }
    if (columns().isEmpty() || columns().size() > MAX_COLUMNS) {
      throw new IllegalStateException("a report prints 1 to " + MAX_COLUMNS + " columns");
    }
    if (columns().stream().distinct().count() != columns().size()) {
      throw new IllegalStateException("a report prints each column once");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a definition; name, title, columns and sort are required. */
  public static final class Builder extends ImmutableReportDefinition.Builder {}
}
