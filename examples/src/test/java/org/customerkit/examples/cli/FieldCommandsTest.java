package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCommandsTest {

  @TempDir
  Path dir;

  private Cli cli;

  @BeforeEach
  void freshDatabase() {
    cli = Cli.onFreshDatabase(dir);
  }

  private String added(String... options) {
    String[] args = new String[options.length + 1];
    args[0] = "add";
    System.arraycopy(options, 0, args, 1, options.length);
    Cli.Result added = cli.run(args);
    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    return added.lastLine();
  }

  @Test
  void aFieldMadeRequiredLaterLeavesEarlierCustomersEditableAndSaysHowToFindThem() {
    String earlier = added("--company", "Bakkerij Peeters", "--city", "Gent");

    Cli.Result defined = cli.run("fields", "define", "segment", "--label", "Segment", "--type", "text", "--required");
    Cli.Result edited = cli.run("edit", earlier, "--city", "Brugge");
    Cli.Result newWithout = cli.run("add", "--company", "Slagerij Maes");
    Cli.Result missing = cli.run("search", "--where", "field:segment=", "--columns", "number");

    assertEquals(ExitCodes.DONE, defined.exit(), defined::toString);
    assertTrue(defined.out().contains("customerkit search --where 'field:segment='"), defined::toString);
    assertEquals(ExitCodes.DONE, edited.exit(), edited::toString);
    assertEquals(ExitCodes.BAD_INPUT, newWithout.exit(), newWithout::toString);
    assertEquals(List.of("Number", earlier, "next: -"), missing.lines(), missing::toString);
  }

  @Test
  void fieldsDeleteIsRefusedWhileCustomersHaveValuesUnlessTheyAreDropped() {
    assertEquals(ExitCodes.DONE, cli.run("fields", "define", "segment", "--label", "Segment", "--type", "text").exit());
    String holder = added("--company", "Bakkerij Peeters", "--field", "segment=horeca");

    Cli.Result refused = cli.run("fields", "delete", "segment");
    Cli.Result dropped = cli.run("fields", "delete", "segment", "--drop-values");

    assertEquals(ExitCodes.REFUSED, refused.exit(), refused::toString);
    assertTrue(refused.err().contains("1 customer(s) have a value for it"), refused::toString);
    assertEquals(ExitCodes.DONE, dropped.exit(), dropped::toString);
    assertEquals("", cli.run("fields", "list").out());
    assertEquals(ExitCodes.DONE, cli.run("show", holder).exit());
    assertEquals(ExitCodes.BAD_INPUT, cli.run("fields", "delete", "segment").exit());
  }
}
