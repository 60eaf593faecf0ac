package org.customerkit.reports;

/**
 * Neutralises cell text that a spreadsheet would run as a formula, as OWASP's "CSV Injection" page advises:
 * text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single
 * quote in front, so {@code =HYPERLINK(...)} shows as the text {@code '=HYPERLINK(...)} and stays readable.
 * Typed numbers never pass through here: {@code -5} written as a number is a number.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  /** Whether a spreadsheet could take {@code text} for a formula. */
  static boolean isFormulaLike(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  /** The text itself, or with a single quote in front when it is formula-like. Never null. */
  static String neutralise(String text) {
    return isFormulaLike(text) ? "'" + text : text;
  }
}
