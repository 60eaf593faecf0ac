package org.customerkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.customerkit.examples.cli.CustomerkitCommand;
import org.customerkit.examples.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void theTourRunsToCompletionOnAFreshDatabase(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("customerkit-demo");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = CustomerkitCommand.run(new PrintWriter(out), new PrintWriter(err), "demo", "--dir", home.toString(),
        "--customers", "300");

    assertEquals(ExitCodes.DONE, exit, () -> out + "\n" + err);
    String printed = out.toString();
    assertTrue(printed.contains("== 1. Sample data: 300 customers"), printed);
    assertTrue(printed.contains("$ customerkit list --view with-vat --sort city --sort company-name --sort number"), printed);
    assertTrue(printed.contains("it has 1 sales document"), printed);
    for (String format : new String[] {"csv", "xlsx", "pdf"}) {
      Path report = home.resolve("klantenlijst." + format);
      assertTrue(Files.size(report) > 0, report::toString);
      assertTrue(printed.contains("wrote 300 rows to " + report), printed);
      assertTrue(printed.contains("  " + report + "  " + Files.size(report) + " bytes"), printed);
    }
    assertTrue(Files.size(home.resolve("gent-brugge.pdf")) > 0);
    assertTrue(printed.contains("Archived Brasserie Émile Lefèvre SRL"), printed);
    assertTrue(printed.strip().endsWith("customerkit --help lists every command."), printed);
  }

  @Test
  void theTourShowsCursorsShortAndARefusedCardInAnotherLanguage(@TempDir Path dir) {
    StringWriter out = new StringWriter();

    int exit = CustomerkitCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "demo", "--dir",
        dir.toString(), "--customers", "60");

    assertEquals(ExitCodes.DONE, exit, out::toString);
    String printed = out.toString();
    List<String> longWords = Arrays.stream(printed.split("\\s+")).filter(word -> word.matches("[\\w=-]{41,}"))
        .toList();
    assertEquals(List.of(), longWords, "no cursor printed whole");
    assertTrue(printed.contains("--after"), printed);
    assertTrue(printed.contains("--lang fr"), printed);
    assertTrue(printed.contains("Le num\u00e9ro de TVA n'est pas valide"), printed);
  }

  @Test
  void theSameSeedGivesTheSameTour(@TempDir Path dir) {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();

    CustomerkitCommand.run(new PrintWriter(first), new PrintWriter(new StringWriter()), "demo", "--dir",
        dir.toString(), "--customers", "100");
    CustomerkitCommand.run(new PrintWriter(second), new PrintWriter(new StringWriter()), "demo", "--dir",
        dir.toString(), "--customers", "100");

    assertEquals(withoutVaryingParts(first.toString()), withoutVaryingParts(second.toString()));
  }

  private static int demo(Path home, StringWriter out, StringWriter err) {
    return CustomerkitCommand.run(new PrintWriter(out), new PrintWriter(err), "demo", "--dir", home.toString(),
        "--customers", "20");
  }

  @Test
  void aFolderWithFilesOfTheUsersIsRefusedAndLeftAsItWas(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "my notes");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = demo(dir, out, err);

    assertEquals(ExitCodes.BAD_INPUT, exit, () -> out + "\n" + err);
    assertEquals(1, err.toString().strip().lines().count(), err::toString);
    assertTrue(err.toString().contains(dir.toAbsolutePath().normalize().toString()), err::toString);
    assertEquals("my notes", Files.readString(dir.resolve("notes.txt")));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aFolderTheDemoMarkedIsReusedAndOnlyWhatTheDemoWroteIsReplaced(@TempDir Path dir) throws Exception {
    Path home = dir.resolve("demo");
    StringWriter first = new StringWriter();
    assertEquals(ExitCodes.DONE, demo(home, first, new StringWriter()), first::toString);
    Files.writeString(home.resolve("notes.txt"), "my notes");
    StringWriter second = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = demo(home, second, err);

    assertEquals(ExitCodes.DONE, exit, () -> second + "\n" + err);
    assertTrue(second.toString().contains("== 1. Sample data: 20 customers"), second::toString);
    assertEquals("my notes", Files.readString(home.resolve("notes.txt")));
    assertTrue(second.toString().contains("wrote 20 rows to "), second::toString);
  }

  private static String withoutVaryingParts(String tour) {
    return tour.replaceAll("in \\d+ ms", "in N ms").replaceAll("next: \\S+", "next: C")
        .replaceAll("--after \\S+", "--after C").replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "T")
        .replaceAll("\\d+ bytes", "N bytes");
  }
}
