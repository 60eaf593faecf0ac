package org.customerkit.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the runner prints, made safe for a terminal: every control character (ESC, BEL, DEL, C1 controls, a
 * carriage return) becomes a space, so a stored name cannot move the cursor, clear the screen or retitle the
 * window. Line ends and tabs stay: they are the runner's own layout.
 */
public final class TerminalText {

  private TerminalText() {}

  /** A writer over {@code out} that passes everything through {@link #safe(int)}. */
  static PrintWriter guarding(PrintWriter out) {
    return new PrintWriter(new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        super.write(safe(c));
      }

      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        char[] clean = new char[length];
        for (int i = 0; i < length; i++) {
          clean[i] = (char) safe(text[offset + i]);
        }
        super.write(clean, 0, length);
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
      }
    }, true);
  }

  /** The character itself, or a space for a control character other than a line end or a tab. */
  static int safe(int c) {
    return c == '\n' || c == '\t' || !Character.isISOControl(c) ? c : ' ';
  }

  /** {@code text} with every control character, line ends and tabs too, as a space: for one cell or line. */
  public static String oneLine(String text) {
    return text.chars().anyMatch(Character::isISOControl)
        ? text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
        : text;
  }
}
