package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnType;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;

/**
 * For random customers and random definitions, the CSV, the workbook and the PDF hold the same headings and
 * the same cell texts in the same order as the rows the use case streamed.
 */
class ReportFormatsProperties {

  private static final List<Column> COLUMNS = List.of(StandardColumn.NUMBER, StandardColumn.COMPANY_NAME,
      StandardColumn.FULL_NAME, StandardColumn.ADDRESS, StandardColumn.POSTAL_CODE, StandardColumn.CITY,
      StandardColumn.COUNTRY, StandardColumn.LANGUAGE, StandardColumn.CREATED,
      new ExtraFieldColumn(FieldKey.of("amount"), ExtraFieldType.NUMBER, "Bedrag"),
      new ExtraFieldColumn(FieldKey.of("since"), ExtraFieldType.DATE, "Sinds"),
      new ExtraFieldColumn(FieldKey.of("vip"), ExtraFieldType.YES_NO, "VIP"),
      new ExtraFieldColumn(FieldKey.of("note"), ExtraFieldType.TEXT, "=Opmerking"));

  /** Up to 12 customers. */
  @Provide
  Arbitrary<List<CustomerForm>> customers() {
    return customer().list().ofMaxSize(12);
  }

  /** One customer as a form: a company or a person, with text that may look like a formula. */
  Arbitrary<CustomerForm> customer() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ\u00e9\u00eb\u00e7\u00df\u0142\u20ac&'0123456789")
        .ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> text = Combinators.combine(Arbitraries.of("", "", "", "=", "+", "-", "@"),
        word.list().ofMinSize(1).ofMaxSize(3)).as((prefix, words) -> prefix + String.join(" ", words));
    Arbitrary<Optional<String>> amount = Arbitraries.bigDecimals().between(new BigDecimal("-99999"),
        new BigDecimal("99999")).ofScale(2).map(BigDecimal::toPlainString).optional();
    Arbitrary<Optional<String>> since = Arbitraries.integers().between(0, 12000)
        .map(d -> LocalDate.of(1995, 1, 1).plusDays(d).toString()).optional();
    Arbitrary<Optional<String>> vip = Arbitraries.of("yes", "no").optional();
    Arbitrary<Optional<String>> city = text.optional();
    Arbitrary<Optional<String>> note = text.optional();
    return Combinators.combine(Arbitraries.of(true, false), text, text, city, amount, since, vip, note)
        .as((company, name, street, place, money, date, yesNo, remark) -> {
          CustomerForm.Builder form = CustomerForm.builder();
          if (company) {
            form.companyName(name);
          } else {
            form.firstName(street.length() > 10 ? street.substring(0, 10).strip() : street).lastName(name);
          }
          form.street(street).houseNumber("7").postalCode("9000");
          place.ifPresent(form::city);
          money.ifPresent(m -> form.putFields("amount", m));
          date.ifPresent(d -> form.putFields("since", d));
          yesNo.ifPresent(v -> form.putFields("vip", v));
          remark.ifPresent(r -> form.putFields("note", r));
          return form.build();
        });
  }

  /** A definition of 1 to 4 random columns, a random sort and language. */
  @Provide
  Arbitrary<ReportDefinition> definitions() {
    Arbitrary<List<Column>> columns = Arbitraries.of(COLUMNS).list().ofMinSize(1).ofMaxSize(4).uniqueElements();
    Arbitrary<SortKey> sort = Combinators.combine(Arbitraries.of(COLUMNS), Arbitraries.of(Direction.class))
        .as(SortKey::new);
    return Combinators.combine(columns, sort, Arbitraries.of(Language.class), Arbitraries.of(Orientation.class))
        .as((shown, key, language, orientation) -> ReportDefinition.builder().name("willekeurig")
            .title("Willekeurig =rapport").columns(shown).sort(new Sort(List.of(key))).language(language)
            .orientation(orientation).build());
  }

  /** The use case's rows as text, formula-like text neutralised: what every format must show. */
  static final class Expected implements ReportWriter {
    List<String> headings;
    List<ColumnType> types;
    final List<List<String>> rows = new ArrayList<>();
    private CellTexts texts;

    @Override
    public void begin(ReportHeader header) {
      headings = CellTexts.headings(header.headings());
      types = header.types();
      texts = new CellTexts(header.messages());
    }

    @Override
    public void row(List<Cell> cells) {
      rows.add(texts.texts(cells));
    }

    @Override
    public void end(long rows) {}
  }

  @Property(tries = 40)
  void csvXlsxAndPdfHoldTheSameCellTexts(@ForAll("customers") List<CustomerForm> customers,
      @ForAll("definitions") ReportDefinition definition) {
    Tenant tenant = new Tenant();
    tenant.defineField("amount", "Bedrag", ExtraFieldType.NUMBER);
    tenant.defineField("since", "Sinds", ExtraFieldType.DATE);
    tenant.defineField("vip", "VIP", ExtraFieldType.YES_NO);
    tenant.defineField("note", "=Opmerking", ExtraFieldType.TEXT);
    customers.forEach(tenant::register);
    GenerateReport.Command command = GenerateReport.Command.of(definition);
    Expected expected = new Expected();
    tenant.customers.generate(command, expected).orThrow();
    int width = expected.headings.size();

    List<List<String>> csv = Readers.csv(tenant.csv(command), ';');
    assertEquals(expected.headings, csv.get(0));
    assertEquals(expected.rows, csv.subList(1, csv.size()));
    for (List<String> row : csv) {
      for (int c = 0; c < width; c++) {
        boolean text = row == csv.get(0) || expected.types.get(c) != ColumnType.NUMBER;
        assertTrue(!text || !FormulaGuard.isFormulaLike(row.get(c)), "not neutralised: " + row.get(c));
      }
    }

    List<List<Readers.XlsxCell>> xlsx = new ArrayList<>(Readers.xlsx(tenant.xlsx(command), width));
    while (xlsx.size() < expected.rows.size() + 1
        && expected.rows.get(xlsx.size() - 1).stream().allMatch(String::isEmpty)) {
      xlsx.add(Readers.blankRow(width)); // trailing rows without a value are not in the sheet, as in Excel
    }
    assertEquals(expected.headings, xlsx.get(0).stream().map(Readers.XlsxCell::text).toList());
    assertEquals(expected.rows.size(), xlsx.size() - 1);
    for (int r = 0; r < expected.rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        String want = expected.rows.get(r).get(c);
        String got = xlsx.get(r + 1).get(c).text();
        if (expected.types.get(c) == ColumnType.NUMBER && !want.isEmpty()) {
          assertEquals(0, new BigDecimal(want).compareTo(new BigDecimal(got)), want + " vs " + got);
        } else {
          assertEquals(want, got, "row " + r + " column " + c);
        }
      }
    }

    ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
    tenant.customers.generate(command,
        ReportFormats.pdf(pdfOut, PdfOptions.defaults().withOrientation(Orientation.LANDSCAPE))).orThrow();
    List<String> lines = Readers.pdfLines(pdfOut.toByteArray());
    String headingLine = String.join(" ", expected.headings);
    assertTrue(lines.contains(headingLine), headingLine + " in " + lines);
    int at = lines.indexOf(headingLine);
    for (List<String> row : expected.rows) {
      String line = Readers.pdfLine(row);
      if (line.isEmpty()) {
        continue;
      }
      int next = indexAfter(lines, line, at);
      assertTrue(next > at, "row " + line + " after line " + at + " of " + lines);
      at = next;
    }
  }

  private static int indexAfter(List<String> lines, String line, int after) {
    for (int i = after + 1; i < lines.size(); i++) {
      if (lines.get(i).equals(line)) {
        return i;
      }
    }
    return -1;
  }

}
