package org.customerkit.core.application;

import org.customerkit.core.wiring.CustomerModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.junit.jupiter.api.Test;

/** Report definitions saved, listed, deleted, refused, and run into a writer that records what it got. */
class ReportUseCasesTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final InMemoryStores stores = new InMemoryStores();
  private final CustomerModule module = stores.moduleBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  private final Customers acme = module.forTenant(TenantId.of("acme"));
  private final Customers other = module.forTenant(TenantId.of("other"));

  /** Everything a report writer was told, in order. */
  static class Recording implements ReportWriter {
    ReportHeader header;
    final List<String> calls = new ArrayList<>();
    final List<List<Cell>> rows = new ArrayList<>();

    @Override
    public void begin(ReportHeader header) {
      this.header = header;
      calls.add("begin");
    }

    @Override
    public void groupStart(Cell value) {
      calls.add("group " + value.text(header.messages()));
    }

    @Override
    public void row(List<Cell> cells) {
      rows.add(cells);
      calls.add("row");
    }

    @Override
    public void groupEnd(Cell value, long rows) {
      calls.add("end of " + value.text(header.messages()) + ": " + rows);
    }

    @Override
    public void end(long rows) {
      calls.add("end " + rows);
    }

    List<String> column(int index) {
      return rows.stream().map(r -> r.get(index).text(header.messages())).collect(Collectors.toList());
    }
  }

  private Customer company(Customers customers, String name, String city, boolean vat) {
    CustomerForm.Builder form = CustomerForm.builder().companyName(name).street("Kerkstraat").houseNumber("1")
        .postalCode("9000").city(city);
    if (vat) {
      form.vatNumber("BE0417497106");
    }
    return customers.register(new RegisterCustomer.Command(form.build())).orThrow();
  }

  private Recording run(GenerateReport.Command command) {
    Recording writer = new Recording();
    acme.generate(command, writer).orThrow();
    return writer;
  }

  @Test
  void theKlantenlijstStreamsEveryActiveCustomerOfTheTenantByNumber() {
    Customer first = company(acme, "Bakkerij Peeters", "Gent", true);
    Customer second = company(acme, "Slagerij Claes", "Brugge", false);
    Customer archived = company(acme, "Oud BV", "Gent", false);
    acme.archive(archived.id()).orThrow();
    company(other, "Ander BV", "Gent", true);

    Recording writer = run(GenerateReport.Command.named("klantenlijst").tenantName("Acme NV"));

    assertEquals(List.of("begin", "row", "row", "end 2"), writer.calls);
    assertEquals(List.of(first.number().value(), second.number().value()), writer.column(0));
    assertEquals(List.of("Bakkerij Peeters", "Slagerij Claes"), writer.column(1));
    ReportHeader header = writer.header;
    assertEquals("Klantenlijst", header.title());
    assertEquals("Acme NV", header.tenantName());
    assertEquals(NOW, header.generatedAt());
    assertEquals(List.of("Klantnummer", "Volledige naam", "Adres", "Postcode", "Plaats", "Land",
        "Telefoonnummer", "Btw-nummer"), header.headings());
    assertEquals(Orientation.LANDSCAPE, header.orientation());
  }

  @Test
  void theTitleBlockNamesTheTenantByItsSettingsUnlessTheCommandNamesIt() {
    CustomerModule named = new InMemoryStores().moduleBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .tenantSettings(tenant -> tenant.value().equals("acme")
            ? TenantSettings.BELGIAN_DEFAULTS.named("Boekhouding Acme NV") : TenantSettings.BELGIAN_DEFAULTS)
        .build();
    Recording bySettings = new Recording();
    Recording byCommand = new Recording();
    Recording unnamed = new Recording();

    named.forTenant(TenantId.of("acme")).generate(GenerateReport.Command.named("klantenlijst"), bySettings).orThrow();
    named.forTenant(TenantId.of("acme")).generate(GenerateReport.Command.named("klantenlijst").tenantName("Acme"),
        byCommand).orThrow();
    named.forTenant(TenantId.of("other")).generate(GenerateReport.Command.named("klantenlijst"), unnamed).orThrow();

    assertEquals("Boekhouding Acme NV", bySettings.header.tenantName());
    assertEquals("Acme", byCommand.header.tenantName());
    assertEquals("other", unnamed.header.tenantName());
  }

  @Test
  void theBuiltInTitleAndHeadingsFollowTheChosenLanguage() {
    assertEquals("Liste des clients", run(GenerateReport.Command.named("klantenlijst").in(Language.FR)).header.title());
    assertEquals("Customer list", run(GenerateReport.Command.named("klantenlijst").in(Language.EN)).header.title());
    Recording german = run(GenerateReport.Command.named("klantenlijst").in(Language.DE));
    assertEquals("Kundenliste", german.header.title());
    assertEquals("Kundennummer", german.header.headings().get(0));
    assertEquals("acme", german.header.tenantName(), "the tenant id when no name is given");
  }

  @Test
  void aSavedDefinitionRunsWithItsViewSearchCriteriaColumnsSortAndLanguage() {
    company(acme, "Bakkerij Peeters", "Gent", true);
    company(acme, "Bakkerij Aerts", "Gent", true);
    company(acme, "Bakkerij Zonder Btw", "Gent", false);
    company(acme, "Slagerij Claes", "Gent", true);
    company(acme, "Bakkerij Brugge", "Brugge", true);

    ReportDefinition saved = acme.saveReport(new ManageReports.SaveReport("bakkers-gent", "Bakkers in Gent",
        ListRequest.builder().view("with-vat").search("bakkerij").addWhere("city=Gent")
            .addColumns("company-name", "city", "vat-number").addSort("company-name:desc").build(),
        Optional.of(Language.FR), Optional.of(Orientation.LANDSCAPE), Optional.empty())).orThrow();
    Recording writer = run(GenerateReport.Command.named("bakkers-gent"));

    assertEquals(List.of("Bakkerij Peeters", "Bakkerij Aerts"), writer.column(0));
    assertEquals(List.of("Nom de la soci\u00e9t\u00e9", "Localit\u00e9", "Num\u00e9ro de TVA"), writer.header.headings());
    assertEquals("Bakkers in Gent", writer.header.title());
    assertEquals(Orientation.LANDSCAPE, writer.header.orientation());
    assertEquals(Optional.of("with-vat"), saved.baseView());
    assertEquals(new Sort(List.of(SortKey.desc(StandardColumn.COMPANY_NAME))), saved.sort());
    assertEquals(Language.FR, saved.language());
  }

  @Test
  void definitionsAreListedAfterTheBuiltInOneFoundAndDeletedPerTenant() {
    acme.saveReport(ManageReports.SaveReport.of("alfa", "Alfa", ListRequest.builder().build())).orThrow();
    acme.saveReport(ManageReports.SaveReport.of("beta", "Beta", ListRequest.builder().build())).orThrow();

    assertEquals(List.of("klantenlijst", "alfa", "beta"),
        acme.reports().stream().map(ReportDefinition::name).collect(Collectors.toList()));
    assertEquals(List.of("klantenlijst"), other.reports().stream().map(ReportDefinition::name)
        .collect(Collectors.toList()));
    assertTrue(acme.report("alfa").isPresent());
    assertTrue(other.report("alfa").isEmpty());
    assertEquals("Klantenlijst", acme.report("klantenlijst").orElseThrow().title());

    assertTrue(other.deleteReport("alfa") instanceof Outcome.Refused<String> r && r.has(Reason.NOT_FOUND));
    assertEquals("alfa", acme.deleteReport("alfa").orThrow());
    assertTrue(acme.report("alfa").isEmpty());
  }

  @Test
  void aDefinitionIsRefusedForEveryUnknownPartAtOnce() {
    Outcome<ReportDefinition> outcome = acme.saveReport(new ManageReports.SaveReport("fout", "Fout",
        ListRequest.builder().addColumns("colour").addSort("size").build(), Optional.of(Language.FR),
        Optional.of(Orientation.LANDSCAPE), Optional.of("shoe-size")));

    assertFalse(outcome.isDone());
    List<String> fields = outcome.refusals().stream().map(r -> r.field()).collect(Collectors.toList());
    assertEquals(List.of("columns", "sort", "groupBy"), fields);
    String message = ((Outcome.Refused<ReportDefinition>) outcome).message(Messages.of(Language.NL).locale());
    assertTrue(message.contains("colour"), message);
  }

  @Test
  void theBuiltInNameCannotBeTakenNorAnUnknownReportOrViewRun() {
    assertTrue(acme.saveReport(ManageReports.SaveReport.of("Klantenlijst", "Eigen",
        ListRequest.builder().build())) instanceof Outcome.Refused<ReportDefinition> r && r.has(Reason.KEY_TAKEN));
    assertTrue(acme.generate(GenerateReport.Command.named("bestaat-niet"), new Recording())
        instanceof Outcome.Refused<?> r2 && r2.has(Reason.NOT_FOUND));
    assertTrue(acme.saveReport(ManageReports.SaveReport.of("x", "X", ListRequest.ofView("geen-view")))
        instanceof Outcome.Refused<ReportDefinition> r3 && r3.has(Reason.NOT_FOUND_AMONG));
    Recording untouched = new Recording();
    acme.generate(GenerateReport.Command.named("bestaat-niet"), untouched);
    assertTrue(untouched.calls.isEmpty(), "nothing is written before the refusal");
  }

  @Test
  void groupsOpenAndCloseAroundTheirRowsWithTheirCounts() {
    company(acme, "A", "Gent", false);
    company(acme, "B", "Brugge", false);
    company(acme, "C", "Gent", false);
    company(acme, "D", "", false);
    acme.saveReport(new ManageReports.SaveReport("per-stad", "Per stad",
        ListRequest.builder().addColumns("company-name").build(), Optional.empty(), Optional.empty(),
        Optional.of("city"))).orThrow();

    Recording writer = run(GenerateReport.Command.named("per-stad"));

    assertEquals(List.of("begin", "group Brugge", "row", "end of Brugge: 1", "group Gent", "row", "row",
        "end of Gent: 2", "group ", "row", "end of : 1", "end 4"), writer.calls);
    assertEquals(List.of("B", "A", "C", "D"), writer.column(0));
  }

  @Test
  void extraFieldsAreColumnsLikeAnyOtherAndDropOutWhenRemoved() {
    acme.define(new ManageExtraFields.Definition("region", "Regio", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
    acme.register(new RegisterCustomer.Command(CustomerForm.builder().companyName("Veld BV")
        .putFields("region", "Meetjesland").build())).orThrow();
    acme.saveReport(ManageReports.SaveReport.of("regio", "Regio",
        ListRequest.builder().addColumns("company-name", "field:region").build())).orThrow();

    Recording writer = run(GenerateReport.Command.named("regio"));
    assertEquals(List.of("Bedrijfsnaam", "Regio"), writer.header.headings());
    assertEquals(List.of("Meetjesland"), writer.column(1));

    acme.remove(org.customerkit.core.domain.field.FieldKey.of("region"), true).orThrow();
    assertEquals(List.of("Bedrijfsnaam"), run(GenerateReport.Command.named("regio")).header.headings());
  }

  @Test
  void aDefinitionGivenWholeRunsWithoutBeingSavedAndMayIncludeArchivedCustomers() {
    Customer archived = company(acme, "Oud BV", "Gent", false);
    acme.archive(archived.id()).orThrow();
    ReportDefinition definition = ReportDefinition.builder().name("archief").title("Archief")
        .addColumns(StandardColumn.COMPANY_NAME, StandardColumn.STATUS)
        .sort(new Sort(List.of(new SortKey(StandardColumn.NUMBER, Direction.DESC)))).includeArchived(true).build();

    Recording writer = run(GenerateReport.Command.of(definition));

    assertEquals(List.of("Oud BV"), writer.column(0));
    assertEquals(List.of("archived"), writer.column(1));
    assertTrue(acme.report("archief").isEmpty());
  }

  @Test
  void aDefinitionHoldsEachColumnOnceAndNeedsAName() {
    assertThrows(IllegalStateException.class, () -> ReportDefinition.builder().name("dubbel").title("Dubbel")
        .addColumns(StandardColumn.CITY, StandardColumn.CITY).sort(Sort.by(StandardColumn.NUMBER)).build());
    assertThrows(IllegalStateException.class, () -> ReportDefinition.builder().name(" ").title("Leeg")
        .addColumns(StandardColumn.CITY).sort(Sort.by(StandardColumn.NUMBER)).build());
    assertEquals(8, BuiltInReport.CUSTOMER_LIST.definition(Language.NL).columns().size());
  }

  @Test
  void aWriterIsAbandonedWhenTheReportFailsHalfway() {
    company(acme, "Eerste BV", "Gent", false);
    company(acme, "Tweede BV", "Gent", false);
    Recording failing = new Recording() {
      @Override
      public void row(List<Cell> cells) {
        super.row(cells);
        if (rows.size() == 2) {
          throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        }
      }

      @Override
      public void abandon() {
        calls.add("abandon");
      }
    };

    assertThrows(java.io.UncheckedIOException.class,
        () -> acme.generate(GenerateReport.Command.named("klantenlijst"), failing));
    assertEquals(List.of("begin", "row", "row", "abandon"), failing.calls);
  }

  @Test
  void withoutADefinitionStoreOnlyTheBuiltInReportsExist() {
    InMemoryStores bare = new InMemoryStores();
    Customers customers = CustomerModule.builder().customerStore(bare.customers()).customerNumbers(bare.numbers())
        .extraFieldStore(bare.fields()).viewStore(bare.views()).transactions(bare).build()
        .forTenant(TenantId.of("acme"));

    assertEquals(1, customers.reports().size());
    assertTrue(customers.generate(GenerateReport.Command.named("klantenlijst"), new Recording()).isDone());
  }
}
