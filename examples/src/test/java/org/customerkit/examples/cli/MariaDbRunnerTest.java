package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runner on MariaDB, as the README offers it: {@code --db jdbc:mariadb://...}. The server is the one at
 * {@code customerkit.test.mariadb.url} or {@code CUSTOMERKIT_TEST_MARIADB_URL}, as for the JDBC tests; the test
 * works in a database of its own on that server, created here and dropped at the end.
 */
class MariaDbRunnerTest {

  private static final String PROPERTY = "customerkit.test.mariadb.url";
  private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+/)([^?]*)(.*)");

  private static String server;
  private static String database;
  private static Cli cli;

  private static Optional<String> configured() {
    return Optional.ofNullable(System.getProperty(PROPERTY)).map(String::strip).filter(s -> !s.isEmpty())
        .or(() -> Optional.ofNullable(System.getenv(PROPERTY.toUpperCase(Locale.ROOT).replace('.', '_')))
            .map(String::strip).filter(s -> !s.isEmpty()));
  }

  @BeforeAll
  static void aDatabaseOfItsOwn() throws SQLException {
    Optional<String> url = configured();
    Assumptions.assumeTrue(url.isPresent(), "the runner's MariaDB test needs " + PROPERTY
        + " or CUSTOMERKIT_TEST_MARIADB_URL (.ci/run gives one)");
    Matcher parts = URL.matcher(url.get());
    assertTrue(parts.matches(), () -> "not a jdbc:mariadb://host/database URL: " + url.get());
    server = url.get();
    database = "ck_runner_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    cli = Cli.onDatabase(parts.group(1) + database + parts.group(3));
  }

  @AfterAll
  static void dropIt() throws SQLException {
    if (database != null) {
      execute("DROP DATABASE IF EXISTS " + database);
    }
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void addShowAndListACustomerOnMariaDb() {
    Cli.Result added = cli.run("add", "--company", "Bakkerij Peeters", "--vat", "BE 0403.019.261",
        "--postal-code", "9000", "--city", "Gent", "--iban", "BE71 0961 2345 6769");
    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    String number = added.lastLine();

    Cli.Result card = cli.run("show", number);
    Cli.Result list = cli.run("list", "--columns", "number,company-name,city");

    assertEquals(ExitCodes.DONE, card.exit(), card::toString);
    assertTrue(card.out().contains("GKCCBEBB"), card::toString);
    assertEquals(ExitCodes.DONE, list.exit(), list::toString);
    assertEquals(List.of(number + "   Bakkerij Peeters  Gent"), list.lines().subList(1, 2), list::toString);
  }

  @Test
  void theSampleHostsTablesReferToTheCustomersSoTheDeleteRuleHolds() {
    Cli.Result added = cli.run("add", "--first-name", "An", "--last-name", "Peeters", "--city", "Gent");
    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    String number = added.lastLine();

    Cli.Result invoice = cli.run("sales", "add-invoice", number, "--amount", "121.00", "--date", "2026-11-02");
    Cli.Result delete = cli.run("delete", number);

    assertEquals(ExitCodes.DONE, invoice.exit(), invoice::toString);
    assertEquals(ExitCodes.REFUSED, delete.exit(), delete::toString);
    assertEquals(ExitCodes.DONE, cli.run("show", number).exit());
  }
}
