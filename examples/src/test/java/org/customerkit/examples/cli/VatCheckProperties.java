package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code vat check} and {@code iban check} keep their line format for any input. */
class VatCheckProperties {

  @Property(tries = 100)
  void everyInputGivesExactlyOneLineOfFourColumns(@ForAll("inputs") List<String> inputs,
      @ForAll("commands") String command) {
    String[] args = new String[inputs.size() + 3];
    args[0] = command;
    args[1] = "check";
    args[2] = "--";
    for (int i = 0; i < inputs.size(); i++) {
      args[i + 3] = inputs.get(i);
    }

    Cli.Result result = Cli.runAsGiven(args);

    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    List<String> lines = result.lines();
    assertEquals(inputs.size(), lines.size(), result::toString);
    for (String line : lines) {
      String[] columns = line.split("\t", -1);
      assertEquals(4, columns.length, line);
      assertEquals(columns[2].equals("valid"), !columns[1].isEmpty(), line);
    }
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of("vat", "iban");
  }

  @Provide
  Arbitrary<List<String>> inputs() {
    Arbitrary<String> vatLike = Arbitraries.strings().withChars("BEFRNLDEbe0123456789 .-/()\t\n\r,")
        .ofMaxLength(20);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> valid = Arbitraries.of("BE 0403.019.261", "be403019261", "NL806753742B01", "DE 129304291",
        "BE71 0961 2345 6769", "DE89 3704 0044 0532 0130 00");
    return Arbitraries.oneOf(vatLike, anything, valid).list().ofMinSize(1).ofMaxSize(8);
  }
}
