package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandsTest {

  @TempDir
  static Path dir;

  private static Cli cli;

  /** One database for the class: the tests only read, or undo what they add. */
  @BeforeAll
  static void threeCustomersAndTwoFields() {
    cli = Cli.onFreshDatabase(dir);
    ok(cli.run("fields", "define", "vip", "--label", "VIP", "--type", "yes-no"));
    ok(cli.run("fields", "define", "region", "--label", "Regio", "--type", "choice", "--choice", "Vlaanderen",
        "--choice", "Wallonië"));
    ok(cli.run("add", "--company", "Bakkerij Peeters", "--vat", "BE0403019261", "--city", "Gent",
        "--postal-code", "9000", "--field", "vip=yes", "--field", "region=Vlaanderen"));
    ok(cli.run("add", "--first-name", "Émile", "--last-name", "Dubois", "--city", "Liège", "--postal-code", "4000",
        "--field", "region=Wallonië"));
    ok(cli.run("add", "--company", "Slagerij Maes", "--city", "Brugge", "--postal-code", "8000"));
  }

  private static Cli.Result ok(Cli.Result result) {
    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    return result;
  }

  @Test
  void listPrintsHeaderRowsAndTheNextCursorLast() {
    Cli.Result list = ok(cli.run("list", "--columns", "number,full-name,city", "--sort", "city"));

    assertEquals(List.of(
        "Number  Full name         City",
        "10002   Slagerij Maes     Brugge",
        "10000   Bakkerij Peeters  Gent",
        "10001   Émile Dubois      Liège",
        "next: -"), list.lines());
  }

  @Test
  void pagesFollowEachOtherByCursor() {
    Cli.Result first = ok(cli.run("list", "--page-size", "2", "--columns", "number", "--total"));
    String cursor = first.lastLine().substring("next: ".length());
    Cli.Result second = ok(cli.run("list", "--page-size", "2", "--columns", "number", "--after", cursor));

    assertEquals(List.of("Number", "10000", "10001", "total: 3"), first.lines().subList(0, 4));
    assertEquals(List.of("Number", "10002", "next: -"), second.lines());
  }

  @Test
  void sortDescendingAndToggleFlip() {
    Cli.Result desc = ok(cli.run("list", "--columns", "number", "--sort", "city:desc"));
    Cli.Result toggled = ok(cli.run("list", "--columns", "number", "--sort", "city", "--toggle", "city"));

    assertEquals(List.of("Number", "10001", "10000", "10002", "next: -"), desc.lines());
    assertEquals(desc.lines(), toggled.lines());
  }

  @Test
  void builtInViewsAndHeadingsInTheChosenLanguage() {
    Cli.Result withVat = ok(cli.run("list", "--view", "with-vat", "--lang", "nl"));

    assertTrue(withVat.lines().get(0).startsWith("Klantnummer  Bedrijfsnaam"), withVat::toString);
    assertEquals(3, withVat.lines().size(), withVat::toString);
    assertTrue(withVat.lines().get(1).contains("BE 0403.019.261"), withVat::toString);
  }

  @Test
  void generalSearchIgnoresCaseAndAccents() {
    Cli.Result found = ok(cli.run("search", "emile", "LIEGE", "--columns", "number,full-name"));

    assertEquals(List.of("Number  Full name", "10001   Émile Dubois", "next: -"), found.lines());
  }

  @Test
  void extendedSearchAndsItsCriteria() {
    Cli.Result found = ok(cli.run("search", "--where", "city=Gent OR city=Brugge", "--where", "name~bakkerij",
        "--columns", "number,field:vip"));
    Cli.Result byField = ok(cli.run("search", "--where", "field:region=Wallonië", "--columns", "number"));

    assertEquals(List.of("Number  VIP", "10000   yes", "next: -"), found.lines());
    assertEquals(List.of("Number", "10001", "next: -"), byField.lines());
  }

  @Test
  void badCriteriaColumnsAndCursorsAreBadInput() {
    assertEquals(ExitCodes.BAD_INPUT, cli.run("search", "--where", "colour=red").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("list", "--columns", "colour").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("list", "--after", "not-a-cursor").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("list", "--view", "nosuchview").exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("search").exit());
  }

  @Test
  void savedViewsAreListedUsedAndDeleted() {
    ok(cli.run("views", "save", "vlaamse-vip", "--where", "field:vip=yes", "--columns", "number,full-name,city",
        "--sort", "full-name:desc"));

    Cli.Result views = ok(cli.run("views", "list"));
    Cli.Result used = ok(cli.run("list", "--view", "vlaamse-vip"));
    Cli.Result deleted = ok(cli.run("views", "delete", "vlaamse-vip"));

    assertTrue(views.out().contains("vlaamse-vip"), views::toString);
    assertTrue(views.out().contains("with-vat"), views::toString);
    assertEquals(List.of("Number  Full name         City", "10000   Bakkerij Peeters  Gent", "next: -"),
        used.lines());
    assertTrue(deleted.out().contains("vlaamse-vip"));
    assertEquals(ExitCodes.BAD_INPUT, cli.run("list", "--view", "vlaamse-vip").exit());
  }

  @Test
  void fieldsAreListedAndCheckedOnTheCard() {
    Cli.Result fields = ok(cli.run("fields", "list"));
    Cli.Result notAChoice = cli.run("add", "--company", "X", "--field", "region=Mars");
    Cli.Result badType = cli.run("fields", "define", "x", "--label", "X", "--type", "colour");

    assertTrue(fields.out().contains("vip\tyes-no\toptional\tVIP"), fields::toString);
    assertTrue(fields.out().contains("region\tchoice\toptional\tRegio\tVlaanderen|Wallonië"), fields::toString);
    assertEquals(ExitCodes.BAD_INPUT, notAChoice.exit(), notAChoice::toString);
    assertEquals(ExitCodes.BAD_INPUT, badType.exit(), badType::toString);
  }

  @Test
  void aPageSizeOutOfRangeNamesBothBounds() {
    Cli.Result zero = cli.run("list", "--page-size", "0");
    Cli.Result tooMany = cli.run("list", "--page-size", "2001");
    Cli.Result dutch = cli.run("list", "--page-size", "0", "--lang", "nl");

    assertEquals(ExitCodes.BAD_INPUT, zero.exit(), zero::toString);
    assertEquals("Page size must lie between 1 and 1,000.", zero.err().strip());
    assertEquals("Page size must lie between 1 and 1,000.", tooMany.err().strip());
    assertEquals("Paginagrootte moet tussen 1 en 1.000 liggen.", dutch.err().strip());
  }

  @Test
  void aCriterionThatDoesNotParseIsRefusedNamingTheOperators() {
    for (String bad : List.of("city==Gent", "city", "field:vip>=yes", "name~~bakkerij")) {
      Cli.Result refused = cli.run("search", "--where", bad);

      assertEquals(ExitCodes.BAD_INPUT, refused.exit(), refused::toString);
      assertTrue(refused.err().contains("'" + bad + "'") && refused.err().contains("!=")
          && refused.err().contains("^=") && refused.err().contains("~"), refused::toString);
    }
    assertEquals("Criterion 'city==Gent' does not parse: write a column, an operator (=, !=, ~, ^=, <, >) and a"
        + " value, such as city=Gent.", cli.run("search", "--where", "city==Gent").err().strip());
  }

  @Test
  void unknownNamesListTheKnownOnesAndNoInternalNameLeaks() {
    Cli.Result column = cli.run("list", "--columns", "number,colour");
    Cli.Result sort = cli.run("list", "--sort", "shoe-size");
    Cli.Result direction = cli.run("list", "--sort", "city:up");
    Cli.Result where = cli.run("search", "--where", "colour=red");
    Cli.Result view = cli.run("list", "--view", "nosuchview");
    Cli.Result date = cli.run("search", "--where", "created>soon");
    Cli.Result operator = cli.run("search", "--where", "postal-code<9000");
    Cli.Result command = cli.run("lis");
    Cli.Result language = cli.run("list", "--lang", "xx");

    assertEquals("Columns: colour is not known; use one of: number, company-name, full-name, address, postal-code,"
        + " city, country, phone, mobile, email, vat-number, language, status, created, updated, field:vip,"
        + " field:region.", column.err().strip());
    assertTrue(sort.err().startsWith("Sort: shoe-size is not known; use one of: number, company-name"), sort::toString);
    assertEquals("Sort: up is not known; use one of: asc, desc.", direction.err().strip());
    assertTrue(where.err().startsWith("Criterion: colour is not known; use one of: number,"), where::toString);
    assertEquals("View nosuchview does not exist; choose from: all, without-vat, with-vat.", view.err().strip());
    assertEquals("Created must be a date (year-month-day).", date.err().strip());
    assertEquals("Postal code cannot be compared with <; it takes =, !=, ~, ^=.", operator.err().strip());
    assertTrue(command.err().contains("Did you mean") && command.err().contains("list"), command::toString);
    assertEquals("Unknown language 'xx': use nl, fr, en or de.", language.err().strip());
    for (Cli.Result result : List.of(column, sort, direction, where, view, date, operator, command, language)) {
      assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
      assertTrue(!result.err().contains("field.") && !result.err().contains("before"), result::toString);
    }
  }

  @Test
  void aBuiltInViewCannotBeDeletedAndSaysSo() {
    Cli.Result builtIn = cli.run("views", "delete", "with-vat");
    Cli.Result french = cli.run("views", "delete", "all", "--lang", "fr");
    Cli.Result unknown = cli.run("views", "delete", "nosuchview");

    assertEquals(ExitCodes.REFUSED, builtIn.exit(), builtIn::toString);
    assertEquals("View with-vat is built in and cannot be deleted.", builtIn.err().strip());
    assertEquals("La vue all fait partie des d\u00e9finitions int\u00e9gr\u00e9es, qui ne peuvent pas \u00eatre"
        + " supprim\u00e9es.", french.err().strip());
    assertEquals(ExitCodes.BAD_INPUT, unknown.exit(), unknown::toString);
    assertEquals(ExitCodes.DONE, cli.run("list", "--view", "with-vat").exit());
  }
}
