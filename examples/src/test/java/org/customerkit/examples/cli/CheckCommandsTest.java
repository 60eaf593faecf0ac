package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandsTest {

  @Test
  void vatCheckPrintsOneLineAValueInInputOrder() {
    Cli.Result result = Cli.runAsGiven("vat", "check", "BE 0403.019.261", "BE0403019262", "nl 806753742B01");

    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    assertEquals(List.of(
        "BE 0403.019.261\tBE0403019261\tvalid\t",
        "BE0403019262\t\tinvalid\tVAT number is not valid: the check digits do not match.",
        "nl 806753742B01\tNL806753742B01\tvalid\t"), result.lines());
    assertEquals("", result.err());
  }

  @Test
  void refusalsComeInTheChosenLanguageBeforeOrAfterTheCommand() {
    Cli.Result after = Cli.runAsGiven("vat", "check", "BE0403019262", "--lang", "nl");
    Cli.Result before = Cli.runAsGiven("--lang", "fr", "vat", "check", "BE0403019262");

    assertEquals("BE0403019262\t\tinvalid\tBtw-nummer is ongeldig: de controlecijfers kloppen niet.",
        after.lastLine());
    assertTrue(before.lastLine().startsWith("BE0403019262\t\tinvalid\t"), before::toString);
    assertTrue(!before.lastLine().contains("check digits"), before::toString);
  }

  @Test
  void withoutValuesIsBadUsage() {
    Cli.Result result = Cli.runAsGiven("vat", "check");

    assertEquals(ExitCodes.BAD_INPUT, result.exit());
    assertEquals("", result.out());
    assertEquals(1, result.err().strip().lines().count(), result::toString);
  }

  @Test
  void anUnknownOptionOrLanguageIsBadUsage() {
    assertEquals(ExitCodes.BAD_INPUT, Cli.runAsGiven("vat", "check", "--bogus", "BE0403019261").exit());
    assertEquals(ExitCodes.BAD_INPUT, Cli.runAsGiven("vat", "check", "--lang", "xx", "BE0403019261").exit());
    assertEquals(ExitCodes.BAD_INPUT, Cli.runAsGiven("vat").exit());
  }

  @Test
  void readsAFileStreamingOneLineAValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("numbers.txt");
    Files.writeString(file, "\uFEFFBE 0403.019.261\n\nFR 40 303 265 045\nLU 22 22 12 68\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.runAsGiven("vat", "check", "--file", file.toString());

    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    List<String> lines = result.lines();
    assertEquals(4, lines.size(), result::toString);
    assertEquals("BE 0403.019.261\tBE0403019261\tvalid\t", lines.get(0));
    assertTrue(lines.get(1).startsWith("\t\tinvalid\t"), lines.get(1));
    assertTrue(lines.get(3).startsWith("LU 22 22 12 68\tLU22221268\tvalid"), lines.get(3));
    lines.forEach(line -> assertEquals(4, line.split("\t", -1).length, line));
  }

  @Test
  void aMissingFileOrFileWithArgumentsIsBadInput(@TempDir Path dir) {
    Cli.Result missing = Cli.runAsGiven("vat", "check", "--file", dir.resolve("nothing.txt").toString());
    Cli.Result both = Cli.runAsGiven("iban", "check", "--file", dir.resolve("nothing.txt").toString(), "BE1");

    assertEquals(ExitCodes.BAD_INPUT, missing.exit());
    assertTrue(missing.err().contains("does not exist"), missing::toString);
    assertEquals(ExitCodes.BAD_INPUT, both.exit());
  }

  @Test
  void ibanCheckGivesTheBicOfABelgianBankInTheReasonColumn() {
    Cli.Result result = Cli.runAsGiven("iban", "check", "BE71 0961 2345 6769", "BE71 0961 2345 6760",
        "DE89 3704 0044 0532 0130 00");

    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    assertEquals(List.of(
        "BE71 0961 2345 6769\tBE71096123456769\tvalid\tGKCCBEBB",
        "BE71 0961 2345 6760\t\tinvalid\tIBAN is not valid: the check digits do not match.",
        "DE89 3704 0044 0532 0130 00\tDE89370400440532013000\tvalid\t"), result.lines());
  }

  @Test
  void controlCharactersInTheInputAreEscapedSoEachValueStaysOneLine() {
    Cli.Result result = Cli.runAsGiven("vat", "check", "BE\t0403\n019261");

    assertEquals(List.of("BE\\t0403\\n019261"), result.lines().stream().map(l -> l.split("\t")[0]).toList());
  }
}
