package org.customerkit.core.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.FilterText;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.View;

/**
 * Report definitions between their three forms: the text a user gives ({@link ManageReports.SaveReport}),
 * the definition, and the text a store keeps ({@link StoredReport}).
 */
final class ReportDefinitions {

  private final Ports ports;
  private final ViewResolver views;

  ReportDefinitions(Ports ports, ViewResolver views) {
    this.ports = ports;
    this.views = views;
  }

  /** A built-in report in {@code language} (the tenant's when absent), else the saved one of that name. */
  Outcome<ReportDefinition> named(TenantId tenant, String name, Optional<Language> language) {
    Optional<BuiltInReport> builtIn = BuiltInReport.byName(name);
    if (builtIn.isPresent()) {
      return Outcome.done(builtIn.get().definition(language.orElse(tenantLanguage(tenant))));
    }
    Optional<StoredReport> stored = ports.reports().find(tenant, name.strip());
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("report", Reason.NOT_FOUND, name));
    }
    return fromStored(stored.get(), ports.fields().all(tenant));
  }

  Language tenantLanguage(TenantId tenant) {
    return ports.settings().apply(tenant).language();
  }

  /** The definition a save command describes, or every reason it cannot be one. */
  Outcome<ReportDefinition> fromCommand(TenantId tenant, ManageReports.SaveReport command) {
    List<Refusal> refusals = new ArrayList<>();
    String name = command.name().strip();
    if (BuiltInReport.byName(name).isPresent()) {
      refusals.add(Refusal.of("report", Reason.KEY_TAKEN, name));
    }
    ListRequest shape = command.shape();
    Outcome<View> whole = views.resolve(tenant, shape);
    refusals.addAll(whole.refusals());
    // the search and criteria alone, without the base view's filter: the definition keeps the view by name
    Outcome<View> extra = views.resolve(tenant, ListRequest.builder().from(shape).view(BuiltInView.ALL.viewName())
        .build());
    Language language = tenantLanguage(tenant);
    if (command.language().isPresent()) {
      Optional<Language> given = Language.fromCode(command.language().get());
      if (given.isEmpty()) {
        refusals.add(Refusal.of("language", Reason.UNKNOWN_NAME, command.language().get(),
            Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
      } else {
        language = given.get();
      }
    }
    Orientation orientation = Orientation.PORTRAIT;
    if (command.orientation().isPresent()) {
      Optional<Orientation> given = Orientation.fromCode(command.orientation().get());
      if (given.isEmpty()) {
        refusals.add(Refusal.of("orientation", Reason.UNKNOWN_NAME, command.orientation().get(),
            Arrays.stream(Orientation.values()).map(Orientation::code).collect(Collectors.joining(", "))));
      } else {
        orientation = given.get();
      }
    }
    List<ExtraFieldDefinition> fields = ports.fields().all(tenant);
    Optional<Column> groupBy = Optional.empty();
    if (command.groupBy().filter(g -> !g.isBlank()).isPresent()) {
      String group = command.groupBy().get().strip();
      groupBy = Column.byName(group.equals("name") ? "full-name" : group, fields);
      if (groupBy.isEmpty()) {
        refusals.add(Refusal.of("groupBy", Reason.UNKNOWN_NAME, group, Column.names(fields)));
      }
    }
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    View view = whole.orThrow();
    return Outcome.done(ReportDefinition.builder().name(name).title(command.title().strip())
        .baseView(shape.view().map(String::strip).filter(v -> !v.isEmpty()))
        .filter(extra.orThrow().filter()).columns(view.columns()).sort(view.sort()).language(language)
        .orientation(orientation).groupBy(groupBy).includeArchived(view.includeArchived()).build());
  }

  /** A stored definition read back; a column whose extra field was removed since is left out. */
  Outcome<ReportDefinition> fromStored(StoredReport stored, List<ExtraFieldDefinition> fields) {
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
    Sort sort = ViewResolver.sort(List.of(stored.sort().split(",")), fields, ignored)
        .orElse(BuiltInView.ALL.view().sort());
    return Outcome.done(ReportDefinition.builder().name(stored.name()).title(stored.title())
        .baseView(Optional.of(stored.baseView()).filter(v -> !v.isEmpty())).filter(filter.orThrow())
        .columns(columns).sort(sort).language(Language.fromCode(stored.language()).orElse(Language.NL))
        .orientation(Orientation.fromCode(stored.orientation()).orElse(Orientation.PORTRAIT))
        .groupBy(Column.byName(stored.groupBy(), fields)).includeArchived(stored.includeArchived()).build());
  }

  static StoredReport toStored(ReportDefinition definition) {
    return new StoredReport(definition.name(), definition.title(), definition.baseView().orElse(""),
        FilterText.format(definition.filter()),
        definition.columns().stream().map(Column::columnName).collect(Collectors.toList()),
        definition.sort().text(), definition.language().code(), definition.orientation().code(),
        definition.groupBy().map(Column::columnName).orElse(""), definition.includeArchived());
  }
}
