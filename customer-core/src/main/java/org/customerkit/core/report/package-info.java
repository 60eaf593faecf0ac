/**
 * Reports as data: a {@link org.customerkit.core.report.ReportDefinition} says which customers (a view, a
 * search, extended criteria), which columns in which order, how they sort, in which language, on which page
 * orientation and grouped by which column. {@link org.customerkit.core.report.BuiltInReport} holds Winfakt's
 * "Klantenlijst"; tenants save their own definitions.
 *
 * <p>Rendering lives elsewhere: the core streams the rows of a definition into the
 * {@link org.customerkit.core.application.port.out.ReportWriter} port, and the {@code customer-reports}
 * module writes them as CSV, XLSX or PDF.
 */
@CustomerkitStyle
package org.customerkit.core.report;

import org.customerkit.core.domain.shared.CustomerkitStyle;
