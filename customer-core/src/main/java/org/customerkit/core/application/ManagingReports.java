package org.customerkit.core.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.ReportDefinition;

/** Saving, listing and deleting the tenant's report definitions. */
final class ManagingReports {

  private final Ports ports;
  private final ReportDefinitions definitions;

  ManagingReports(Ports ports, ReportDefinitions definitions) {
    this.ports = ports;
    this.definitions = definitions;
  }

  Outcome<ReportDefinition> save(TenantId tenant, ManageReports.SaveReport command) {
    List<Refusal> input = ports.validation().check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    Outcome<ReportDefinition> definition = definitions.fromCommand(tenant, command);
    if (!definition.isDone()) {
      return definition;
    }
    ReportDefinition report = definition.orThrow();
    ports.transactions().inTransaction(() -> {
      ports.reports().save(tenant, ReportDefinitions.toStored(report));
      return report;
    });
    return Outcome.done(report);
  }

  List<ReportDefinition> reports(TenantId tenant) {
    Language language = definitions.tenantLanguage(tenant);
    List<ReportDefinition> reports = new ArrayList<>();
    Arrays.stream(BuiltInReport.values()).map(r -> r.definition(language)).forEach(reports::add);
    List<ExtraFieldDefinition> fields = ports.fields().all(tenant);
    for (StoredReport stored : ports.reports().list(tenant)) {
      definitions.fromStored(stored, fields).result().ifPresent(reports::add);
    }
    return reports;
  }

  Optional<ReportDefinition> report(TenantId tenant, String name) {
    return definitions.named(tenant, name, Optional.empty()).result();
  }

  Outcome<String> delete(TenantId tenant, String name) {
    return ports.transactions().inTransaction(() -> ports.reports().delete(tenant, name.strip())
        ? Outcome.done(name.strip())
        : Outcome.refused(Refusal.of("report", Reason.NOT_FOUND, name)));
  }
}
