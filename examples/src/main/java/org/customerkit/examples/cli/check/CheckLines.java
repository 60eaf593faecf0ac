package org.customerkit.examples.cli.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.customerkit.examples.cli.BadInputException;

/**
 * Checks values one a line: from the arguments, or streamed from a file ({@code -} for standard input), and
 * prints {@code input<TAB>canonical<TAB>valid|invalid<TAB>reason} for each, in input order. Control
 * characters in the echoed input and reason are written as {@code \t}, {@code \n}, {@code \r} or
 * {@code \}{@code uXXXX}, so each value stays one line of four columns.
 */
final class CheckLines {

  private final Function<String, Verdict> check;
  private final PrintWriter out;

  CheckLines(Function<String, Verdict> check, PrintWriter out) {
    this.check = check;
    this.out = out;
  }

  void run(List<String> values, Path file) {
    if (file != null && !values.isEmpty()) {
      throw new BadInputException("Give the values as arguments or with --file, not both.");
    }
    if (file == null && values.isEmpty()) {
      throw new BadInputException("Give at least one value, or --file FILE with one value a line.");
    }
    if (file == null) {
      values.forEach(this::print);
    } else {
      stream(file);
    }
    out.flush();
  }

  private void stream(Path file) {
    try (BufferedReader reader = open(file)) {
      String line = reader.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      while (line != null) {
        print(line);
        line = reader.readLine();
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException("The file " + file + " does not exist.", e);
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    if (file.toString().equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  private void print(String value) {
    Verdict verdict = check.apply(value);
    out.print(escaped(value));
    out.print('\t');
    out.print(verdict.canonical());
    out.print('\t');
    out.print(verdict.valid() ? "valid" : "invalid");
    out.print('\t');
    out.print(escaped(verdict.reason()));
    out.print('\n');
  }

  static String escaped(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && escaped == null) {
        escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (escaped == null) {
        continue;
      }
      if (!control) {
        escaped.append(c);
      } else if (c == '\t') {
        escaped.append("\\t");
      } else if (c == '\n') {
        escaped.append("\\n");
      } else if (c == '\r') {
        escaped.append("\\r");
      } else {
        escaped.append(String.format("\\u%04x", (int) c));
      }
    }
    return escaped == null ? text : escaped.toString();
  }
}
