package org.customerkit.core.view.text;

/**
 * String order by Unicode code point, the order of PostgreSQL's "C" collation and of binary collations. For
 * the folded keys of this package (Basic Multilingual Plane only) it equals {@link String#compareTo}.
 */
public final class CodePointOrder {

  private CodePointOrder() {}

  public static int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}
