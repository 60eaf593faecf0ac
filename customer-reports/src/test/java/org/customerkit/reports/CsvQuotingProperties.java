package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnType;

/**
 * A spreadsheet opens a CSV with its own list separator, which need not be the file's: Excel with a Belgian
 * locale splits on {@code ;}, with an English one on {@code ,}. Whichever separator the file was written with
 * and whichever it is read with, no text cell starts with a character that makes a formula.
 */
class CsvQuotingProperties {

  private static final ReportHeader HEADER = new ReportHeader("Scheiding", "acme", Instant.EPOCH,
      ZoneId.of("Europe/Brussels"), Language.NL, List.of("Een", "Twee", "Drie"),
      List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT), Orientation.PORTRAIT, Optional.empty());
  private static final List<CsvOptions> OPTIONS = List.of(CsvOptions.excelBelgium(), CsvOptions.rfc4180());

  private static byte[] csv(CsvOptions options, List<String> texts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = ReportFormats.csv(out, options);
    writer.begin(HEADER);
    writer.row(texts.stream().map(t -> (Cell) new Cell.Text(t)).toList());
    writer.end(1);
    return out.toByteArray();
  }

  /**
   * The records as a spreadsheet splits a file on its own separator: a quote opens or closes quoting wherever it
   * stands, two quotes inside quoting are one, a separator or a line break outside quoting ends a cell.
   */
  private static List<List<String>> asASpreadsheetOpensIt(byte[] bytes, char separator) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (!quoted && c == separator) {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (!quoted && (c == '\r' || c == '\n')) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return records;
  }

  private static void noCellStartsAFormula(List<String> texts) {
    for (CsvOptions options : OPTIONS) {
      byte[] bytes = csv(options, texts);
      assertEquals(List.of(texts.stream().map(FormulaGuard::neutralise).toList()),
          Readers.csv(bytes, options.separator()).subList(1, 2), "read with its own separator");
      for (char separator : new char[] {';', ',', '\t'}) {
        for (List<String> record : asASpreadsheetOpensIt(bytes, separator)) {
          for (String cell : record) {
            assertFalse(FormulaGuard.isFormulaLike(cell), () -> "cell " + cell + " of a file written with '"
                + options.separator() + "' read with '" + separator + "': "
                + new String(bytes, StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  @Example
  void theOtherSeparatorFollowedByAFormulaIsQuoted() {
    noCellStartsAFormula(List.of("x;=1+1", "y,=HYPERLINK(\"http://evil.example\")", "z\t@SUM(1)"));
  }

  @Property(tries = 200)
  void noSeparatorOpensAFormulaCell(@ForAll("rows") List<String> texts) {
    noCellStartsAFormula(texts);
  }

  @Provide
  Arbitrary<List<String>> rows() {
    return Arbitraries.strings().withChars(";,\t\"'=+-@ \r\nab1").ofMaxLength(12).list().ofSize(3);
  }
}
