package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

/**
 * Any text prints: characters the font draws with no width (combining marks, zero-width spaces), format
 * characters it has no glyph for (bidi controls), characters of every plane, lone surrogates.
 */
class PdfUnicodeProperties {

  private static byte[] pdf(String title, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = ReportFormats.pdf(out);
    writer.begin(new ReportHeader(title, "acme", Instant.EPOCH, ZoneId.of("Europe/Brussels"), Language.NL,
        List.of("Voornaam", "Naam"), List.of(ColumnType.TEXT, ColumnType.TEXT), Orientation.PORTRAIT,
        Optional.empty()));
    for (List<String> row : rows) {
      writer.row(row.stream().map(t -> (Cell) new Cell.Text(t)).toList());
    }
    writer.end(rows.size());
    return out.toByteArray();
  }

  @Example
  void zeroWidthAndFormatCharactersPrint() {
    byte[] bytes = pdf("Klanten", List.of(List.of("E\u0301mile", "Pee\u200Bters"), List.of("\u202Eabc", "Janssens"),
        List.of("E\u0301mile", "Pee\u200Bters")));

    String page = Readers.pdfPages(bytes).get(0);
    assertTrue(page.contains("mile"), page);
    assertTrue(page.contains("Janssens"), page);
    assertTrue(page.contains("abc") || page.contains("cba"), page);
    assertFalse(page.contains("?"), "no character replaced: " + page);
  }

  @Example
  void aNameTypedWithACombiningAccentPrintsThroughTheUseCase() {
    Tenant tenant = new Tenant();
    tenant.register(CustomerForm.builder().firstName("E\u0301mile").lastName("Pee\u200Bters").build());
    tenant.register(CustomerForm.builder().firstName("\u202EJan").lastName("Janssens").build());
    GenerateReport.Command command = GenerateReport.Command.of(ReportDefinition.builder().name("namen")
        .title("Namen").addColumns(StandardColumn.FULL_NAME).sort(Sort.by(StandardColumn.NUMBER)).build());

    List<String> lines = Readers.pdfLines(tenant.pdf(command));
    assertTrue(lines.stream().anyMatch(l -> l.contains("\u00C9mile")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.contains("Janssens") || l.contains("snessnaJ")),
        "as typed, or as a reader reverses it after U+202E: " + String.join("\n", lines));
  }

  @Property(tries = 100)
  void anyTextPrints(@ForAll("texts") String title, @ForAll("rows") List<List<String>> rows) {
    byte[] bytes = pdf(title, rows);

    assertEquals(1, Readers.pdfPages(bytes).size(), "one page of at most 6 rows");
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    return texts().list().ofSize(2).list().ofMaxSize(6);
  }

  /** Random code points of every plane, with combining marks, zero-width and bidi characters often. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyPlane = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .map(cp -> new String(Character.toChars(cp)));
    Arbitrary<String> special = Arbitraries.of("\u0301", "\u0308", "\u0327", "\u20DD", "\u200B", "\u200C",
        "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
        "\u2068", "\u2069", "\uFEFF", "\u00AD", "\uD800", "\uDC00", "\uFE0F", "\n", "\t", "\u0000");
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, anyPlane), net.jqwik.api.Tuple.of(3, special),
        net.jqwik.api.Tuple.of(2, latin)).list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
