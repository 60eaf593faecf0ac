package org.customerkit.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.domain.shared.Warning;
import org.customerkit.examples.host.SampleHost;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What one command works with: the tenant's {@link Customers} on the JDBC stores of the {@code --db}
 * database, the sample host over the same database, the user's language and the output. One connection stays
 * open for the session's life, so that an embedded H2 database is opened once per command. Open it with {@link #open(CommandSpec)} in a try-with-resources.
 */
public final class Session implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Session.class);

  private final Customers customers;
  private final Transactions transactions;
  private final SampleHost host;
  private final Messages messages;
  private final PrintWriter out;
  private final Connection keepOpen;

  private Session(Customers customers, Transactions transactions, SampleHost host, Messages messages,
      PrintWriter out, Connection keepOpen) {
    this.customers = customers;
    this.transactions = transactions;
    this.host = host;
    this.messages = messages;
    this.out = out;
    this.keepOpen = keepOpen;
  }

  /** Opens the database and tenant named by the root command's options. */
  public static Session open(CommandSpec spec) {
    return open(options(spec), spec.commandLine().getOut());
  }

  /** Opens the database and tenant of {@code options}, writing to {@code out}. */
  public static Session open(CustomerkitCommand.GlobalOptions options, PrintWriter out) {
    TenantId tenant;
    try {
      tenant = TenantId.of(options.tenant());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("The tenant '" + options.tenant() + "' is not a valid tenant id.", e);
    }
    DataSource dataSource = new UrlDataSource(options.db());
    Connection keepOpen = connect(dataSource, options.db());
    JdbcCustomerStores stores;
    SampleHost host;
    byte[] secret;
    try {
      stores = StoreWiring.open(dataSource);
      host = SampleHost.install(dataSource, stores.customerTable());
      secret = CursorSecret.of(dataSource);
    } catch (SQLException e) {
      close(keepOpen);
      throw new DatabaseFailedException("Cannot keep the cursor secret in the database "
          + DatabaseUrl.masked(options.db()) + ": " + firstSentence(DatabaseUrl.masked(e.getMessage(), options.db())),
          e);
    } catch (RuntimeException e) {
      close(keepOpen);
      throw e;
    }
    Customers customers = stores.moduleBuilder().salesLedger(host.sales()).cursorSecret(secret).build()
        .forTenant(tenant);
    return new Session(customers, stores.transactions(), host, Messages.of(options.locale()), out, keepOpen);
  }

  /**
   * The connection kept open for the session. A URL no driver of the runner takes is bad usage (exit 2); a
   * database that cannot be reached or written fails (exit 3). Either way the message is one sentence with any
   * password masked. What H2 prints on the JVM's standard error while it fails to open a file (a stack trace)
   * goes to the log instead.
   */
  private static Connection connect(DataSource dataSource, String url) {
    try {
      DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw new BadInputException("No driver of customerkit takes the database URL " + DatabaseUrl.masked(url)
          + ": it speaks H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql://...)", e);
    }
    PrintStream jvmErrors = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new DatabaseFailedException("Cannot open the database " + DatabaseUrl.masked(url) + ": "
          + firstSentence(DatabaseUrl.masked(String.valueOf(e.getMessage()), url)), e);
    } finally {
      System.setErr(jvmErrors);
      if (printed.size() > 0) {
        LOG.warn("the driver printed while opening {}: {}", DatabaseUrl.masked(url),
            DatabaseUrl.masked(printed.toString(StandardCharsets.UTF_8), url));
      }
    }
  }

  /** The first sentence of a driver's message, without H2's error code: the rest is advice for servers. */
  private static String firstSentence(String message) {
    String line = message.lines().findFirst().orElse("").replaceAll(" \\[\\d+-\\d+]", "").strip();
    int end = line.indexOf(". ");
    return end < 0 ? line : line.substring(0, end);
  }

  /** The root command's options, resolved; the language alone, without opening anything. */
  public static CustomerkitCommand.GlobalOptions options(CommandSpec spec) {
    return ((CustomerkitCommand) spec.root().userObject()).options();
  }

  public Customers customers() {
    return customers;
  }

  /** Runs {@code work} in one transaction of the customer stores: for batches, such as loading sample data. */
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.inTransaction(work);
  }

  public SampleHost host() {
    return host;
  }

  public Messages messages() {
    return messages;
  }

  /** The runner's own words in the session's language. */
  public RunnerTexts texts() {
    return RunnerTexts.of(locale());
  }

  public Locale locale() {
    return messages.locale();
  }

  public PrintWriter out() {
    return out;
  }

  /**
   * The result of a done outcome. A refused one ends the command with its message: exit code 1 when a
   * business rule refused (a taken number, a stale version, sales documents), 2 when only the input was wrong
   * (a bad VAT number, an unknown column).
   */
  /**
   * {@link #done(Outcome)}, and the outcome's warnings (an IBAN whose bank code the bundled list lacks, ...)
   * written to {@code err}, one line each, in the session's language.
   */
  public <T> T done(Outcome<T> outcome, PrintWriter err) {
    T result = done(outcome);
    for (Warning warning : outcome.warnings()) {
      err.println(warning.message(locale()));
    }
    err.flush();
    return result;
  }

  public <T> T done(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Refused<T> refused) {
      String message = refused.message(locale());
      if (refused.refusals().stream().anyMatch(r -> r.reason().kind() == Reason.Kind.BUSINESS)) {
        throw new RefusedException(message);
      }
      throw new BadInputException(message);
    }
    return outcome.orThrow();
  }

  /** The customer with this number; an unknown number is bad input. */
  public Customer customer(String number) {
    Parsed<CustomerNumber> parsed = CustomerNumber.parse(number).forField("number");
    if (parsed instanceof Parsed.Invalid<CustomerNumber> invalid) {
      throw new BadInputException(invalid.refusal().message(locale()));
    }
    Optional<Customer> found = customers.cardByNumber(parsed.orThrow());
    return found.orElseThrow(() -> new BadInputException(
        Refusal.of("customer", Reason.NOT_FOUND, number).message(locale())));
  }

  @Override
  public void close() {
    out.flush();
    close(keepOpen);
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing the keep-alive connection changes nothing the command did
    }
  }
}
