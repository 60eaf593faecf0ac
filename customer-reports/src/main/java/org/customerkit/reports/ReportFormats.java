package org.customerkit.reports;

import java.io.OutputStream;
import java.util.Objects;
import org.customerkit.core.application.port.out.ReportWriter;

/**
 * The writers of this module, one per format, each a streaming {@link ReportWriter} for the core's report
 * use case:
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("klantenlijst.pdf"))) {
 *   customers.generate(GenerateReport.Command.named("klantenlijst").tenantName("Bakkerij Janssens"),
 *       ReportFormats.pdf(out));
 * }
 * }</pre>
 *
 * A writer writes one report and never closes the stream it was given; the host does. None of them holds
 * more than a bounded sample of rows, so a million-row report needs no more memory than a short one.
 */
public final class ReportFormats {

  private ReportFormats() {}

  /** CSV with semicolons and a UTF-8 byte-order mark, as Excel in Belgium opens it. */
  public static ReportWriter csv(OutputStream out) {
    return csv(out, CsvOptions.excelBelgium());
  }

  public static ReportWriter csv(OutputStream out, CsvOptions options) {
    return new CsvReportWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(options, "options"));
  }

  /** An XLSX workbook: frozen bold heading row with an autofilter, typed numbers and dates, fitted widths. */
  public static ReportWriter xlsx(OutputStream out) {
    return new XlsxReportWriter(Objects.requireNonNull(out, "out"));
  }

  /** An A4 PDF with the definition's orientation, headings on every page and "page n of m" footers. */
  public static ReportWriter pdf(OutputStream out) {
    return pdf(out, PdfOptions.defaults());
  }

  public static ReportWriter pdf(OutputStream out, PdfOptions options) {
    return new PdfReportWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(options, "options"));
  }
}
