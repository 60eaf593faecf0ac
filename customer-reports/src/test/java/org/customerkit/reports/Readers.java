package org.customerkit.reports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads every format back with a reader that is not the writer: a CSV parser, an XLSX reader, PDFBox text. */
final class Readers {

  private Readers() {}

  /** The records of a CSV, every field as text; a leading byte-order mark is skipped. */
  static List<List<String>> csv(byte[] bytes, char separator) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
        .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        rows.add(List.copyOf(record.getFields()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** One row of the first sheet: its cells read back as a customerkit report shows them. */
  record XlsxCell(CellType type, String text) {}

  /**
   * The rows of the first sheet; numbers as plain digits, dates and timestamps in ISO form, blanks as "". A row
   * without a single value is not in the file (as Excel writes it too): it reads back as a row of blanks when a
   * later row follows it.
   */
  static List<List<XlsxCell>> xlsx(byte[] bytes, int columns) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
        new ReadingOptions(true, false))) {
      Sheet sheet = workbook.getFirstSheet();
      List<List<XlsxCell>> read = new ArrayList<>();
      try (Stream<Row> rows = sheet.openStream()) {
        rows.forEach(row -> {
          while (read.size() < row.getRowNum() - 1) {
            read.add(blankRow(columns));
          }
          List<XlsxCell> cells = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            cells.add(row.getOptionalCell(c).map(Readers::xlsxCell).orElse(new XlsxCell(CellType.EMPTY, "")));
          }
          read.add(cells);
        });
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<XlsxCell> blankRow(int columns) {
    List<XlsxCell> cells = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      cells.add(new XlsxCell(CellType.EMPTY, ""));
    }
    return cells;
  }

  private static XlsxCell xlsxCell(Cell cell) {
    if (cell.getType() == CellType.NUMBER) {
      String format = cell.getDataFormatString();
      if (format != null && format.contains("yy")) {
        LocalDateTime at = cell.asDate();
        String text = format.contains("hh") ? at.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"))
            : at.toLocalDate().toString();
        return new XlsxCell(CellType.NUMBER, text);
      }
      return new XlsxCell(CellType.NUMBER, new BigDecimal(cell.getRawValue()).toPlainString());
    }
    return new XlsxCell(cell.getType(), cell.getText() == null ? "" : cell.getText());
  }

  static List<List<String>> xlsxTexts(byte[] bytes, int columns) {
    return xlsx(bytes, columns).stream()
        .map(row -> row.stream().map(XlsxCell::text).collect(Collectors.toList())).collect(Collectors.toList());
  }

  /** The text of every page, in order. */
  static List<String> pdfPages(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setLineSeparator("\n");
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of every page, pages one after the other, each line stripped. */
  static List<String> pdfLines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    for (String page : pdfPages(bytes)) {
      for (String line : page.split("\n")) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  /** How a row prints on one PDF line: its non-empty cells, one space apart. */
  static String pdfLine(List<String> cells) {
    return cells.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
  }
}
