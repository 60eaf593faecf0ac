package org.customerkit.core.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.view.ColumnType;

/**
 * What a {@link ReportWriter} needs before the first row.
 *
 * @param title the report's title, never null
 * @param tenantName the name of the tenant (the host's company or administration) printed in the title block
 * @param generatedAt when the report was made
 * @param zone the time zone dates and times are shown in (Europe/Brussels unless the host says otherwise)
 * @param language the language of the headings, labels and page numbers
 * @param headings the column headings in the report's language, in order
 * @param types the type of each column, in the same order: numbers, dates and timestamps come as typed cells
 * @param orientation the page orientation, for writers that print pages
 * @param groupHeading the heading of the column the rows are grouped by, when they are
 */
public record ReportHeader(String title, String tenantName, Instant generatedAt, ZoneId zone, Language language,
    List<String> headings, List<ColumnType> types, Orientation orientation, Optional<String> groupHeading) {

  public ReportHeader {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(tenantName, "tenantName");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(language, "language");
    headings = List.copyOf(headings);
    types = List.copyOf(types);
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(groupHeading, "groupHeading");
    if (headings.size() != types.size() || headings.isEmpty()) {
      throw new IllegalArgumentException("one type per heading, at least one heading");
    }
  }

  /** The library's words in the report's language: cell texts of yes/no, page numbers, totals. */
  public Messages messages() {
    return Messages.of(language);
  }
}
