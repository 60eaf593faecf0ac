package org.customerkit.core.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.ReportDefinition;

/**
 * Makes a report ("Rapport aanmaken"): the customers of a definition, streamed from the store into a
 * {@link ReportWriter} one row at a time, so that no report holds its rows in memory.
 */
public interface GenerateReport {

  /**
   * Writes the report to {@code writer}: {@code begin}, the rows in the definition's order, {@code end}.
   * Refused, before anything is written, when the definition or its base view does not exist.
   */
  Outcome<Generated> generate(Command command, ReportWriter writer);

  /**
   * Which report, in which language, under which tenant name. Make one with {@link #named} or {@link #of}.
   *
   * @param name the name of a built-in ({@code klantenlijst}) or saved definition
   * @param definition a definition given whole instead of by name
   * @param language the language to print in instead of the definition's
   * @param tenantName the tenant's name for the title block; the tenant id when absent
   */
  record Command(Optional<String> name, Optional<ReportDefinition> definition, Optional<Language> language,
      Optional<String> tenantName) {

    public Command {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(tenantName, "tenantName");
      if (name.isPresent() == definition.isPresent()) {
        throw new IllegalArgumentException("a report is asked for by name or by definition, not both");
      }
    }

    /** The built-in or saved definition of that name. */
    public static Command named(String name) {
      return new Command(Optional.of(name), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A definition given whole, saved or not. */
    public static Command of(ReportDefinition definition) {
      return new Command(Optional.empty(), Optional.of(definition), Optional.empty(), Optional.empty());
    }

    public Command in(Language language) {
      return new Command(name, definition, Optional.of(language), tenantName);
    }

    public Command tenantName(String tenantName) {
      return new Command(name, definition, language, Optional.of(tenantName));
    }
  }

  /**
   * A report that was written.
   *
   * @param definition the definition it was made from, in the language it was printed in
   * @param rows how many customers it holds
   */
  record Generated(ReportDefinition definition, long rows) {}
}
