package org.customerkit.core.application;

import org.customerkit.core.application.port.out.CustomerStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Making a report: resolves the definition and its base view, then streams the matching customers from the
 * store straight into the writer, one row at a time. Only the current row and the current group's first cell
 * are held, whatever the number of customers.
 */
public final class GeneratingReports {

  private static final Logger LOG = LoggerFactory.getLogger(GeneratingReports.class);
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[1-9][0-9]{0,14}");
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final ViewResolver views;
  private final ReportDefinitions definitions;
  private final ExtraFieldCatalog fields;
  private final CustomerStore customers;
  private final Clock clock;
  private final Function<TenantId, TenantSettings> settings;

  public GeneratingReports(ViewResolver views, ReportDefinitions definitions, ExtraFieldCatalog fields,
      CustomerStore customers, Clock clock, Function<TenantId, TenantSettings> settings) {
    this.views = Objects.requireNonNull(views, "views");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Outcome<GenerateReport.Generated> generate(TenantId tenant, GenerateReport.Command command, ReportWriter writer) {
    Outcome<ReportDefinition> resolved = command.definition().<Outcome<ReportDefinition>>map(Outcome::done)
        .orElseGet(() -> definitions.named(tenant, command.name().orElseThrow(), command.language()));
    if (!resolved.isDone()) {
      return Outcome.refused(resolved.refusals());
    }
    ReportDefinition definition = resolved.orThrow();
    if (command.language().isPresent()) {
      definition = ReportDefinition.builder().from(definition).language(command.language().get()).build();
    }
    String baseName = definition.baseView().orElse("all");
    Outcome<View> base = views.named(tenant, "", baseName, fields.all(tenant));
    if (!base.isDone()) {
      return Outcome.refused(base.refusals());
    }
    Sort sort = definition.effectiveSort();
    View view = View.builder().from(base.orThrow()).filter(Filter.and(base.orThrow().filter(), definition.filter()))
        .columns(definition.columns()).sort(sort).includeArchived(definition.includeArchived()).build();
    Condition condition = view.effectiveFilter().toCondition();
    Messages messages = Messages.of(definition.language());
    List<Column> columns = definition.columns();
    String tenantName = command.tenantName().or(() -> settings.apply(tenant).name()).orElse(tenant.value());
    ReportHeader header = new ReportHeader(definition.title(), tenantName,
        clock.instant(), BRUSSELS, definition.language(),
        columns.stream().map(c -> c.heading(messages)).collect(Collectors.toList()),
        columns.stream().map(Column::type).collect(Collectors.toList()), definition.orientation(),
        definition.groupBy().map(c -> c.heading(messages)));
    long rows;
    try {
      rows = stream(tenant, condition, sort, definition, header, writer);
    } catch (RuntimeException | Error e) {
      writer.abandon();
      throw e;
    }
    LOG.debug("report {} of tenant {}: {} rows", definition.name(), tenant, rows);
    return Outcome.done(new GenerateReport.Generated(definition, rows));
  }

  /**
   * A customer number of digits only is a number in a report, so a spreadsheet sorts and sums it as one; a number
   * with letters or a leading zero, or longer than a spreadsheet keeps exactly (15 digits), stays text.
   */
  private static Cell reported(Column column, Cell cell) {
    if (column == StandardColumn.NUMBER && cell instanceof Cell.Text text
        && PLAIN_NUMBER.matcher(text.value()).matches()) {
      return new Cell.Number(new BigDecimal(text.value()));
    }
    return cell;
  }

  /** Writes the whole report, one customer at a time; the number of rows written. */
  private long stream(TenantId tenant, Condition condition, Sort sort, ReportDefinition definition,
      ReportHeader header, ReportWriter writer) {
    List<Column> columns = definition.columns();
    Optional<Column> group = definition.groupBy();
    writer.begin(header);
    long rows = 0;
    long groupRows = 0;
    String groupKey = null;
    Cell groupCell = null;
    try (Stream<Customer> customers = this.customers.stream(tenant, condition, sort)) {
      Iterator<Customer> it = customers.iterator();
      while (it.hasNext()) {
        Customer customer = it.next();
        if (group.isPresent()) {
          String key = ColumnKeys.sortKey(customer, group.get());
          if (groupKey == null || !groupKey.equals(key)) {
            if (groupKey != null) {
              writer.groupEnd(groupCell, groupRows);
            }
            groupKey = key;
            groupCell = ColumnKeys.cell(customer, group.get());
            groupRows = 0;
            writer.groupStart(groupCell);
          }
        }
        List<Cell> cells = new ArrayList<>(columns.size());
        for (Column column : columns) {
          cells.add(reported(column, ColumnKeys.cell(customer, column)));
        }
        writer.row(cells);
        rows++;
        groupRows++;
      }
    }
    if (groupKey != null) {
      writer.groupEnd(groupCell, groupRows);
    }
    writer.end(rows);
    return rows;
  }
}
