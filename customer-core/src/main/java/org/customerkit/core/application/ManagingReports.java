package org.customerkit.core.application;

import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import java.util.Objects;
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
public final class ManagingReports {

  private final InputValidation validation;
  private final ReportDefinitions definitions;
  private final ExtraFieldCatalog fields;
  private final ReportDefinitionStore reportStore;
  private final Transactions transactions;

  public ManagingReports(InputValidation validation, ReportDefinitions definitions, ExtraFieldCatalog fields, ReportDefinitionStore reportStore, Transactions transactions) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.reportStore = Objects.requireNonNull(reportStore, "reportStore");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  public Outcome<ReportDefinition> save(TenantId tenant, ManageReports.SaveReport command) {
    List<Refusal> input = validation.check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    Outcome<ReportDefinition> definition = definitions.fromCommand(tenant, command);
    if (!definition.isDone()) {
      return definition;
    }
    ReportDefinition report = definition.orThrow();
    transactions.inTransaction(() -> {
      reportStore.save(tenant, ReportDefinitions.toStored(report));
      return report;
    });
    return Outcome.done(report);
  }

  public List<ReportDefinition> reports(TenantId tenant) {
    Language language = definitions.tenantLanguage(tenant);
    List<ReportDefinition> reports = new ArrayList<>();
    Arrays.stream(BuiltInReport.values()).map(r -> r.definition(language)).forEach(reports::add);
    List<ExtraFieldDefinition> fields = this.fields.all(tenant);
    for (StoredReport stored : reportStore.list(tenant)) {
      definitions.fromStored(stored, fields).result().ifPresent(reports::add);
    }
    return reports;
  }

  public Optional<ReportDefinition> report(TenantId tenant, String name) {
    return definitions.named(tenant, name, Optional.empty()).result();
  }

  public Outcome<String> delete(TenantId tenant, String name) {
    return transactions.inTransaction(() -> reportStore.delete(tenant, name.strip())
        ? Outcome.done(name.strip())
        : Outcome.refused(Refusal.of("report", Reason.NOT_FOUND, name)));
  }
}
