package org.customerkit.core.view;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the customer list shows: a filter, the visible columns in order, a sort and a page size. Three views
 * are built in ({@link BuiltInView}); users save their own per tenant, optionally per user: Winfakt's "window
 * settings". Archived customers are hidden unless the view includes them.
 */
@Value.Immutable
public abstract class View {

  public static final int MAX_PAGE_SIZE = 1000;
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The name the user gave, or the built-in view's name ({@code all}, {@code without-vat}, {@code with-vat}). */
  public abstract String name();

  /** The user the view belongs to; empty for a view every user of the tenant sees. */
  public abstract Optional<String> owner();

  @Value.Default
  public Filter filter() {
    return Filter.all();
  }

  public abstract List<Column> columns();

  public abstract Sort sort();

  @Value.Default
  public int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  @Value.Default
  public boolean includeArchived() {
    return false;
  }

  /** The filter with "active customers only" added unless the view includes archived ones. */
  public Filter effectiveFilter() {
    if (includeArchived()) {
      return filter();
    }
    return Filter.and(filter(), Filter.Criterion.of(StandardColumn.STATUS, Operator.EQUALS, "active"));
  }

  @Value.Check
  protected void check() {
    if (name().isBlank() || name().length() > 60) {
      throw new IllegalStateException("a view name has 1 to 60 characters");
    }
    if (columns().isEmpty()) {
      throw new IllegalStateException("a view shows at least one column");
    }
    if (columns().stream().distinct().count() != columns().size()) {
      throw new IllegalStateException("a view shows each column once");
    }
    if (pageSize() < 1 || pageSize() > MAX_PAGE_SIZE) {
      throw new IllegalStateException("page size out of range: " + pageSize());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableView.Builder {}
}
