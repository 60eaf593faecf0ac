package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnType;

/**
 * A report's title names its sheet, by Excel's rules for sheet names: 1 to 31 characters, none of
 * {@code []:*?/\}, no apostrophe at either end, not the reserved {@code History}; and the autofilter's reference
 * to the sheet reads back as the sheet's name.
 */
class XlsxSheetNameTest {

  private static final Pattern SHEET = Pattern.compile("<sheet name=\"([^\"]*)\"");
  private static final Pattern FILTER =
      Pattern.compile("name=\"_xlnm._FilterDatabase\"[^>]*>'((?:[^']|'')*)'!\\$A\\$1:\\$B\\$2</definedName>");

  private static byte[] xlsx(String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter writer = ReportFormats.xlsx(out);
    writer.begin(new ReportHeader(title, "acme", Instant.EPOCH, ZoneId.of("Europe/Brussels"), Language.FR,
        List.of("Nom", "Ville"), List.of(ColumnType.TEXT, ColumnType.TEXT), Orientation.PORTRAIT,
        Optional.empty()));
    writer.row(List.of(new Cell.Text("Janssens"), new Cell.Text("Antwerpen")));
    writer.end(1);
    return out.toByteArray();
  }

  private static String workbookXml(byte[] xlsx) {
    try {
      Path file = Files.createTempFile("sheet-name", ".xlsx");
      try {
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
          return new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
        }
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unescaped(String xml) {
    Matcher reference = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
    StringBuilder text = new StringBuilder();
    while (reference.find()) {
      int codePoint = Integer.parseInt(reference.group(2), reference.group(1).isEmpty() ? 10 : 16);
      reference.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
    }
    reference.appendTail(text);
    return text.toString().replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The sheet's name as the workbook holds it, checked against Excel's rules and the autofilter's reference. */
  private static String sheetOf(String title) {
    String xml = workbookXml(xlsx(title));
    Matcher sheet = SHEET.matcher(xml);
    assertTrue(sheet.find(), xml);
    String name = unescaped(sheet.group(1));
    assertTrue(name.length() >= 1 && name.length() <= 31, name);
    assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
    assertFalse(name.startsWith("'") || name.endsWith("'"), name);
    assertFalse(name.toLowerCase(Locale.ROOT).equals("history"), name);
    assertFalse(name.chars().anyMatch(Character::isISOControl), name);
    Matcher filter = FILTER.matcher(xml);
    assertTrue(filter.find(), "autofilter reference with doubled apostrophes in " + xml);
    assertEquals(name, unescaped(filter.group(1)).replace("''", "'"), "the autofilter's sheet");
    return name;
  }

  @Example
  void anApostropheInTheTitleLeavesAValidAutofilterReference() {
    assertEquals("Clients d\u2019Anvers", sheetOf("Clients d'Anvers"));
  }

  @Example
  void apostrophesAtEitherEndAreDropped() {
    assertEquals("Klanten", sheetOf("'Klanten'"));
    assertEquals("Klanten", sheetOf("Klanten'"));
  }

  @Example
  void theReservedNameHistoryIsNotUsed() {
    assertEquals("History (1)", sheetOf("History"));
    assertEquals("history (1)", sheetOf("history"));
  }

  @Example
  void longTitlesAreCutTo31CharactersWithoutSplittingACharacter() {
    assertEquals("Klanten van het kantoor in Gent", sheetOf("Klanten van het kantoor in Gent-Zuid"));
    assertEquals("a".repeat(30), sheetOf("a".repeat(30) + "\uD83D\uDE00 rest"));
  }

  @Example
  void forbiddenOrNoCharactersGiveAName() {
    assertEquals("a b c", sheetOf("a[b]c"));
    assertEquals("Report", sheetOf(" ?*: "));
  }

  @Property(tries = 200)
  void everyTitleGivesANameExcelAccepts(@ForAll String title) {
    sheetOf(title);
  }
}
