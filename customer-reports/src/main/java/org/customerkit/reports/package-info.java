/**
 * Report writers: the rows the core's report use case streams, written as CSV (FastCSV), XLSX (FastExcel's
 * streaming writer) or PDF (Apache PDFBox). {@link org.customerkit.reports.ReportFormats} is the one entry
 * point; every writer is an adapter of {@link org.customerkit.core.application.port.out.ReportWriter} that
 * keeps at most a bounded sample of rows in memory, whatever the size of the report.
 *
 * <p>Every writer neutralises text that a spreadsheet would run as a formula (a leading {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return gets a single quote in front, as OWASP advises against CSV
 * injection); numbers, dates and timestamps stay typed where the format has types.
 */
package org.customerkit.reports;
