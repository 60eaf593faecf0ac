package org.customerkit.core.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.View;
import org.immutables.value.Value;

/**
 * A list, search or report request as a Java host writes it: a view and what to change of it, typed, so that
 * nothing is spelled as text. {@link ListRequest} is the same request as a screen or command line sends it, as
 * text; the library parses it into one of these.
 *
 * <pre>{@code
 * ListQuery.of(BuiltInView.WITH_VAT)
 *     .withFilters(new Filter.Search("bakkerij"))
 *     .withSort(Sort.by(new SortKey(StandardColumn.CITY, Direction.ASC)))
 *     .withPageSize(50);
 * }</pre>
 */
@Value.Immutable
public abstract class ListQuery {

  /** Which view the list starts from. */
  public sealed interface ViewChoice {
    /** One of the three views every tenant has. */
    record BuiltIn(BuiltInView view) implements ViewChoice {
      public BuiltIn {
        Objects.requireNonNull(view, "view");
      }
    }

    /** A view the tenant or the user saved under this name. */
    record Saved(String name) implements ViewChoice {
      public Saved {
        Objects.requireNonNull(name, "name");
      }
    }

    /** A view the host made itself, not saved. */
    record Given(View view) implements ViewChoice {
      public Given {
        Objects.requireNonNull(view, "view");
      }
    }
  }

  @Value.Parameter
  public abstract ViewChoice view();

  /** The user whose saved views count besides the tenant-wide ones. */
  public abstract Optional<@Size(max = 60) String> user();

  /** Filters added to the view's: a {@link Filter.Search} for general search, criteria for extended search. */
  public abstract List<Filter> filters();

  /** Replaces the view's sort. */
  public abstract Optional<Sort> sort();

  /** A column whose title was clicked: it becomes the primary key, or flips if it already was. */
  public abstract Optional<Column> toggle();

  /** Replaces the view's columns when not empty. */
  public abstract List<Column> columns();

  public abstract Optional<@Min(1) @Max(1000) Integer> pageSize();

  /** The cursor of the previous page's {@code next}. */
  public abstract Optional<@Size(max = 8192) String> after();

  /** Whether archived customers show, overriding the view. */
  public abstract Optional<Boolean> includeArchived();

  /** Whether to count all matching customers too (costs a scan). */
  @Value.Default
  public boolean withTotal() {
    return false;
  }

  public static ListQuery of(BuiltInView view) {
    return ImmutableListQuery.of(new ViewChoice.BuiltIn(view));
  }

  public static ListQuery of(View view) {
    return ImmutableListQuery.of(new ViewChoice.Given(view));
  }

  public static ListQuery saved(String name) {
    return ImmutableListQuery.of(new ViewChoice.Saved(name));
  }

  /** This query with these filters instead of its own. */
  public ListQuery withFilters(Filter... filters) {
    return ImmutableListQuery.builder().from(this).filters(List.of(filters)).build();
  }

  public ListQuery withSort(Sort sort) {
    return ImmutableListQuery.builder().from(this).sort(sort).build();
  }

  public ListQuery withToggle(Column column) {
    return ImmutableListQuery.builder().from(this).toggle(column).build();
  }

  /** This query with these columns instead of its own. */
  public ListQuery withColumns(List<Column> columns) {
    return ImmutableListQuery.builder().from(this).columns(columns).build();
  }

  public ListQuery withPageSize(int pageSize) {
    return ImmutableListQuery.builder().from(this).pageSize(pageSize).build();
  }

  public ListQuery withAfter(String cursor) {
    return ImmutableListQuery.builder().from(this).after(cursor).build();
  }

  public ListQuery withUser(String user) {
    return ImmutableListQuery.builder().from(this).user(user).build();
  }

  public ListQuery withIncludeArchived(boolean include) {
    return ImmutableListQuery.builder().from(this).includeArchived(include).build();
  }

  public ListQuery withTotal(boolean count) {
    return ImmutableListQuery.builder().from(this).withTotal(count).build();
  }
}
