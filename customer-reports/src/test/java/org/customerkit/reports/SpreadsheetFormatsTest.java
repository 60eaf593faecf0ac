package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;

/** CSV and XLSX details: quoting, empty reports, typed cells, frozen headings, autofilter, widths. */
class SpreadsheetFormatsTest {

  private final Tenant tenant = new Tenant();

  private static final GenerateReport.Command KLANTENLIJST = GenerateReport.Command.named("klantenlijst");

  @Test
  void csvQuotesSeparatorsQuotesAndLineBreaksAsRfc4180Says() {
    tenant.register(CustomerForm.builder().companyName("Janssens; \"De Bakker\"").street("Kerkstraat")
        .houseNumber("1").line2("achteringang").postalCode("9000").city("Gent").country("BE").build());

    byte[] csv = tenant.csv(KLANTENLIJST);

    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.contains(";\"Janssens; \"\"De Bakker\"\"\";"), text);
    assertEquals("Janssens; \"De Bakker\"", Readers.csv(csv, ';').get(1).get(1));
  }

  @Test
  void anEmptyReportIsAValidFileWithItsHeadingsInEveryFormat() {
    List<List<String>> csv = Readers.csv(tenant.csv(KLANTENLIJST), ';');
    assertEquals(1, csv.size());
    assertEquals("Klantnummer", csv.get(0).get(0));

    List<List<String>> xlsx = Readers.xlsxTexts(tenant.xlsx(KLANTENLIJST), 8);
    assertEquals(1, xlsx.size());
    assertEquals(csv.get(0), xlsx.get(0));

    String pdf = Readers.pdfPages(tenant.pdf(KLANTENLIJST)).get(0);
    assertTrue(pdf.contains(String.join(" ", csv.get(0))), pdf);
  }

  @Test
  void xlsxKeepsNumbersDatesAndTimestampsTyped() {
    tenant.defineField("revenue", "Omzet", ExtraFieldType.NUMBER);
    tenant.defineField("since", "Klant sinds", ExtraFieldType.DATE);
    tenant.register(CustomerForm.builder().companyName("Cijfers NV").putFields("revenue", "-1250.50")
        .putFields("since", "2019-04-01").build());
    ReportDefinition definition = ReportDefinition.builder().name("cijfers").title("Cijfers")
        .addColumns(StandardColumn.COMPANY_NAME, column("revenue", ExtraFieldType.NUMBER, "Omzet"),
            column("since", ExtraFieldType.DATE, "Klant sinds"), StandardColumn.CREATED)
        .sort(Sort.by(StandardColumn.NUMBER)).build();

    List<List<Readers.XlsxCell>> rows = Readers.xlsx(tenant.xlsx(GenerateReport.Command.of(definition)), 4);

    assertEquals(List.of("Bedrijfsnaam", "Omzet", "Klant sinds", "Aangemaakt"),
        rows.get(0).stream().map(Readers.XlsxCell::text).toList());
    List<Readers.XlsxCell> row = rows.get(1);
    assertEquals(new Readers.XlsxCell(CellType.STRING, "Cijfers NV"), row.get(0));
    assertEquals(CellType.NUMBER, row.get(1).type(), "a negative number stays a number");
    assertEquals(0, new BigDecimal("-1250.50").compareTo(new BigDecimal(row.get(1).text())));
    assertEquals(new Readers.XlsxCell(CellType.NUMBER, "2019-04-01"), row.get(2));
    assertEquals(new Readers.XlsxCell(CellType.NUMBER, "2026-03-14 10:26"), row.get(3), "Brussels time");

    List<String> csv = Readers.csv(tenant.csv(GenerateReport.Command.of(definition)), ';').get(1);
    assertEquals(List.of("Cijfers NV", "-1250.5", "2019-04-01", "2026-03-14 10:26"), csv,
        "a typed negative number is not neutralised in CSV either");
  }

  private static ExtraFieldColumn column(String key, ExtraFieldType type, String label) {
    return new ExtraFieldColumn(FieldKey.of(key), type, label);
  }

  @Test
  void xlsxFreezesTheHeadingRowSetsAnAutofilterOverAllRowsAndFitsTheColumns() throws IOException {
    for (int i = 0; i < 3; i++) {
      tenant.aBelgianCompany("Een heel lange bedrijfsnaam voor klant " + i, "Kerkstraat", "9000", "Gent");
    }

    String sheet = entry(tenant.xlsx(KLANTENLIJST), "xl/worksheets/sheet1.xml");

    assertTrue(sheet.contains("<pane") && sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""),
        sheet);
    assertTrue(sheet.contains("<autoFilter ref=\"A1:H4\""), sheet);
    assertTrue(sheet.contains("<cols>"), sheet);
    String workbook = entry(tenant.xlsx(KLANTENLIJST), "xl/workbook.xml");
    assertTrue(workbook.contains("Klantenlijst"), workbook);
  }

  @Test
  void xlsxStreamsPastTheWidthSampleWithoutLosingRows() {
    int count = XlsxReportWriter.SAMPLE_ROWS * 2 + 7;
    for (int i = 0; i < count; i++) {
      tenant.aPersonWithoutVatNumber("Voornaam" + i, "Achternaam" + i, "Gent");
    }

    List<List<String>> rows = Readers.xlsxTexts(tenant.xlsx(KLANTENLIJST), 8);

    assertEquals(count + 1, rows.size());
    for (int i = 0; i < count; i++) {
      assertEquals(Integer.toString(10000 + i), rows.get(i + 1).get(0));
      assertEquals("Voornaam" + i + " Achternaam" + i, rows.get(i + 1).get(1));
    }
  }

  @Test
  void theWritersNeverCloseTheHostsStream() {
    tenant.aBelgianCompany("Open Stroom BV", "Kerkstraat", "9000", "Gent");
    class Watched extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    for (var format : List.<java.util.function.Function<java.io.OutputStream, org.customerkit.core.application.port.out.ReportWriter>>of(
        ReportFormats::csv, ReportFormats::xlsx, ReportFormats::pdf)) {
      Watched out = new Watched();
      tenant.customers.generate(KLANTENLIJST, format.apply(out)).orThrow();
      assertTrue(out.size() > 0);
      assertTrue(!out.closed, "closed by " + format);
    }
  }

  /** An entry of the workbook's zip, read through its central directory as Excel does. */
  private static String entry(byte[] zip, String name) throws IOException {
    Path file = Files.createTempFile(Path.of("target"), "report", ".xlsx");
    try {
      Files.write(file, zip);
      try (ZipFile workbook = new ZipFile(file.toFile())) {
        ZipEntry entry = workbook.getEntry(name);
        assertTrue(entry != null, "no " + name);
        try (var in = workbook.getInputStream(entry)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } finally {
      Files.delete(file);
    }
  }
}
