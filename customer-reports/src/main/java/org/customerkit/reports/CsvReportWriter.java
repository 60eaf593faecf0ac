package org.customerkit.reports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.view.Cell;

/** A report as CSV: one heading line, one line per customer; the title and groups are not written. */
final class CsvReportWriter implements ReportWriter {

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
        .quoteStrategy(QuoteStrategies.REQUIRED).lineDelimiter(LineDelimiter.CRLF)
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
