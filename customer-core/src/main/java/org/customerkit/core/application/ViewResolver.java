package org.customerkit.core.application;

import org.customerkit.core.application.port.out.ViewStore;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.search.FilterText;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.View;

/**
 * Turns a {@link ListRequest} into the {@link View} it asks for: the named view (built in or saved) with the
 * request's columns, sort, search, criteria and page size applied. Every bad part is refused by name.
 */
public final class ViewResolver {

  private final ExtraFieldCatalog fields;
  private final ViewStore viewStore;

  public ViewResolver(ExtraFieldCatalog fields, ViewStore viewStore) {
    this.fields = Objects.requireNonNull(fields, "fields");
    this.viewStore = Objects.requireNonNull(viewStore, "viewStore");
  }

  /** The view a text request asks for: parsed into a {@link ListQuery} first, every bad part refused by name. */
  public Outcome<View> resolve(TenantId tenant, ListRequest request) {
    List<ExtraFieldDefinition> fields = this.fields.all(tenant);
    Outcome<ListQuery> query = read(request, fields);
    if (!query.isDone()) {
      String name = request.view().map(String::strip).orElse(BuiltInView.ALL.viewName());
      Outcome<View> base = named(tenant, request.user().orElse(""), name, fields);
      return base.isDone() ? Outcome.refused(query.refusals()) : base;
    }
    return resolve(tenant, query.orThrow(), fields);
  }

  /** The view a typed query asks for: its base view with the query's filters, columns, sort and page size. */
  public Outcome<View> resolve(TenantId tenant, ListQuery query) {
    return resolve(tenant, query, this.fields.all(tenant));
  }

  private Outcome<View> resolve(TenantId tenant, ListQuery query, List<ExtraFieldDefinition> fields) {
    Outcome<View> base;
    if (query.view() instanceof ListQuery.ViewChoice.BuiltIn builtIn) {
      base = Outcome.done(builtIn.view().view());
    } else if (query.view() instanceof ListQuery.ViewChoice.Given given) {
      base = Outcome.done(given.view());
    } else {
      base = named(tenant, query.user().orElse(""), ((ListQuery.ViewChoice.Saved) query.view()).name().strip(),
          fields);
    }
    if (!base.isDone()) {
      return base;
    }
    View view = base.orThrow();
    List<Refusal> refusals = new ArrayList<>();
    View.Builder shaped = View.builder().from(view);
    if (!query.columns().isEmpty()) {
      query.columns().forEach(c -> known("columns", c, fields, refusals));
      shaped.columns(query.columns().stream().distinct().collect(Collectors.toList()));
    }
    Sort sort = query.sort().orElse(view.sort());
    query.sort().ifPresent(s -> s.keys().forEach(k -> known("sort", k.column(), fields, refusals)));
    if (query.toggle().isPresent()) {
      known("sort", query.toggle().get(), fields, refusals);
      sort = sort.toggle(query.toggle().get());
    }
    shaped.sort(sort);
    if (!query.filters().isEmpty()) {
      List<Filter> filters = new ArrayList<>();
      filters.add(view.filter());
      filters.addAll(query.filters());
      shaped.filter(Filter.and(filters));
    }
    query.pageSize().ifPresent(shaped::pageSize);
    query.includeArchived().ifPresent(shaped::includeArchived);
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    return Outcome.done(shaped.build());
  }

  /** An extra-field column is known when the tenant defines that field now; standard columns always are. */
  private static void known(String field, Column column, List<ExtraFieldDefinition> fields, List<Refusal> refusals) {
    if (Column.byName(column.columnName(), fields).filter(column::equals).isEmpty()) {
      refusals.add(Refusal.of(field, Reason.UNKNOWN_NAME, column.columnName(), Column.names(fields)));
    }
  }

  /**
   * The text syntax on top of the typed request: view and column names, {@code column[:asc|desc]} sort keys and
   * {@link FilterText} criteria read against the tenant's extra fields, every bad part refused by name.
   */
  static Outcome<ListQuery> read(ListRequest request, List<ExtraFieldDefinition> fields) {
    String name = request.view().map(String::strip).orElse(BuiltInView.ALL.viewName());
    ListQuery query = BuiltInView.byName(name).map(ListQuery::of).orElseGet(() -> ListQuery.saved(name));
    List<Refusal> refusals = new ArrayList<>();
    if (request.user().isPresent()) {
      query = query.withUser(request.user().get());
    }
    if (!request.columns().isEmpty()) {
      Optional<List<Column>> columns = columns(request.columns(), fields, refusals);
      if (columns.isPresent()) {
        query = query.withColumns(columns.get());
      }
    }
    if (!request.sort().isEmpty()) {
      Optional<Sort> sort = sort(request.sort(), fields, refusals);
      if (sort.isPresent()) {
        query = query.withSort(sort.get());
      }
    }
    if (request.toggle().isPresent()) {
      Optional<Column> column = Column.byName(request.toggle().get().strip(), fields);
      if (column.isPresent()) {
        query = query.withToggle(column.get());
      } else {
        refusals.add(Refusal.of("sort", Reason.UNKNOWN_NAME, request.toggle().get(), Column.names(fields)));
      }
    }
    List<Filter> filters = new ArrayList<>();
    request.search().filter(s -> !s.isBlank()).ifPresent(s -> filters.add(new Filter.Search(s)));
    if (!request.where().isEmpty()) {
      Parsed<Filter> where = FilterText.parse(request.where(), fields);
      if (where instanceof Parsed.Invalid<Filter> invalid) {
        refusals.add(invalid.refusal());
      } else {
        filters.add(where.orThrow());
      }
    }
    if (!filters.isEmpty()) {
      query = query.withFilters(filters.toArray(Filter[]::new));
    }
    if (request.pageSize().isPresent()) {
      query = query.withPageSize(request.pageSize().get());
    }
    if (request.includeArchived().isPresent()) {
      query = query.withIncludeArchived(request.includeArchived().get());
    }
    if (request.after().filter(a -> !a.isBlank()).isPresent()) {
      query = query.withAfter(request.after().get());
    }
    query = query.withTotal(request.withTotal());
    return refusals.isEmpty() ? Outcome.done(query) : Outcome.refused(refusals);
  }

