package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardCommandsTest {

  @TempDir
  Path dir;

  private Cli cli;

  @BeforeEach
  void freshDatabase() {
    cli = Cli.onFreshDatabase(dir);
  }

  private String aBelgianBakery() {
    Cli.Result added = cli.run("add", "--company", "Bakkerij Peeters", "--legal-form", "BV",
        "--vat", "BE 0403.019.261", "--street", "Kerkstraat", "--house-number", "12", "--box", "3",
        "--postal-code", "9000", "--city", "Gent", "--phone", "09 223 45 67", "--email", "info@peeters.be",
        "--iban", "BE71 0961 2345 6769", "--delivery-address", "Dok Noord|7||9000|Gent",
        "--extra-info", "Levert op dinsdag", "--contact", "An Peeters|Boekhouding|an@peeters.be|09 223 45 68");
    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    return added.lastLine();
  }

  @Test
  void addPrintsTheNewNumberAloneOnTheLastLine() {
    assertEquals("10000", aBelgianBakery());
    Cli.Result second = cli.run("add", "--first-name", "Émile", "--last-name", "Dubois", "--city", "Liège");
    assertEquals("10001", second.lastLine(), second::toString);
  }

  @Test
  void showPrintsEverySectionOfTheCard() {
    String number = aBelgianBakery();

    Cli.Result card = cli.run("show", number);

    assertEquals(ExitCodes.DONE, card.exit(), card::toString);
    for (String expected : new String[] {"Bakkerij Peeters BV", "Kerkstraat 12 bus 3, 9000 Gent, BE",
        "Dok Noord 7, 9000 Gent, BE (delivery, default)", "09 223 45 67", "info@peeters.be", "BE 0403.019.261",
        "0403.019.261", "BE71 0961 2345 6769", "GKCCBEBB", "Levert op dinsdag", "active",
        "An Peeters, Boekhouding, an@peeters.be, 09 223 45 68"}) {
      assertTrue(card.out().contains(expected), () -> expected + " missing in\n" + card.out());
    }
  }

  @Test
  void showSpeaksTheChosenLanguage() {
    String number = aBelgianBakery();

    Cli.Result card = cli.run("show", number, "--lang", "nl");

    assertTrue(card.out().contains("Btw-nummer"), card::toString);
  }

  @Test
  void theCardShowsItsRegimeStatusAndAddressTypesInTheChosenLanguage() {
    String number = aBelgianBakery();
    Map<String, List<String>> expected = Map.of(
        "nl", List.of("binnenland", "actief", "(levering, standaard)"),
        "fr", List.of("national", "actif", "(livraison, par d\u00e9faut)"),
        "de", List.of("Inland", "aktiv", "(Lieferung, Standard)"));

    for (Map.Entry<String, List<String>> language : expected.entrySet()) {
      String card = cli.run("show", number, "--lang", language.getKey()).out();
      for (String word : language.getValue()) {
        assertTrue(card.contains(word), () -> word + " missing in\n" + card);
      }
      Matcher english = Pattern.compile("\\b(domestic|intra_eu|private_person|active|archived|billing|delivery"
          + "|other|default)\\b").matcher(card);
      assertTrue(!english.find(), () -> english.group() + " in\n" + card);
    }
  }

  @Test
  void editChangesTheGivenFieldsAndKeepsTheRest() {
    String number = aBelgianBakery();

    Cli.Result edited = cli.run("edit", number, "--city", "Gentbrugge", "--postal-code", "9050", "--box", "");
    Cli.Result card = cli.run("show", number);

    assertEquals(ExitCodes.DONE, edited.exit(), edited::toString);
    assertTrue(card.out().contains("Kerkstraat 12, 9050 Gentbrugge, BE"), card::toString);
    assertTrue(card.out().contains("BE 0403.019.261"), card::toString);
    assertTrue(card.out().matches("(?s).*Version:\\s+2\\n.*"), card::toString);
  }

  @Test
  void anEditFromAnOlderVersionIsRefused() {
    String number = aBelgianBakery();
    cli.run("edit", number, "--phone", "09 223 45 68");

    Cli.Result stale = cli.run("edit", number, "--expected-version", "1", "--city", "Brugge");

    assertEquals(ExitCodes.REFUSED, stale.exit(), stale::toString);
    assertTrue(stale.err().contains("changed by someone else"), stale::toString);
  }

  @Test
  void badFieldValuesAreBadInputWithTheFieldNamed() {
    Cli.Result result = cli.run("add", "--company", "X", "--vat", "BE0403019262");

    assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
    assertEquals("VAT number is not valid: the check digits do not match.", result.err().strip());
  }

  @Test
  void aTakenNumberIsRefused() {
    String number = aBelgianBakery();

    Cli.Result result = cli.run("add", "--company", "Tweede", "--number", number);

    assertEquals(ExitCodes.REFUSED, result.exit(), result::toString);
  }

  @Test
  void anUnknownCustomerIsBadInput() {
    Cli.Result result = cli.run("show", "99999");

    assertEquals(ExitCodes.BAD_INPUT, result.exit());
    assertEquals("Customer 99999 does not exist.", result.err().strip());
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsBadInput() {
    Cli.Result result = Cli.runAsGiven("list", "--db", "jdbc:nosuchdriver:x");

    assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
    assertTrue(result.err().startsWith("No driver of customerkit takes the database URL jdbc:nosuchdriver:x"),
        result::toString);
  }

  @Test
  void archiveAndReactivate() {
    String number = aBelgianBakery();

    assertEquals(ExitCodes.DONE, cli.run("archive", number).exit());
    assertEquals(ExitCodes.REFUSED, cli.run("archive", number).exit());
    assertTrue(cli.run("show", number).out().contains("archived"));
    assertEquals(ExitCodes.DONE, cli.run("reactivate", number).exit());
  }

  private static boolean safeForATerminal(String text) {
    return text.chars().allMatch(c -> c == '\n' || c == '\t' || !Character.isISOControl(c));
  }

  @Test
  void controlCharactersOfStoredNamesNeverReachTheTerminal() throws java.sql.SQLException {
    Cli.Result refused = cli.run("add", "--company", "Bad\u001b[2JName\u0007", "--city", "Gent");
    assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused::toString);
    Cli.Result added = cli.run("add", "--company", "Bad Name", "--city", "Gent");
    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    String number = added.lastLine();
    // the domain refuses such names today; a row written before, or by another program, may still hold one
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(cli.db());
        java.sql.PreparedStatement update = c.prepareStatement(
            "UPDATE ck_customers SET company_name = ? WHERE number = ?")) {
      update.setString(1, "Bad\u001b[2JName\u0007");
      update.setString(2, number);
      assertEquals(1, update.executeUpdate());
    }
    Cli.Result shown = cli.run("show", number);
    Cli.Result edited = cli.run("edit", number, "--phone", "09 223 45 67");
    Cli.Result archived = cli.run("archive", number);
    Cli.Result unknown = cli.run("show", "\u001b[2J");

    assertTrue(shown.out().contains("Bad [2JName "), shown::toString);
    for (Cli.Result result : java.util.List.of(refused, added, shown, edited, archived, unknown)) {
      assertTrue(safeForATerminal(result.out()) && safeForATerminal(result.err()), result::toString);
    }
  }

  @Test
  void anUnknownLanguageOrVatRegimeOnTheCardListsTheKnownOnes() {
    Cli.Result language = cli.run("add", "--company", "Bakkerij Peeters", "--language", "es");
    Cli.Result regime = cli.run("add", "--company", "Bakkerij Peeters", "--vat-regime", "zero", "--lang", "nl");

    assertEquals(ExitCodes.BAD_INPUT, language.exit(), language::toString);
    assertEquals("Language: es is not known; use one of: nl, fr, en, de.", language.err().strip());
    assertEquals(ExitCodes.BAD_INPUT, regime.exit(), regime::toString);
    assertEquals("Btw-regime: zero is onbekend; kies uit: domestic, intra_eu, export, reverse_charge, exempt,"
        + " private_person.", regime.err().strip());
  }
}
