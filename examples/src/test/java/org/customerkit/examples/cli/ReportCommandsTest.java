package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} in each format, read back with independent readers; {@code reports save|list|delete}. */
class ReportCommandsTest {

  private static final List<String> KLANTENLIJST_EN = List.of("Number", "Full name", "Address", "Postal code",
      "City", "Country", "Phone", "VAT number");

  @TempDir
  static Path dir;

  private static Cli cli;

  @BeforeAll
  static void threeCustomers() {
    cli = Cli.onFreshDatabase(dir.resolve("db"));
    ok(cli.run("add", "--company", "Bakkerij Peeters", "--vat", "BE0403019261", "--city", "Gent",
        "--postal-code", "9000", "--street", "Veldstraat", "--house-number", "1"));
    ok(cli.run("add", "--first-name", "Émile", "--last-name", "Dubois", "--city", "Liège", "--postal-code", "4000"));
    ok(cli.run("add", "--company", "Slagerij Maes", "--city", "Brugge", "--postal-code", "8000"));
  }

  private static Cli.Result ok(Cli.Result result) {
    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    return result;
  }

  @Test
  void theKlantenlijstAsCsvHasTheHeadingsAndEveryCustomerByNumber() throws IOException {
    Path file = dir.resolve("klantenlijst.csv");
    Cli.Result result = ok(cli.run("report", "--format", "csv", "-o", file.toString()));

    assertEquals(List.of("wrote 3 rows to " + file), result.lines());
    List<List<String>> rows = csv(file);
    assertEquals(KLANTENLIJST_EN, rows.get(0));
    assertEquals(4, rows.size(), rows::toString);
    assertEquals(List.of("10000", "Bakkerij Peeters", "Veldstraat 1", "9000", "Gent"), rows.get(1).subList(0, 5));
    assertEquals("Émile Dubois", rows.get(2).get(1));
    assertNoPartialFiles();
  }

