package org.customerkit.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;

/** The tenant's own report definitions beside the built-in "Klantenlijst": save, list, find, delete. */
public interface ManageReports {

  /**
   * Saves the definition the command describes, replacing one of the same name. Refused when a column, sort,
   * criterion, language or orientation is unknown, or the name is a built-in report's.
   */
  Outcome<ReportDefinition> saveReport(SaveReport command);

  /** The built-in reports (titled in the tenant's language), then the saved ones, by name. */
  List<ReportDefinition> reports();

  /** The built-in or saved definition of that name. */
  Optional<ReportDefinition> report(String name);

  Outcome<String> deleteReport(String name);

  /**
   * A report definition as a screen or command line gives it: text, so that every refusal names its part.
   *
   * @param name the definition's name; not a built-in report's
   * @param title the printed title
   * @param shape the base view, search, criteria, columns, sort and archived flag, as for a list
   * @param language the language it prints in; the tenant's language when absent
   * @param orientation of the PDF pages; portrait when absent
   * @param groupBy the name of the column to group by, with subtotal counts
   */
  record SaveReport(@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 200) String title,
      @NotNull @Valid ListRequest shape, @NotNull Optional<Language> language,
      @NotNull Optional<Orientation> orientation, @NotNull Optional<@Size(max = 60) String> groupBy) {

    /** A definition of the shape's customers and columns, with the defaults for the rest. */
    public static SaveReport of(String name, String title, ListRequest shape) {
      return new SaveReport(name, title, shape, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
