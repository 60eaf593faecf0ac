package org.customerkit.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.examples.cli.card.AddCommand;
import org.customerkit.examples.cli.card.ArchiveCommand;
import org.customerkit.examples.cli.card.DeleteCommand;
import org.customerkit.examples.cli.card.EditCommand;
import org.customerkit.examples.cli.card.ReactivateCommand;
import org.customerkit.examples.cli.card.ShowCommand;
import org.customerkit.examples.cli.check.IbanCommand;
import org.customerkit.examples.cli.check.VatCommand;
import org.customerkit.examples.cli.fields.FieldsCommand;
import org.customerkit.examples.cli.host.BankCommand;
import org.customerkit.examples.cli.host.SalesCommand;
import org.customerkit.examples.cli.list.ListCommand;
import org.customerkit.examples.cli.list.SearchCommand;
import org.customerkit.examples.cli.reports.ReportCommand;
import org.customerkit.examples.cli.reports.ReportsCommand;
import org.customerkit.examples.cli.views.ViewsCommand;
import org.customerkit.examples.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code customerkit} command line: the library's capabilities as commands over one database and one
 * tenant. The options {@code --db}, {@code --tenant} and {@code --lang} are accepted before or after any
 * command's name.
 *
 * <p>Exit codes: {@value ExitCodes#DONE} done, {@value ExitCodes#REFUSED} refused by a rule (the message
 * says which), {@value ExitCodes#BAD_INPUT} bad usage or bad input, {@value ExitCodes#FAILED} the database
 * failed (unreachable, not writable) or an unexpected failure. Errors go to standard error in one sentence,
 * passwords of {@code --db} masked; everything printed has its control characters made spaces
 * ({@link TerminalText}).
 */
@Command(name = "customerkit", mixinStandardHelpOptions = true, version = "customerkit 0.1.0-SNAPSHOT",
    description = "Manage the customers of an invoicing application: the customerkit library on the command line.",
    subcommands = {
        VatCommand.class, IbanCommand.class,
        AddCommand.class, EditCommand.class, ShowCommand.class, DeleteCommand.class, ArchiveCommand.class,
        ReactivateCommand.class, ListCommand.class, SearchCommand.class, ViewsCommand.class, FieldsCommand.class,
        ReportCommand.class, ReportsCommand.class,
        SalesCommand.class, BankCommand.class, DemoCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:refused by a rule", "2:bad usage or bad input",
        "3:the database failed (unreachable, not writable) or an unexpected failure"})
public final class CustomerkitCommand implements Runnable {

  /** The default database: an H2 file in the working directory. */
  public static final String DEFAULT_DB = "jdbc:h2:file:./customerkit-data/customerkit";

  @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL", defaultValue = DEFAULT_DB,
      description = "JDBC URL of the database (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--tenant", scope = ScopeType.INHERIT, paramLabel = "ID", defaultValue = "demo",
      description = "The tenant (administration) to work in (default: ${DEFAULT-VALUE}).")
  String tenant;

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "nl|fr|en|de", defaultValue = "en",
      description = "Language of headings and messages (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "Name a command");
  }

  /** The options every command shares, as given. */
  public GlobalOptions options() {
    Language language = Language.fromCode(lang).orElseThrow(() -> new BadInputException(
        "Unknown language '" + lang + "': use nl, fr, en or de."));
    return new GlobalOptions(db, tenant, language.locale());
  }

  /** A command line that writes to {@code out} and {@code err} and maps failures to the exit codes. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new CustomerkitCommand());
    line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    line.setOut(TerminalText.guarding(out));
    line.setErr(TerminalText.guarding(err));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setAllowSubcommandsAsOptionParameters(true);
    line.setParameterExceptionHandler(Failures::onBadUsage);
    line.setExecutionExceptionHandler(Failures::onFailure);
    return line;
  }

  /** Runs the command line in this JVM and returns its exit code, without exiting. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * The shared options resolved.
   *
   * @param db the JDBC URL
   * @param tenant the tenant id as typed
   * @param locale the language of headings and messages
   */
  public record GlobalOptions(String db, String tenant, Locale locale) {}
}