  @Test
  void theKlantenlijstAsXlsxOpensWithTheHeadingsAndAKnownCustomer() throws IOException {
    Path file = dir.resolve("klantenlijst.xlsx");
    ok(cli.run("report", "--format", "xlsx", "-o", file.toString(), "--lang", "nl"));

    List<List<String>> rows = xlsx(file, KLANTENLIJST_EN.size());
    assertEquals(List.of("Klantnummer", "Volledige naam"), rows.get(0).subList(0, 2));
    assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Slagerij Maes") && r.get(4).equals("Brugge")),
        rows::toString);
    assertEquals(4, rows.size(), rows::toString);
  }

  @Test
  void theKlantenlijstAsPdfCarriesTitleHeadingsAndCustomers() throws IOException {
    Path file = dir.resolve("klantenlijst.pdf");
    ok(cli.run("report", "--format", "pdf", "-o", file.toString(), "--title", "Onze klanten"));

    String text = pdfText(file);
    assertTrue(text.contains("Onze klanten"), text);
    assertTrue(text.contains("Full name"), text);
    assertTrue(text.contains("VAT number"), text);
    assertTrue(text.contains("Émile Dubois"), text);
    assertTrue(text.contains("page 1 of 1"), text);
  }

  @Test
  void archivedCustomersJoinTheReportInItsOwnColumns(@TempDir Path own) throws IOException {
    Cli alone = Cli.onFreshDatabase(own.resolve("db"));
    ok(alone.run("add", "--company", "Bakkerij Peeters", "--city", "Gent"));
    ok(alone.run("add", "--company", "Slagerij Maes", "--city", "Brugge"));
    ok(alone.run("archive", "10001"));
    Path klantenlijst = own.resolve("archived.csv");
    Path view = own.resolve("archived-view.csv");

    ok(alone.run("report", "--archived", "--format", "csv", "-o", klantenlijst.toString()));
    ok(alone.run("report", "--archived", "--view", "without-vat", "--columns", "number,city", "--format", "csv",
        "-o", view.toString()));

    List<List<String>> rows = csv(klantenlijst);
    assertEquals(KLANTENLIJST_EN, rows.get(0));
    assertEquals(List.of("10000", "10001"), rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());
    assertEquals(List.of(List.of("Number", "City"), List.of("10000", "Gent"), List.of("10001", "Brugge")),
        csv(view));
  }

  @Test
  void theTitleBlockNamesTheTenantAsTheUserNamesIt() throws IOException {
    Path named = dir.resolve("named.pdf");
    Path unnamed = dir.resolve("unnamed.pdf");

    ok(cli.run("report", "--format", "pdf", "-o", named.toString(), "--tenant-name", "Boekhouding Peeters BV"));
    ok(cli.run("report", "--format", "pdf", "-o", unnamed.toString()));

    String text = pdfText(named);
    assertTrue(text.contains("Boekhouding Peeters BV"), text);
    assertTrue(!pdfText(unnamed).contains("Boekhouding Peeters BV"));
  }

  @Test
  void listOptionsChooseTheCustomersColumnsAndSort() throws IOException {
    Path file = dir.resolve("adhoc.csv");
    ok(cli.run("report", "--format", "csv", "-o", file.toString(), "--columns", "full-name,city", "--sort",
        "city:desc", "--where", "city!=Liège"));

    assertEquals(List.of(List.of("Full name", "City"), List.of("Bakkerij Peeters", "Gent"),
        List.of("Slagerij Maes", "Brugge")), csv(file));
  }

  @Test
  void viewsAndReportsAreListedSavedAndDeletedInTheChosenLanguage() {
    Pattern english = Pattern.compile("\\b(Saved|Deleted|columns|sort|page size|where|built in|view|grouped by"
        + "|landscape|wrote|rows)\\b");
    for (String language : List.of("nl", "fr", "de")) {
      String name = "oost-" + language;
      List<Cli.Result> printed = List.of(
          ok(cli.run("views", "save", name, "--where", "city=Gent", "--columns", "number,city", "--lang", language)),
          ok(cli.run("views", "list", "--lang", language)),
          ok(cli.run("reports", "save", name, "--view", name, "--group-by", "city", "--landscape", "--lang",
              language)),
          ok(cli.run("reports", "list", "--lang", language)),
          ok(cli.run("report", "--definition", name, "--format", "csv", "-o", dir.resolve(name + ".csv").toString(),
              "--lang", language)),
          ok(cli.run("reports", "delete", name, "--lang", language)),
          ok(cli.run("views", "delete", name, "--lang", language)));
      for (Cli.Result result : printed) {
        Matcher found = english.matcher(result.out());
        assertTrue(!found.find(), () -> language + ": " + found.group() + " in\n" + result.out());
      }
    }
  }

  @Test
  void aSavedDefinitionIsListedRunAndDeleted() throws IOException {
    Cli.Result saved = ok(cli.run("reports", "save", "west", "--title", "West", "--where",
        "city=Gent OR city=Brugge", "--columns", "number,full-name,city", "--sort", "full-name", "--group-by",
        "city", "--landscape"));
    assertTrue(saved.out().startsWith("Saved report west: columns number,full-name,city"), saved::toString);
    Cli.Result list = ok(cli.run("reports", "list"));
    assertTrue(list.lines().get(0).startsWith("klantenlijst"), list::toString);
    assertTrue(list.out().contains("west") && list.out().contains("grouped by city"), list::toString);

    Path file = dir.resolve("west.csv");
    ok(cli.run("report", "--definition", "west", "--format", "csv", "-o", file.toString()));
    List<List<String>> rows = csv(file);
    // saved without --lang: the tenant's language (nl) is the definition's, kept unless --lang is given
    assertEquals(List.of("Klantnummer", "Volledige naam", "Plaats"), rows.get(0));
    ok(cli.run("report", "--definition", "west", "--format", "csv", "-o", file.toString(), "--lang", "fr"));
    assertEquals("Localité", csv(file).get(0).get(2));
    assertTrue(rows.stream().anyMatch(r -> r.contains("Bakkerij Peeters")), rows::toString);
    assertTrue(rows.stream().noneMatch(r -> r.contains("Émile Dubois")), rows::toString);

    ok(cli.run("reports", "delete", "west"));
    assertTrue(ok(cli.run("reports", "list")).out().lines().noneMatch(l -> l.startsWith("west")));
    Cli.Result again = cli.run("report", "--definition", "west", "--format", "csv", "-o", file.toString());
    assertEquals(ExitCodes.BAD_INPUT, again.exit(), again::toString);
  }

  @Test
  void aBadFormatIsBadUsage() {
    Path file = dir.resolve("bad.doc");
    Cli.Result result = cli.run("report", "--format", "doc", "-o", file.toString());

    assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
    assertTrue(result.err().contains("--format"), result::toString);
    assertTrue(Files.notExists(file));
  }

  @Test
  void aRefusedReportLeavesNoFile() throws IOException {
    Path file = dir.resolve("unknown.pdf");
    Cli.Result result = cli.run("report", "--format", "pdf", "-o", file.toString(), "--columns", "no-such-column");

    assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
    assertTrue(Files.notExists(file));
    assertNoPartialFiles();
  }

  private static void assertNoPartialFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> partial = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
      assertEquals(List.of(), partial);
    }
  }

  private static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "a byte-order mark first");
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(text.substring(1))) {
      for (CsvRecord record : reader) {
        rows.add(List.copyOf(record.getFields()));
      }
    }
    return rows;
  }

  private static List<List<String>> xlsx(Path file, int columns) throws IOException {
    try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
        Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
      List<List<String>> rows = new ArrayList<>();
      sheet.forEach(row -> {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
          cells.add(row.getOptionalCell(c).map(ReportCommandsTest::text).orElse(""));
        }
        rows.add(cells);
      });
      return rows;
    }
  }

  private static String text(Cell cell) {
    if (cell.getType() == CellType.NUMBER) {
      return new BigDecimal(cell.getRawValue()).toPlainString();
    }
    return cell.getText() == null ? "" : cell.getText();
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
