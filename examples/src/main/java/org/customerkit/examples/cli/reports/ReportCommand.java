package org.customerkit.examples.cli.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.report.BuiltInReport;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.View;
import org.customerkit.examples.cli.BadInputException;
import org.customerkit.examples.cli.ExitCodes;
import org.customerkit.examples.cli.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report}: the Klantenlijst, a saved definition, or the customers of list options, written as CSV, XLSX
 * or PDF. The file is written under a temporary name beside {@code -o} and renamed when complete, so a failed
 * report leaves no half file.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write a report as CSV, XLSX or PDF.",
        "The Klantenlijst (default), a saved definition, or the customers and columns of list options.",
        "FILE is written whole or not at all; a file of that name is replaced, nothing else is touched."})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf", description = "The file format.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path output;

  @Option(names = "--definition", paramLabel = "NAME",
      description = "A built-in (klantenlijst) or saved report definition; the Klantenlijst by default.")
  String definition;

  @Option(names = "--title", paramLabel = "TITLE", description = "The printed title instead of the definition's.")
  String title;

  @Option(names = "--tenant-name", paramLabel = "NAME",
      description = "The tenant's name in the report's title block (default: the tenant id).")
  String tenantName;

  @Mixin
  ReportShape shape;

  @Override
  public Integer call() {
    if (definition != null && shape.given()) {
      throw new ParameterException(spec.commandLine(),
          "Give --definition or the list options (--view, --columns, --sort, --where, --search), not both");
    }
    try (Session session = Session.open(spec)) {
      Language language = Language.fromCode(session.locale().getLanguage()).orElse(Language.EN);
      GenerateReport.Command command = command(session, language);
      if (tenantName != null && !tenantName.isBlank()) {
        command = command.tenantName(tenantName.strip());
      }
      Path target = output.toAbsolutePath().normalize();
      GenerateReport.Generated generated = write(session, command, target);
      session.out().println(session.texts().text("report.wrote", Long.toString(generated.rows()), output));
    }
    return ExitCodes.DONE;
  }

  private GenerateReport.Command command(Session session, Language language) {
    if (!shape.given()) {
      String name = definition == null ? BuiltInReport.CUSTOMER_LIST.reportName() : definition;
      GenerateReport.Command command;
      if (title == null && !shape.archived) {
        command = GenerateReport.Command.named(name);
      } else {
        ReportDefinition found = session.customers().report(name).orElseThrow(() -> new BadInputException(
            "There is no report '" + name + "': customerkit reports list shows them."));
        ReportDefinition.Builder changed = ReportDefinition.builder().from(found);
        if (title != null) {
          changed.title(title);
        }
        if (shape.archived) {
          changed.includeArchived(true);
        }
        command = GenerateReport.Command.of(changed.build());
      }
      // a saved definition keeps its own language unless --lang is given
      return definition == null || ReportsCommand.languageGiven(spec) ? command.in(language) : command;
    }
    // the customers of the list options: the base view by name, the criteria and search on top of it
    View whole = session.done(session.customers().list(shape.request())).view();
    View extra = session.done(session.customers().list(shape.request("all"))).view();
    String heading = title != null ? title
        : Messages.of(language).text("report.klantenlijst");
    ReportDefinition adHoc = ReportDefinition.builder().name("report").title(heading)
        .baseView(Optional.ofNullable(shape.view)).filter(extra.filter()).columns(whole.columns())
        .sort(whole.sort()).language(language).includeArchived(whole.includeArchived()).build();
    return GenerateReport.Command.of(adHoc);
  }

  private GenerateReport.Generated write(Session session, GenerateReport.Command command, Path target) {
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BadInputException("The folder of " + target + " does not exist.");
    }
    // a name of our own beside the target, created with the usual permissions (a temp file would be private)
    Path partial = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
    boolean complete = false;
    try {
      GenerateReport.Generated generated;
      try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        generated = session.done(session.customers().generate(command, format.writer(out)));
      }
      move(partial, target);
      complete = true;
      return generated;
    } catch (IOException e) {
      throw new BadInputException("Cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (!complete) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException e) {
          // the report failed already; a left temporary file is named .NAME...part
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
