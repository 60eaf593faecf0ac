package org.customerkit.examples.cli.reports;

import java.io.OutputStream;
import java.util.function.Function;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.reports.ReportFormats;

/** The formats of {@code report --format}. */
public enum ReportFormat {
  csv(ReportFormats::csv),
  xlsx(ReportFormats::xlsx),
  pdf(ReportFormats::pdf);

  private final Function<OutputStream, ReportWriter> writer;

  ReportFormat(Function<OutputStream, ReportWriter> writer) {
    this.writer = writer;
  }

  /** A writer of this format on {@code out}; it does not close the stream. */
  public ReportWriter writer(OutputStream out) {
    return writer.apply(out);
  }
}
