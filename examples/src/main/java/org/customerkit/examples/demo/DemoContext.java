package org.customerkit.examples.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.examples.cli.CustomerkitCommand;

/**
 * What the steps of the tour share: the demo database, the output, and values one step leaves for the next
 * (a customer number, a cursor). {@link #cli} runs a {@code customerkit} command in this JVM on the demo
 * database, prints it as typed and what it printed, and checks its exit code.
 */
final class DemoContext {

  private static final int SHOWN_CURSOR = 16;
  private static final Pattern NEXT_CURSOR = Pattern.compile("(?m)^(next: )(\\S+)$");

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
    return run(Optional.empty(), expectedExit, args);
  }

  /** As {@link #cli}, in {@code language} instead of the demo's, shown as the {@code --lang} option typed. */
  String cliIn(Language language, int expectedExit, String... args) {
    return run(Optional.of(language), expectedExit, args);
  }

  private String run(Optional<Language> language, int expectedExit, String... args) {
    List<String> typed = new ArrayList<>(List.of(args));
    language.ifPresent(l -> typed.addAll(List.of("--lang", l.code())));
    out.println("$ customerkit " + String.join(" ", quoted(typed)));
    StringWriter output = new StringWriter();
    StringWriter errors = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--db", options.db(), "--tenant", options.tenant(), "--lang",
        language.map(Language::code).orElse(options.locale().getLanguage())));
    int exit = CustomerkitCommand.run(new PrintWriter(output), new PrintWriter(errors), all.toArray(String[]::new));
    out.print(withShortCursors(output.toString()));
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

  /** A list's {@code next:} cursor cut to its first characters: the tour shows where a cursor goes, not all of it. */
  private static String withShortCursors(String output) {
    Matcher next = NEXT_CURSOR.matcher(output);
    StringBuilder shown = new StringBuilder();
    while (next.find()) {
      next.appendReplacement(shown, Matcher.quoteReplacement(next.group(1) + shortCursor(next.group(2))));
    }
    return next.appendTail(shown).toString();
  }

  private static String shortCursor(String cursor) {
    return cursor.length() <= SHOWN_CURSOR ? cursor : cursor.substring(0, SHOWN_CURSOR) + "...";
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

  private static List<String> quoted(List<String> args) {
    List<String> quoted = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = i > 0 && args.get(i - 1).equals("--after") ? shortCursor(args.get(i)) : args.get(i);
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
