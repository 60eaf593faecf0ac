package org.customerkit.core.application;

import org.customerkit.core.domain.customer.TenantSettings;
import java.util.function.Function;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import java.util.Objects;
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
import org.customerkit.core.view.search.FilterText;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.View;

/**
 * Report definitions between their three forms: the text a user gives ({@link ManageReports.SaveReport}),
 * the definition, and the text a store keeps ({@link StoredReport}).
 */
public final class ReportDefinitions {

  private final ViewResolver views;
  private final ExtraFieldCatalog fields;
  private final ReportDefinitionStore reportStore;
  private final Function<TenantId, TenantSettings> settings;

  public ReportDefinitions(ViewResolver views, ExtraFieldCatalog fields, ReportDefinitionStore reportStore, Function<TenantId, TenantSettings> settings) {
    this.views = Objects.requireNonNull(views, "views");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.reportStore = Objects.requireNonNull(reportStore, "reportStore");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A built-in report in {@code language} (the tenant's when absent), else the saved one of that name. */
  public Outcome<ReportDefinition> named(TenantId tenant, String name, Optional<Language> language) {
    Optional<BuiltInReport> builtIn = BuiltInReport.byName(name);
    if (builtIn.isPresent()) {
      return Outcome.done(builtIn.get().definition(language.orElse(tenantLanguage(tenant))));
    }
    Optional<StoredReport> stored = reportStore.find(tenant, name.strip());
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("report", Reason.NOT_FOUND, name));
    }
    return fromStored(stored.get(), fields.all(tenant));
  }

  Language tenantLanguage(TenantId tenant) {
    return settings.apply(tenant).language();
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
    Language language = command.language().orElseGet(() -> tenantLanguage(tenant));
    Orientation orientation = command.orientation().orElse(Orientation.PORTRAIT);
    List<ExtraFieldDefinition> fields = this.fields.all(tenant);
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
