package org.customerkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as it may be shown: any password in it replaced by {@code ***}, whether given as a parameter
 * ({@code password=}, {@code pwd=}, H2's {@code ;PASSWORD=}) or as {@code user:password@host}.
 */
final class DatabaseUrl {

  private static final Pattern PARAMETER = Pattern.compile("(?i)(\\b(?:password|passwd|pwd)=)([^&;]*)");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)([^/@?;]*)(@)");
  private static final String MASK = "***";

  private DatabaseUrl() {}

  /** {@code url} with its passwords masked. */
  static String masked(String url) {
    String text = PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    return USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
  }

  /** {@code text} (a driver's message, say) with {@code url} and every password of it masked. */
  static String masked(String text, String url) {
    String shown = text.replace(url, masked(url));
    for (String password : passwords(url)) {
      shown = shown.replace(password, MASK);
    }
    return shown;
  }

  private static List<String> passwords(String url) {
    List<String> passwords = new ArrayList<>();
    for (Pattern pattern : List.of(PARAMETER, USER_INFO)) {
      Matcher m = pattern.matcher(url);
      while (m.find()) {
        if (!m.group(2).isEmpty()) {
          passwords.add(m.group(2));
        }
      }
    }
    return passwords;
  }
}
