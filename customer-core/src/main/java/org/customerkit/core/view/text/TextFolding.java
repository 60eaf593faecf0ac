package org.customerkit.core.view.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text is compared in lists and searches: without case and accents, the same way in every store.
 * "Émile" and "emile" fold to the same key, "De Smet" and "de smet" too; "Straße" becomes "strasse".
 * The folded text holds only characters of the Basic Multilingual Plane, so that comparing it by UTF-16
 * unit (Java, H2) and by code point (PostgreSQL's "C" collation, MariaDB's binary collation) agree.
 */
public final class TextFolding {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextFolding() {}

  /** Lower case, accents removed, compatibility forms unfolded, runs of white space made one space, trimmed. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    String lower = plain.toLowerCase(Locale.ROOT).replace("ß", "ss");
    StringBuilder out = new StringBuilder(lower.length());
    lower.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        out.append(' ');
      } else if (Character.isBmpCodePoint(cp) && !Character.isSurrogate((char) cp)) {
        out.append((char) cp);
      }
    });
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** The folded text as words: every run of letters or digits. "Bakkerij 't Hoekje" gives bakkerij, t, hoekje. */
  public static String[] words(String text) {
    String folded = fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  /** Only the ASCII digits of the text: "BE 0417.497.106" gives 0417497106. */
  public static String digits(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
