package org.customerkit.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;

/** The reports every tenant has without defining them: Winfakt's "Klantenlijst". */
public enum BuiltInReport {
  /** Number, name, address, postal code, city, country, phone and VAT number of every active customer. */
  CUSTOMER_LIST("klantenlijst", List.of(StandardColumn.NUMBER, StandardColumn.FULL_NAME, StandardColumn.ADDRESS,
      StandardColumn.POSTAL_CODE, StandardColumn.CITY, StandardColumn.COUNTRY, StandardColumn.PHONE,
      StandardColumn.VAT_NUMBER));

  private final String reportName;
  private final List<Column> columns;

  BuiltInReport(String reportName, List<Column> columns) {
    this.reportName = reportName;
    this.columns = columns;
  }

  /** The name it is chosen by: {@code klantenlijst}. */
  public String reportName() {
    return reportName;
  }

  /** The definition with its title and headings in {@code language}, sorted by number. */
  public ReportDefinition definition(Language language) {
    return ReportDefinition.builder().name(reportName)
        .title(Messages.of(language).text("report." + reportName)).columns(columns)
        .sort(Sort.by(StandardColumn.NUMBER)).language(language)
        .orientation(Orientation.LANDSCAPE).build();
  }

  /** The built-in report of a name, ignoring case. */
  public static Optional<BuiltInReport> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.reportName.equals(n)).findFirst();
  }
}