  /** A built-in view, else the user's saved view of that name, else the tenant-wide one. */
  public Outcome<View> named(TenantId tenant, String owner, String name, List<ExtraFieldDefinition> fields) {
    Optional<BuiltInView> builtIn = BuiltInView.byName(name);
    if (builtIn.isPresent()) {
      return Outcome.done(builtIn.get().view());
    }
    Optional<StoredView> stored = viewStore.find(tenant, owner, name);
    if (stored.isEmpty() && !owner.isEmpty()) {
      stored = viewStore.find(tenant, "", name);
    }
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("view", Reason.NOT_FOUND_AMONG, name, viewNames(tenant, owner)));
    }
    return fromStored(stored.get(), fields);
  }

  /** The built-in views' names, then the saved ones the owner sees: for a message. */
  private String viewNames(TenantId tenant, String owner) {
    List<String> names = new ArrayList<>();
    for (BuiltInView view : BuiltInView.values()) {
      names.add(view.viewName());
    }
    viewStore.list(tenant, owner).forEach(v -> names.add(v.name()));
    if (!owner.isEmpty()) {
      viewStore.list(tenant, "").forEach(v -> names.add(v.name()));
    }
    return names.stream().distinct().collect(Collectors.joining(", "));
  }

  /** A stored view read back; a column whose extra field was removed since is left out. */
  Outcome<View> fromStored(StoredView stored, List<ExtraFieldDefinition> fields) {
    Parsed<Filter> filter = FilterText.parse(stored.filter(), fields);
    if (filter instanceof Parsed.Invalid<Filter> invalid) {
      return Outcome.refused(invalid.refusal());
    }
    List<Column> columns = stored.columns().stream().map(c -> Column.byName(c, fields)).flatMap(Optional::stream)
        .distinct().collect(Collectors.toList());
    if (columns.isEmpty()) {
      columns = BuiltInView.DEFAULT_COLUMNS;
    }
    List<Refusal> ignored = new ArrayList<>();
    Sort sort = sort(List.of(stored.sort().split(",")), fields, ignored).orElse(BuiltInView.ALL.view().sort());
    return Outcome.done(View.builder().name(stored.name()).owner(Optional.of(stored.owner()).filter(o -> !o.isEmpty()))
        .filter(filter.orThrow()).columns(columns).sort(sort).pageSize(stored.pageSize())
        .includeArchived(stored.includeArchived()).build());
  }

  static StoredView toStored(View view) {
    return new StoredView(view.owner().orElse(""), view.name(), FilterText.format(view.filter()),
        view.columns().stream().map(Column::columnName).collect(Collectors.toList()), view.sort().text(),
        view.pageSize(), view.includeArchived());
  }

  private static Optional<List<Column>> columns(List<String> names, Collection<ExtraFieldDefinition> fields,
      List<Refusal> refusals) {
    List<Column> columns = new ArrayList<>();
    for (String name : names) {
      for (String part : name.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        Optional<Column> column = Column.byName(part.strip(), fields);
        if (column.isEmpty()) {
          refusals.add(Refusal.of("columns", Reason.UNKNOWN_NAME, part.strip(), Column.names(fields)));
        } else if (!columns.contains(column.get())) {
          columns.add(column.get());
        }
      }
    }
    return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
  }

  /** {@code city}, {@code city:desc}, or several of these, repeated or comma-separated. */
  static Optional<Sort> sort(List<String> texts, Collection<ExtraFieldDefinition> fields, List<Refusal> refusals) {
    List<SortKey> keys = new ArrayList<>();
    for (String text : texts) {
      for (String part : text.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        String[] pieces = part.strip().split(":");
        String name = pieces[0];
        Direction direction = Direction.ASC;
        if (pieces.length == 2 && !name.equals("field")) {
          direction = direction(pieces[1], refusals);
        } else if (pieces.length >= 2 && name.equals("field")) {
          name = pieces[0] + ":" + pieces[1];
          if (pieces.length == 3) {
            direction = direction(pieces[2], refusals);
          }
        }
        Optional<Column> column = Column.byName(name.equals("name") ? "full-name" : name, fields);
        if (column.isEmpty()) {
          refusals.add(Refusal.of("sort", Reason.UNKNOWN_NAME, name, Column.names(fields)));
        } else if (keys.stream().noneMatch(k -> k.column().equals(column.get()))) {
          keys.add(new SortKey(column.get(), direction));
        }
      }
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(new Sort(keys));
  }

  private static Direction direction(String text, List<Refusal> refusals) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "asc":
        return Direction.ASC;
      case "desc":
        return Direction.DESC;
      default:
        refusals.add(Refusal.of("sort", Reason.UNKNOWN_NAME, text, "asc, desc"));
        return Direction.ASC;
    }
  }
}
