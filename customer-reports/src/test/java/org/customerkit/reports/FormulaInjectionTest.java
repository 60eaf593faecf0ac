package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnType;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP's CSV injection: text a spreadsheet would run comes back as readable, inert text in every format. */
class FormulaInjectionTest {

  private static final ReportHeader HEADER = new ReportHeader("Injectie", "acme", Instant.EPOCH,
      ZoneId.of("Europe/Brussels"), Language.NL, List.of("Tekst", "Getal"),
      List.of(ColumnType.TEXT, ColumnType.NUMBER), Orientation.PORTRAIT, Optional.empty());

  private static byte[] write(Function<ByteArrayOutputStream, ReportWriter> format, List<Cell> row) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = format.apply(out);
    writer.begin(HEADER);
    writer.row(row);
    writer.end(1);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\";\"klik\")", "+32 SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1"})
  void formulaLikeTextGetsASingleQuoteInCsvXlsxAndPdf(String attack) {
    List<Cell> row = List.of(new Cell.Text(attack), new Cell.Number(new BigDecimal("-42")));

    List<String> csv = Readers.csv(write(ReportFormats::csv, row), ';').get(1);
    assertEquals(List.of("'" + attack, "-42"), csv);

    List<Readers.XlsxCell> xlsx = Readers.xlsx(write(ReportFormats::xlsx, row), 2).get(1);
    assertEquals(new Readers.XlsxCell(CellType.STRING, "'" + attack), xlsx.get(0));
    assertEquals(new Readers.XlsxCell(CellType.NUMBER, "-42"), xlsx.get(1), "a typed number stays a number");

    String pdf = Readers.pdfPages(write(ReportFormats::pdf, row)).get(0);
    String printed = ("'" + attack).replaceAll("[\\t\\r]", " ").replaceAll(" +", " ");
    assertTrue(pdf.contains(printed), printed + " in\n" + pdf);
    assertTrue(pdf.contains("-42"), pdf);
  }

  @Test
  void harmlessTextIsLeftAlone() {
    List<Cell> row = List.of(new Cell.Text("Jan = Piet + Joris"), new Cell.Number(BigDecimal.ONE));

    assertEquals("Jan = Piet + Joris", Readers.csv(write(ReportFormats::csv, row), ';').get(1).get(0));
    assertEquals("Jan = Piet + Joris", Readers.xlsx(write(ReportFormats::xlsx, row), 2).get(1).get(0).text());
  }

  @Test
  void customerDataStoredWithAFormulaComesBackNeutralisedThroughTheUseCase() {
    Tenant tenant = new Tenant();
    tenant.register(CustomerForm.builder().companyName("=cmd|' /C calc'!A0").city("@Gent").build());
    GenerateReport.Command command = GenerateReport.Command.of(ReportDefinition.builder().name("namen")
        .title("Namen").addColumns(StandardColumn.COMPANY_NAME, StandardColumn.CITY)
        .sort(Sort.by(StandardColumn.NUMBER)).build());

    assertEquals(List.of("'=cmd|' /C calc'!A0", "'@Gent"), Readers.csv(tenant.csv(command), ';').get(1));
    assertEquals(List.of("'=cmd|' /C calc'!A0", "'@Gent"), Readers.xlsxTexts(tenant.xlsx(command), 2).get(1));
    String pdf = Readers.pdfPages(tenant.pdf(command)).get(0);
    assertTrue(pdf.contains("'=cmd|' /C calc'!A0 '@Gent"), pdf);
    for (String line : pdf.split("\n")) {
      assertFalse(line.startsWith("=") || line.startsWith("@"), line);
    }
  }
}
