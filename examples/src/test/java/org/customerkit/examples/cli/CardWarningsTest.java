package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardWarningsTest {

  @TempDir
  Path dir;

  @Test
  void anIbanWithABankCodeTheListLacksIsSavedAndTheWarningGoesToStandardError() {
    Cli cli = Cli.onFreshDatabase(dir);

    Cli.Result added = cli.run("add", "--company", "Bakkerij Peeters", "--iban", "BE68 5390 0754 7034");
    Cli.Result edited = cli.run("edit", added.lastLine(), "--iban", "BE83 1388 1173 5115", "--lang", "nl");

    assertEquals(ExitCodes.DONE, added.exit(), added::toString);
    assertEquals("10000", added.lastLine());
    assertEquals("IBAN: bank code 539 is not in the list of Belgian banks this version knows; the BIC stays"
        + " unknown.\n", added.err());
    assertEquals(ExitCodes.DONE, edited.exit(), edited::toString);
    assertTrue(edited.err().contains("bankcode 138 staat niet in de lijst"), edited::toString);
    assertTrue(cli.run("show", "10000").out().contains("BE83 1388 1173 5115"));
  }
}
