package org.customerkit.core.domain.shared;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text as a user typed it (a name, a street, a note), made fit to keep. The kept text is in Unicode
 * normalisation form C, so "É" pasted as {@code E} + U+0301 (as macOS does) and "É" typed as one character are
 * the same name, compare equal and print the same. Text that no store can keep faithfully is refused: control
 * characters (NUL and the rest of C0 and C1; tab and line breaks only where a field allows lines) and lone
 * surrogates, the halves of a character that lost its other half.
 */
public final class TypedText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TypedText() {}

  /**
   * One line: normalised to NFC, trimmed, every run of white space (line breaks and tabs too) made one space.
   * Null stays null.
   */
  public static String line(String text) {
    return text == null ? null : SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ")
        .strip();
  }

  /** Several lines: normalised to NFC and trimmed, line breaks and tabs inside kept. Null stays null. */
  public static String lines(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
  }

  /**
   * Why {@code text} cannot be kept in {@code field}, or empty when it can: {@link Reason#CONTROL_CHARACTER} with
   * the character's code ({@code U+0000}) for a control character, {@link Reason#BROKEN_CHARACTER} with the code
   * of the lone surrogate. Tab, line feed and carriage return pass when {@code linesAllowed}.
   */
  public static Optional<Refusal> refusal(String field, String text, boolean linesAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && !(linesAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
        return Optional.of(Refusal.of(field, Reason.CONTROL_CHARACTER, code(c)));
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(Refusal.of(field, Reason.BROKEN_CHARACTER, code(c)));
      }
    }
    return Optional.empty();
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }
}
