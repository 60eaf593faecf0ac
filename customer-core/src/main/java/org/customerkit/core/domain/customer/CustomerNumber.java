package org.customerkit.core.domain.customer;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * The number people use for a customer ("Klantnummer"): unique within a tenant, generated from the tenant's
 * {@link NumberPattern} (10000, 10001, ... by default, as in Winfakt) or typed by the user.
 *
 * @param value 1 to 20 ASCII letters, digits or {@code . _ / # -}, never null
 */
public record CustomerNumber(String value) implements Comparable<CustomerNumber> {

  public static final int MAX_LENGTH = 20;
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  public CustomerNumber {
    Objects.requireNonNull(value, "value");
    if (!hasShape(value)) {
      throw new IllegalArgumentException("not a customer number: " + value);
    }
  }

  public static Parsed<CustomerNumber> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid("number", Reason.REQUIRED);
    }
    String trimmed = text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      return Parsed.invalid("number", Reason.TOO_LONG, MAX_LENGTH);
    }
    if (!hasShape(trimmed)) {
      return Parsed.invalid("number", Reason.INVALID_CHARACTERS);
    }
    return Parsed.valid(new CustomerNumber(trimmed));
  }

  /** 1 to {@value #MAX_LENGTH} ASCII letters, digits or {@code . _ / # -} (checked on every number a store reads). */
  private static boolean hasShape(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
          || c == '_' || c == '/' || c == '#' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  public static CustomerNumber of(String text) {
    return parse(text).orThrow();
  }

  /**
   * A key that sorts numbers the way people expect: every run of digits is left-padded to 20 digits, so that
   * 9999 sorts before 10000 and K2026-00012 after K2026-00011. Two different numbers never share a key.
   */
  public String sortKey() {
    Matcher m = DIGITS.matcher(value);
    StringBuilder key = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(key, "0".repeat(Math.max(0, 20 - m.group().length())) + m.group());
    }
    m.appendTail(key);
    return key.toString();
  }

  @Override
  public int compareTo(CustomerNumber other) {
    int c = sortKey().compareTo(other.sortKey());
    return c != 0 ? c : value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
