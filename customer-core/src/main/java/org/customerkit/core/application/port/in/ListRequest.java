package org.customerkit.core.application.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.field.FieldKey;
import org.immutables.value.Value;

/**
 * A list, search or report request as a screen or command line sends it: a view by name and what to change
 * of it, all as text, so that every refusal can name what was wrong ({@code view}, {@code where},
 * {@code sort}, {@code columns}, {@code cursor}).
 */
@Value.Immutable
public abstract class ListRequest {

  /** {@code all} (default), {@code without-vat}, {@code with-vat}, or the name of a saved view. */
  public abstract Optional<@Size(max = 60) String> view();

  /** The user whose saved views count besides the tenant-wide ones. */
  public abstract Optional<@Size(max = 60) String> user();

  /** General search text, added to the view's filter. */
  public abstract Optional<@Size(max = 200) String> search();

  /** Extended-search lines in {@link org.customerkit.core.view.search.FilterText} form, added to the view's filter. */
  public abstract List<@Size(max = 500) String> where();

  /** {@code column[:asc|desc]} keys replacing the view's sort. */
  public abstract List<@Size(max = 60) String> sort();

  /** A column whose title was clicked: it becomes the primary key, or flips if it already was. */
  public abstract Optional<@Size(max = 60) String> toggle();

  /** Column names replacing the view's columns. */
  public abstract List<@Size(max = 60) String> columns();

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

  public static ListRequest ofView(String view) {
    return builder().view(view).build();
  }

  /**
   * The customers without a value for the extra field {@code key}, in the default view's order: those a field
   * made required after they were saved asks to complete. The same filter as {@code --where field:KEY=}.
   */
  public static ListRequest missing(FieldKey key) {
    return builder().addWhere("field:" + key.value() + "=").build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableListRequest.Builder {}
}
