package org.customerkit.core.application.port.out;

import java.util.List;
import org.customerkit.core.view.Cell;

/**
 * Where the rows of a report go, one at a time: a CSV, XLSX or PDF writer of the {@code customer-reports}
 * module, or a host's own. The report use case calls, in this order, {@link #begin} once, then for every
 * customer {@link #row} (framed by {@link #groupStart} and {@link #groupEnd} when the definition groups), then
 * {@link #end} once. A writer keeps no more rows than it needs to lay out a page, so a million rows cost what
 * ten cost.
 *
 * <p>A writer writes to the stream its host gave it and does not close that stream. A writer that fails
 * throws an {@link java.io.UncheckedIOException}; the use case then stops reading customers, calls
 * {@link #abandon} and rethrows. It calls {@link #abandon} too when reading the customers fails.
 */
public interface ReportWriter {

  /** Opens the report: title block and column headings. */
  void begin(ReportHeader header);

  /** A group of rows starts; {@code value} is the group column's cell in all of them. Ignored by default. */
  default void groupStart(Cell value) {}

  /**
   * One customer: one cell per heading, in the heading order, typed (text, number, date, timestamp, yes or
   * no, or empty), never null.
   */
  void row(List<Cell> cells);

  /** The group that {@link #groupStart} opened ends after {@code rows} rows. Ignored by default. */
  default void groupEnd(Cell value, long rows) {}

  /** Closes the report after {@code rows} rows in all: page numbers, totals, the end of the file. */
  void end(long rows);

  /**
   * The report will not be finished: release what the writer holds (temporary files, buffers). What was
   * written to the stream so far is not a valid file. Does nothing by default.
   */
  default void abandon() {}
}
