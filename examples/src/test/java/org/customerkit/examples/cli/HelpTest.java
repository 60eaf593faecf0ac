package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The help is true and whole: its examples are accepted, its sentences end, its values are not split. */
class HelpTest {

  private static final Pattern EXAMPLE = Pattern.compile("such as '([^']+)'");

  private static String help(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--help");
    Cli.Result result = Cli.runAsGiven(args.toArray(String[]::new));
    assertEquals(ExitCodes.DONE, result.exit(), result::toString);
    return result.out();
  }

  @Test
  void theExamplesInTheCheckCommandsHelpAreAcceptedByTheTool() {
    for (String kind : List.of("vat", "iban")) {
      Matcher example = EXAMPLE.matcher(help(kind, "check"));
      assertTrue(example.find(), kind);

      Cli.Result checked = Cli.runAsGiven(kind, "check", example.group(1));

      assertEquals("valid", checked.lastLine().split("\t")[2], checked::toString);
    }
  }

  @Test
  void everyCommandsSummaryIsAWholeSentence() {
    String root = help();
    List<String> summaries = new ArrayList<>();
    boolean inCommands = false;
    for (String line : root.split("\\R")) {
      if (line.equals("Commands:")) {
        inCommands = true;
      } else if (inCommands && line.isBlank()) {
        break;
      } else if (inCommands && line.startsWith("  ") && !line.startsWith("    ")) {
        summaries.add(line.strip());
      } else if (inCommands) {
        summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
      }
    }

    assertTrue(summaries.size() > 10, root);
    for (String summary : summaries) {
      assertTrue(summary.endsWith("."), summary);
    }
  }

  @Test
  void aRangeInTheSearchHelpStaysOnOneLine() {
    assertTrue(help("search").contains("2020-01-01..2020-12-31"), help("search"));
  }

  @Test
  void editsNumberOptionDoesNotPromiseTheNextNumber() {
    String edit = help("edit").replaceAll("\\s+", " ");

    assertTrue(!edit.contains("by default the next one"), edit);
    assertTrue(edit.contains("--number=NUMBER Customer number (add: the tenant's next number when not given)."), edit);
  }
}
