package org.customerkit.core.domain.fiscal;

/**
 * The first step of reading a typed number: Unicode look-alikes of space, dash, dot, slash and colon become their
 * ASCII selves; spaces, dashes, dots and slashes are dropped; ASCII letters are upper-cased. Everything else is
 * kept as it is, so a comma or a non-ASCII letter is still there for the country rules to refuse.
 */
final class NumberText {

  /** Longer input is refused before any work is done on it; no real number comes near this. */
  static final int MAX_INPUT_LENGTH = 256;

  private NumberText() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = ascii(text.charAt(i));
      if (c == ' ' || c == '-' || c == '.' || c == '/') {
        continue;
      }
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return out.toString();
  }

  /** The text after a country prefix, without the colon some people write there ({@code DK: 21599336}). */
  static String afterPrefix(String cleaned) {
    String rest = cleaned.substring(2);
    return rest.startsWith(":") ? rest.substring(1) : rest;
  }

  static boolean startsWithTwoLetters(String cleaned) {
    return cleaned.length() >= 2 && isUpperLetter(cleaned.charAt(0)) && isUpperLetter(cleaned.charAt(1));
  }

  static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static char ascii(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
      return ' ';
    }
    if (c < 0x80) {
      return c;
    }
    if (Character.getType(c) == Character.DASH_PUNCTUATION) {
      return '-';
    }
    switch (c) {
      case '\u00AD', '\u02D7', '\u2043', '\u207B', '\u208B', '\u2212', '\uFE63', '\uFF0D':
        return '-';
      case '\u00B7', '\u0387', '\u06D4', '\u2022', '\u2024', '\u2027', '\u2219', '\u22C5', '\u2E31', '\u3002',
          '\u30FB', '\uFE52', '\uFF0E', '\uFF61', '\uFF65':
        return '.';
      case '\u2044', '\u2215', '\u29F8', '\uFF0F':
        return '/';
      case '\u2236', '\uA789', '\uFE13', '\uFE55', '\uFF1A':
        return ':';
      default:
        return c;
    }
  }
}
