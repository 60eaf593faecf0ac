package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The built-in "Klantenlijst" in every format, read back and compared with the customers asked for. */
class KlantenlijstTest {

  private Tenant tenant;
  private List<Customer> registered;

  @BeforeEach
  void someCustomersWithAccentsAndEuros() {
    tenant = new Tenant();
    registered = new ArrayList<>();
    registered.add(tenant.aBelgianCompany("Brasserie Één & Zoon", "Kerkstraat", "9000", "Gent"));
    registered.add(tenant.aPersonWithoutVatNumber("François", "Façade", "Bruxelles"));
    registered.add(tenant.aBelgianCompany("Bäckerei Groß € Co", "Hauptstraße", "4700", "Eupen"));
    registered.add(tenant.aPersonWithoutVatNumber("Łukasz", "Wałęsa", "Liège"));
    registered.add(tenant.aBelgianCompany("Noël Citroën", "Zuidlaan", "8000", "Brugge"));
  }

  private List<List<String>> expectedRows(Language language) {
    Messages messages = Messages.of(language);
    List<Column> columns = BuiltInReport.CUSTOMER_LIST.definition(language).columns();
    return registered.stream().map(c -> columns.stream().map(col -> ColumnKeys.cell(c, col))
        .map(cell -> cell.text(messages)).collect(Collectors.toList())).collect(Collectors.toList());
  }

  private List<String> expectedHeadings(Language language) {
    Messages messages = Messages.of(language);
    return BuiltInReport.CUSTOMER_LIST.definition(language).columns().stream().map(c -> c.heading(messages))
        .collect(Collectors.toList());
  }

  private static GenerateReport.Command klantenlijst(Language language) {
    return GenerateReport.Command.named("klantenlijst").in(language).tenantName("Boekhouding Peeters BV");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void csvHoldsTheHeadingsInTheChosenLanguageThenEveryCustomerByNumber(Language language) {
    byte[] csv = tenant.csv(klantenlijst(language));

    List<List<String>> rows = Readers.csv(csv, ';');
    assertEquals(expectedHeadings(language), rows.get(0));
    assertEquals(expectedRows(language), rows.subList(1, rows.size()));
  }

  @Test
  void csvStartsWithAByteOrderMarkAndUsesSemicolonsAndCrlfByDefault() {
    byte[] csv = tenant.csv(klantenlijst(Language.NL));

    assertEquals((byte) 0xEF, csv[0]);
    assertEquals((byte) 0xBB, csv[1]);
    assertEquals((byte) 0xBF, csv[2]);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFKlantnummer;Volledige naam;Adres;Postcode;Plaats;Land;"), text);
    assertTrue(text.contains("\r\n"));
  }

  @Test
  void csvWithCommasAndWithoutByteOrderMarkWhenAskedFor() {
    byte[] csv = tenant.report(klantenlijst(Language.EN), out -> ReportFormats.csv(out, CsvOptions.rfc4180()));

    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Number,Full name,Address,Postal code,City,Country,"), text);
    assertEquals(expectedRows(Language.EN), Readers.csv(csv, ',').subList(1, registered.size() + 1));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void xlsxHoldsTheHeadingsThenEveryCustomerByNumber(Language language) {
    byte[] xlsx = tenant.xlsx(klantenlijst(language));

    List<List<String>> rows = Readers.xlsxTexts(xlsx, 8);
    assertEquals(expectedHeadings(language), rows.get(0));
    assertEquals(expectedRows(language), rows.subList(1, rows.size()));
  }

  @Test
  void xlsxHoldsCustomerNumbersAsNumbersAndTimesAsDates() {
    ReportDefinition numbersAndTimes = ReportDefinition.builder().name("times").title("Times")
        .columns(List.of(StandardColumn.NUMBER, StandardColumn.CREATED)).sort(Sort.by(StandardColumn.NUMBER))
        .language(Language.EN).build();

    List<List<Readers.XlsxCell>> rows = Readers.xlsx(tenant.xlsx(GenerateReport.Command.of(numbersAndTimes)), 2);

    for (int i = 0; i < registered.size(); i++) {
      Customer customer = registered.get(i);
      assertEquals(new Readers.XlsxCell(CellType.NUMBER, customer.number().value()), rows.get(i + 1).get(0));
      assertEquals(new Readers.XlsxCell(CellType.NUMBER, new Cell.Timestamp(customer.created())
          .text(Messages.of(Language.EN))), rows.get(i + 1).get(1));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void pdfHoldsTitleTenantHeadingsRowsAndPageNumberInTheChosenLanguage(Language language) {
    byte[] pdf = tenant.pdf(klantenlijst(language));

    List<String> pages = Readers.pdfPages(pdf);
    assertEquals(1, pages.size());
    String page = pages.get(0);
    Messages messages = Messages.of(language);
    assertTrue(page.contains(messages.text("report.klantenlijst")), page);
    assertTrue(page.contains("Boekhouding Peeters BV"), page);
    assertTrue(page.contains(String.join(" ", expectedHeadings(language))), page);
    assertTrue(page.contains(messages.text("report.page", "1", "1")), page);
    List<String> lines = Readers.pdfLines(pdf);
    int at = -1;
    for (List<String> row : expectedRows(language)) {
      int next = lines.indexOf(Readers.pdfLine(row));
      assertTrue(next > at, "row missing or out of order: " + Readers.pdfLine(row) + "\n" + page);
      at = next;
    }
  }

  @Test
  void pdfTitleIsLocalised() {
    assertTrue(Readers.pdfPages(tenant.pdf(klantenlijst(Language.NL))).get(0).startsWith("Klantenlijst"));
    assertTrue(Readers.pdfPages(tenant.pdf(klantenlijst(Language.FR))).get(0).startsWith("Liste des clients"));
    assertTrue(Readers.pdfPages(tenant.pdf(klantenlijst(Language.EN))).get(0).startsWith("Customer list"));
    assertTrue(Readers.pdfPages(tenant.pdf(klantenlijst(Language.DE))).get(0).startsWith("Kundenliste"));
  }

  @Test
  void pdfPrintsAccentsCedillasEszettPolishLAndTheEuroSign() {
    String page = Readers.pdfPages(tenant.pdf(klantenlijst(Language.NL))).get(0);

    for (String word : List.of("Één", "François", "Façade", "Groß", "€", "Łukasz", "Wałęsa", "Liège", "Noël",
        "Citroën")) {
      assertTrue(page.contains(word), word + " in\n" + page);
    }
  }

  @Test
  void theCellsAreTheCoresCellsOfTheColumns() {
    Cell first = ColumnKeys.cell(registered.get(0), BuiltInReport.CUSTOMER_LIST.definition(Language.NL)
        .columns().get(0));
    assertEquals(registered.get(0).number().value(), first.text(Messages.of(Language.NL)));
  }
}
