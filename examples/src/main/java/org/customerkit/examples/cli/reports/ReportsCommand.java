package org.customerkit.examples.cli.reports;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Language;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.search.FilterText;
import org.customerkit.examples.cli.RunnerTexts;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports save|list|delete}: the tenant's report definitions beside the built-in Klantenlijst. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "Report definitions: save, list, delete.")
public final class ReportsCommand {

  @Spec
  CommandSpec spec;

  @Command(name = "save", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Save a report definition: the customers and columns of list options, a title, a grouping.")
  void save(@Parameters(paramLabel = "NAME", description = "The definition's name.") String name,
      @Option(names = "--title", paramLabel = "TITLE", description = "The printed title (default: the name).")
      String title,
      @Option(names = "--group-by", paramLabel = "COLUMN", description = "Group rows by this column, with counts.")
      String groupBy,
      @Option(names = "--landscape", description = "Landscape pages in PDF (default portrait).")
      boolean landscape,
      @Mixin ReportShape shape) {
    try (Session session = Session.open(spec)) {
      Optional<Language> language = languageGiven(spec) ? Language.fromCode(session.locale().getLanguage())
          : Optional.empty();
      ManageReports.SaveReport command = new ManageReports.SaveReport(name, title == null ? name : title,
          shape.request(), language, Optional.of(landscape ? Orientation.LANDSCAPE : Orientation.PORTRAIT),
          Optional.ofNullable(groupBy));
      ReportDefinition saved = session.done(session.customers().saveReport(command));
      session.out().println(session.texts().text("reports.saved", saved.name(), columns(saved),
          saved.sort().text()));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the built-in and saved report definitions.")
  void list() {
    try (Session session = Session.open(spec)) {
      PrintWriter out = session.out();
      RunnerTexts texts = session.texts();
      List<ReportDefinition> reports = session.customers().reports();
      int width = reports.stream().mapToInt(r -> r.name().length()).max().orElse(4) + 2;
      for (ReportDefinition report : reports) {
        StringBuilder line = new StringBuilder(report.name()).append(" ".repeat(width - report.name().length()))
            .append(report.title());
        if (BuiltInReport.byName(report.name()).isPresent()) {
          line.append(' ').append(texts.text("reports.built-in"));
        }
        report.baseView().ifPresent(v -> line.append("; ").append(texts.text("reports.view", v)));
        List<String> filter = FilterText.format(report.filter());
        if (!filter.isEmpty()) {
          line.append("; ").append(texts.text("list.where", String.join(" AND ", filter)));
        }
        line.append("; ").append(texts.text("list.columns", columns(report)))
            .append("; ").append(texts.text("list.sort", report.sort().text()));
        report.groupBy()
            .ifPresent(g -> line.append("; ").append(texts.text("reports.grouped-by", g.columnName())));
        line.append("; ").append(report.language().code());
        if (report.orientation() == Orientation.LANDSCAPE) {
          line.append(", ").append(texts.text("reports.landscape"));
        }
        out.println(line);
      }
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved report definition.")
  void delete(@Parameters(paramLabel = "NAME", description = "The definition's name.") String name) {
    try (Session session = Session.open(spec)) {
      session.done(session.customers().deleteReport(name));
      session.out().println(session.texts().text("reports.deleted", name));
    }
  }

  private static String columns(ReportDefinition report) {
    return report.columns().stream().map(Column::columnName).collect(Collectors.joining(","));
  }

  /** Whether {@code --lang} was typed on this command line, rather than left at its default. */
  static boolean languageGiven(CommandSpec spec) {
    ParseResult parsed = spec.root().commandLine().getParseResult();
    while (parsed != null) {
      if (parsed.hasMatchedOption("--lang")) {
        return true;
      }
      parsed = parsed.subcommand();
    }
    return false;
  }
}
