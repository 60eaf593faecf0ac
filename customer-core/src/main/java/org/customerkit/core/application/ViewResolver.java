package org.customerkit.core.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.customerkit.core.view.FilterText;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.View;

/**
 * Turns a {@link ListRequest} into the {@link View} it asks for: the named view (built in or saved) with the
 * request's columns, sort, search, criteria and page size applied. Every bad part is refused by name.
 */
final class ViewResolver {

  private final Ports ports;

  ViewResolver(Ports ports) {
    this.ports = ports;
  }

  Outcome<View> resolve(TenantId tenant, ListRequest request) {
    List<ExtraFieldDefinition> fields = ports.fields().all(tenant);
    String owner = request.user().orElse("");
    String name = request.view().map(String::strip).orElse(BuiltInView.ALL.viewName());
    Outcome<View> base = named(tenant, owner, name, fields);
    if (!base.isDone()) {
      return base;
    }
    View view = base.orThrow();
    List<Refusal> refusals = new ArrayList<>();
    View.Builder shaped = View.builder().from(view);
    if (!request.columns().isEmpty()) {
      columns(request.columns(), fields, refusals).ifPresent(shaped::columns);
    }
    Sort sort = view.sort();
    if (!request.sort().isEmpty()) {
      sort = sort(request.sort(), fields, refusals).orElse(sort);
    }
    if (request.toggle().isPresent()) {
      Optional<Column> column = Column.byName(request.toggle().get().strip(), fields);
      if (column.isPresent()) {
        sort = sort.toggle(column.get());
      } else {
        refusals.add(Refusal.of("sort", Reason.UNKNOWN_NAME, request.toggle().get(), Column.names(fields)));
      }
    }
    shaped.sort(sort);
    List<Filter> filters = new ArrayList<>();
    filters.add(view.filter());
    request.search().filter(s -> !s.isBlank()).ifPresent(s -> filters.add(new Filter.Search(s)));
    if (!request.where().isEmpty()) {
      Parsed<Filter> where = FilterText.parse(request.where(), fields);
      if (where instanceof Parsed.Invalid<Filter> invalid) {
        refusals.add(invalid.refusal());
      } else {
        filters.add(where.orThrow());
      }
    }
    shaped.filter(Filter.and(filters));
    request.pageSize().ifPresent(shaped::pageSize);
    request.includeArchived().ifPresent(shaped::includeArchived);
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    return Outcome.done(shaped.build());
  }

  /** A built-in view, else the user's saved view of that name, else the tenant-wide one. */
  Outcome<View> named(TenantId tenant, String owner, String name, List<ExtraFieldDefinition> fields) {
    Optional<BuiltInView> builtIn = BuiltInView.byName(name);
    if (builtIn.isPresent()) {
      return Outcome.done(builtIn.get().view());
    }
    Optional<StoredView> stored = ports.views().find(tenant, owner, name);
    if (stored.isEmpty() && !owner.isEmpty()) {
      stored = ports.views().find(tenant, "", name);
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
    ports.views().list(tenant, owner).forEach(v -> names.add(v.name()));
    if (!owner.isEmpty()) {
      ports.views().list(tenant, "").forEach(v -> names.add(v.name()));
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
