package org.customerkit.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.view.Cell;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an XLSX workbook through FastExcel's streaming writer: one sheet named after the title, the
 * headings in a bold first row that stays visible (frozen pane) and carries an autofilter, one row per
 * customer. Numbers, dates and timestamps are typed cells with a date format; everything else is text.
 *
 * <p>Column widths fit the headings and the rows of the first {@value #SAMPLE_ROWS} customers: the sheet's
 * column widths are written before its first rows, so later rows are flushed to the stream every
 * {@value #SAMPLE_ROWS} rows and no longer change them.
 */
final class XlsxReportWriter implements ReportWriter {

  static final int SAMPLE_ROWS = 500;
  private static final int MAX_SHEET_NAME = 31;
  private static final double MIN_WIDTH = 6;
  private static final double MAX_WIDTH = 60;
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String TIMESTAMP_FORMAT = "yyyy-mm-dd hh:mm";

  private final OutputStream out;
  private Workbook workbook;
  private Worksheet sheet;
  private CellTexts texts;
  private ZoneId zone;
  private double[] widths;
  private int columns;
  private int row;
  private boolean flushedOnce;

  XlsxReportWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void begin(ReportHeader header) {
    workbook = new Workbook(new UnclosedOutput(out), "customerkit", "1.0");
    sheet = workbook.newWorksheet(sheetName(header.title()));
    texts = new CellTexts(header.messages());
    zone = header.zone();
    List<String> headings = CellTexts.headings(header.headings());
    columns = headings.size();
    widths = new double[columns];
    for (int c = 0; c < columns; c++) {
      sheet.value(0, c, headings.get(c));
      sheet.style(0, c).bold().set();
      fit(c, headings.get(c).length() + 2);
    }
    sheet.freezePane(0, 1);
    row = 1;
  }

  @Override
  public void row(List<Cell> cells) {
    for (int c = 0; c < columns; c++) {
      write(c, cells.get(c));
    }
    row++;
    if ((row - 1) % SAMPLE_ROWS == 0) {
      flush();
    }
  }

  private void write(int c, Cell cell) {
    if (cell instanceof Cell.Empty) {
      return;
    }
    if (cell instanceof Cell.Number number) {
      sheet.value(row, c, number.value());
      fit(c, number.value().toPlainString().length());
    } else if (cell instanceof Cell.Date date) {
      sheet.value(row, c, date.value());
      sheet.style(row, c).format(DATE_FORMAT).set();
      fit(c, DATE_FORMAT.length());
    } else if (cell instanceof Cell.Timestamp timestamp) {
      sheet.value(row, c, LocalDateTime.ofInstant(timestamp.value(), zone));
      sheet.style(row, c).format(TIMESTAMP_FORMAT).set();
      fit(c, TIMESTAMP_FORMAT.length());
    } else {
      String text = texts.text(cell);
      sheet.inlineString(row, c, text);
      fit(c, text.length());
    }
  }

  private void fit(int column, int characters) {
    if (!flushedOnce) {
      widths[column] = Math.max(widths[column], Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, characters + 1.5)));
    }
  }

  private void flush() {
    try {
      if (!flushedOnce) {
        for (int c = 0; c < columns; c++) {
          sheet.width(c, widths[c]);
        }
        flushedOnce = true;
      }
      sheet.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(long rows) {
    sheet.setAutoFilter(0, 0, row - 1, columns - 1);
    flush();
    try {
      sheet.finish();
      workbook.finish();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The title as a sheet name by Excel's rules: 1 to 31 characters, none of {@code []:*?/\} (they become
   * spaces, as control characters do), no apostrophe at either end, not the reserved name {@code History}.
   * Apostrophes inside become typographic ones (U+2019): FastExcel writes the autofilter's reference to the
   * sheet without doubling them, which Excel repairs. A lone surrogate becomes U+FFFD; a title with nothing
   * left is {@code Report}.
   */
  static String sheetName(String title) {
    StringBuilder plain = new StringBuilder(title.length());
    for (int i = 0; i < title.length(); ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp) || "[]:*?/\\".indexOf(cp) >= 0) {
        plain.append(' ');
      } else if (Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)) {
        plain.append('\uFFFD');
      } else {
        plain.appendCodePoint(cp);
      }
    }
    String name = withoutEndApostrophes(plain.toString().replaceAll("\\s+", " "));
    if (name.length() > MAX_SHEET_NAME) {
      int end = Character.isHighSurrogate(name.charAt(MAX_SHEET_NAME - 1)) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME;
      name = withoutEndApostrophes(name.substring(0, end));
    }
    name = name.replace('\'', '\u2019');
    if (name.isEmpty()) {
      return "Report";
    }
    return name.equalsIgnoreCase("History") ? name + " (1)" : name;
  }

  private static String withoutEndApostrophes(String name) {
    String stripped = name.strip();
    int start = 0;
    int end = stripped.length();
    while (start < end && stripped.charAt(start) == '\'') {
      start++;
    }
    while (end > start && stripped.charAt(end - 1) == '\'') {
      end--;
    }
    return stripped.substring(start, end).strip();
  }
}
