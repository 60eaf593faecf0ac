package org.customerkit.persistence.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration script read from the classpath, with its {@code ${prefix}} placeholder replaced, split into
 * statements at semicolons outside quotes, comments and dollar quotes.
 */
public final class SqlScript {

  private SqlScript() {}

  public static String load(String resource) {
    try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> statements(String script, String prefix) {
    String text = script.replace("${prefix}", prefix);
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '-' && text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
        current.append('\n');
      } else if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        end = end < 0 ? text.length() - 1 : end;
        current.append(text, i, end + 1);
        i = end + 1;
      } else if (c == '$' && text.startsWith("$$", i)) {
        int end = text.indexOf("$$", i + 2);
        end = end < 0 ? text.length() - 2 : end;
        current.append(text, i, end + 2);
        i = end + 2;
      } else if (c == ';') {
        add(statements, current);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }
}
