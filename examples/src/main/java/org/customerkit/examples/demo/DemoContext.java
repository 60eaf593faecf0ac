package org.customerkit.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.customerkit.examples.cli.CustomerkitCommand;

/**
 * What the steps of the tour share: the demo database, the output, and values one step leaves for the next
 * (a customer number, a cursor). {@link #cli} runs a {@code customerkit} command in this JVM on the demo
 * database, prints it as typed and what it printed, and checks its exit code.
 */
final class DemoContext {

  private final PrintWriter out;
  private final CustomerkitCommand.GlobalOptions options;
  private final Path dir;
  private final Map<String, String> values = new HashMap<>();

  DemoContext(PrintWriter out, CustomerkitCommand.GlobalOptions options, Path dir) {
    this.out = out;
    this.options = options;
    this.dir = dir;
  }

  /** The demo's folder as given ({@code customerkit-demo} by default), for the files a step writes. */
  Path dir() {
    return dir;
  }

  PrintWriter out() {
    return out;
  }

  CustomerkitCommand.GlobalOptions options() {
    return options;
  }

  void remember(String key, String value) {
    values.put(key, value);
  }

  String recall(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("no " + key + " yet: the demo's steps are out of order");
    }
    return value;
  }

  /** Runs {@code customerkit ARGS}, prints it and its output (errors too), and returns its standard output. */
  String cli(int expectedExit, String... args) {
    out.println("$ customerkit " + String.join(" ", quoted(args)));
    StringWriter output = new StringWriter();
    StringWriter errors = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", options.db(), "--tenant", options.tenant(), "--lang",
        options.locale().getLanguage()));
    int exit = CustomerkitCommand.run(new PrintWriter(output), new PrintWriter(errors), all.toArray(String[]::new));
    out.print(output);
    if (!errors.toString().isEmpty()) {
      out.print(errors);
    }
    if (exit != expectedExit) {
      throw new IllegalStateException("customerkit " + String.join(" ", args) + " exited with " + exit
          + ", expected " + expectedExit + (errors.toString().isBlank() ? "" : ": " + errors.toString().strip()));
    }
    if (exit != 0) {
      out.println("(exit code " + exit + ")");
    }
    out.flush();
    return output.toString();
  }

  /** The last line of a command's output: the number {@code add} or the id {@code sales} prints. */
  static String lastLine(String output) {
    String[] lines = output.strip().split("\\R");
    return lines[lines.length - 1].strip();
  }

  /** The cursor of a list's {@code next:} line. */
  static String nextCursor(String output) {
    return lastLine(output).substring("next: ".length());
  }

  private static List<String> quoted(String[] args) {
    List<String> quoted = new ArrayList<>();
    for (String arg : args) {
      boolean plain = arg.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.:,/=@+".indexOf(c) >= 0)
          && !arg.isEmpty();
      quoted.add(plain ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return quoted;
  }

  Locale locale() {
    return options.locale();
  }
}
