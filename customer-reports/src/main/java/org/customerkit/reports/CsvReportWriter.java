package org.customerkit.reports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.view.Cell;

/**
 * A report as CSV: one heading line, one line per customer; the title and groups are not written.
 *
 * <p>A field is quoted when it holds a comma, a semicolon, a tab, a quote or a line break, whatever the file's
 * own separator: a spreadsheet splits a file on its locale's list separator, so {@code x;=1+1} unquoted in a
 * comma file opens in a Belgian Excel as a cell {@code =1+1}, out of reach of {@link FormulaGuard}.
 */
final class CsvReportWriter implements ReportWriter {

  private static final QuoteStrategy ANY_SEPARATOR = new QuoteStrategy() {
    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      for (int i = 0; i < value.length(); i++) {
        switch (value.charAt(i)) {
          case ',', ';', '\t', '"', '\r', '\n':
            return true;
          default:
            break;
        }
      }
      return false;
    }
  };

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;
  private final CsvOptions options;
  private CsvWriter csv;
  private CellTexts texts;

  CsvReportWriter(OutputStream out, CsvOptions options) {
    this.out = out;
    this.options = options;
  }

  @Override
  public void begin(ReportHeader header) {
    try {
      if (options.byteOrderMark()) {
        out.write(BOM);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the comment character is a record character no reader treats specially unless told to: keep '#'
    csv = CsvWriter.builder().fieldSeparator(options.separator()).quoteCharacter('"')
        .quoteStrategy(ANY_SEPARATOR).lineDelimiter(LineDelimiter.CRLF)
        .build(out, StandardCharsets.UTF_8);
    texts = new CellTexts(header.messages());
    csv.writeRecord(CellTexts.headings(header.headings()));
  }

  @Override
  public void row(List<Cell> cells) {
    // field by field: no list of texts per row
    CsvWriter.CsvWriterRecord record = csv.writeRecord();
    for (Cell cell : cells) {
      record.writeField(texts.text(cell));
    }
    record.endRecord();
  }

  @Override
  public void end(long rows) {
    try {
      csv.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
