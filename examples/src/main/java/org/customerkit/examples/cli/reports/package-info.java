/** {@code report} and {@code reports save|list|delete}: the Klantenlijst and saved report definitions as CSV, XLSX or PDF. */
package org.customerkit.examples.cli.reports;
