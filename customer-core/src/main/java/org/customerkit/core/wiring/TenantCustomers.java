package org.customerkit.core.wiring;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.ArchivingCustomers;
import org.customerkit.core.application.DefiningExtraFields;
import org.customerkit.core.application.DeletingCustomers;
import org.customerkit.core.application.EditingCustomers;
import org.customerkit.core.application.GeneratingReports;
import org.customerkit.core.application.ListingCustomers;
import org.customerkit.core.application.ManagingReports;
import org.customerkit.core.application.ManagingViews;
import org.customerkit.core.application.RegisteringCustomers;
import org.customerkit.core.application.ShowingCustomers;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.View;

/** The use cases bound to one tenant: every call passes this tenant and no other. */
final class TenantCustomers implements Customers {

  private final TenantId tenant;
  private final UseCases useCases;

  TenantCustomers(TenantId tenant, UseCases useCases) {
    this.tenant = tenant;
    this.useCases = useCases;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public Outcome<Customer> register(RegisterCustomer.Command command) {
    return useCases.registering().register(tenant, command);
  }

  @Override
  public Outcome<Customer> edit(EditCustomer.Command command) {
    return useCases.editing().edit(tenant, command);
  }

  @Override
  public Optional<Customer> card(CustomerId id) {
    return useCases.showing().card(tenant, id);
  }

  @Override
  public Optional<Customer> cardByNumber(CustomerNumber number) {
    return useCases.showing().cardByNumber(tenant, number);
  }

  @Override
  public Outcome<CustomerId> delete(CustomerId id) {
    return useCases.deleting().delete(tenant, id);
  }

  @Override
  public Outcome<Customer> archive(CustomerId id) {
    return useCases.archiving().archive(tenant, id);
  }

  @Override
  public Outcome<Customer> reactivate(CustomerId id) {
    return useCases.archiving().reactivate(tenant, id);
  }

  @Override
  public Outcome<ExtraFieldDefinition> define(Definition definition) {
    return useCases.fields().define(tenant, definition);
  }

  @Override
  public List<ExtraFieldDefinition> fields() {
    return useCases.fields().fields(tenant);
  }

  @Override
  public Outcome<FieldKey> remove(FieldKey key) {
    return useCases.fields().remove(tenant, key, false);
  }

  @Override
  public Outcome<FieldKey> remove(FieldKey key, boolean dropValues) {
    return useCases.fields().remove(tenant, key, dropValues);
  }

  @Override
  public Outcome<CustomerList> list(ListRequest request) {
    return useCases.listing().list(tenant, request);
  }

  @Override
  public Outcome<CustomerList> list(ListQuery query) {
    return useCases.listing().list(tenant, query);
  }

  @Override
  public Outcome<View> saveView(SaveView command) {
    return useCases.views().save(tenant, command);
  }

  @Override
  public List<View> views(Optional<String> user) {
    return useCases.views().views(tenant, user);
  }

  @Override
  public Outcome<String> deleteView(String name, Optional<String> user) {
    return useCases.views().delete(tenant, name, user);
  }

  @Override
  public Outcome<GenerateReport.Generated> generate(GenerateReport.Command command, ReportWriter writer) {
    return useCases.reporting().generate(tenant, command, writer);
  }

  @Override
  public Outcome<ReportDefinition> saveReport(SaveReport command) {
    return useCases.reports().save(tenant, command);
  }

  @Override
  public List<ReportDefinition> reports() {
    return useCases.reports().reports(tenant);
  }

  @Override
  public Optional<ReportDefinition> report(String name) {
    return useCases.reports().report(tenant, name);
  }

  @Override
  public Outcome<String> deleteReport(String name) {
    return useCases.reports().delete(tenant, name);
  }

  /** The use-case implementations, made once per module and shared by every tenant's facade. */
  record UseCases(RegisteringCustomers registering, EditingCustomers editing, ShowingCustomers showing,
      DeletingCustomers deleting, ArchivingCustomers archiving, DefiningExtraFields fields,
      ListingCustomers listing, ManagingViews views, GeneratingReports reporting, ManagingReports reports) {}
}
