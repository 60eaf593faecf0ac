package org.customerkit.persistence.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings in one text column: each item followed by a line break, backslashes and line breaks inside
 * items escaped. The empty list is {@code ""}; a list of one empty item is a single line break.
 */
public final class TextList {

  private TextList() {}

  public static String encode(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (String item : items) {
      out.append(item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
    }
    return out.toString();
  }

  public static List<String> decode(String text) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        item.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else if (c == '\n') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    return List.copyOf(items);
  }
}
