package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

/** The README's report example, as written there, so that it keeps compiling and running. */
class ReadmeExampleTest {

  @Test
  void theReadmeReportExampleRuns() throws Exception {
    Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));
    customers.define(new ManageExtraFields.Definition("region", "Regio", ExtraFieldType.TEXT, false, List.of()))
        .orThrow();
    customers.register(new RegisterCustomer.Command(CustomerForm.builder().companyName("Bakkerij Peeters")
        .legalForm("BV").street("Korenmarkt").houseNumber("16").postalCode("9000").city("Gent")
        .vatNumber("BE 0403.019.261").putFields("region", "Oost-Vlaanderen").build())).orThrow();
    Path dir = Files.createDirectories(Path.of("target", "readme"));
    Path pdf = dir.resolve("klantenlijst.pdf");
    Path xlsx = dir.resolve("per-plaats.xlsx");

    // --- as in the README ---
    try (OutputStream out = Files.newOutputStream(pdf)) {
      customers.generate(GenerateReport.Command.named("klantenlijst").in(Language.FR)
          .tenantName("Bakkerij Peeters BV"), ReportFormats.pdf(out));
    }

    customers.saveReport(new ManageReports.SaveReport("per-plaats", "Klanten per plaats",
        ListRequest.builder().view("with-vat").addWhere("country=BE")
            .addColumns("number", "company-name", "city", "field:region").addSort("company-name").build(),
        Optional.of("nl"), Optional.of("landscape"), Optional.of("city")));
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      customers.generate(GenerateReport.Command.named("per-plaats"), ReportFormats.xlsx(out));
    }
    // ---

    assertTrue(Readers.pdfPages(Files.readAllBytes(pdf)).get(0).startsWith("Liste des clients"));
    assertEquals(List.of(List.of("Klantnummer", "Bedrijfsnaam", "Plaats", "Regio"),
        List.of("10000", "Bakkerij Peeters", "Gent", "Oost-Vlaanderen")), Readers.xlsxTexts(Files.readAllBytes(xlsx), 4));
  }
}
