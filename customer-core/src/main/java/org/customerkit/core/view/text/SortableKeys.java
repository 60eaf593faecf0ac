package org.customerkit.core.view.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Encodings of typed values as strings whose code-point order is the values' order, so that one string
 * column per sort key serves every type in every store.
 */
public final class SortableKeys {

  /** Largest absolute decimal exponent a sortable number may have. */
  public static final int MAX_EXPONENT = 400;

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private SortableKeys() {}

  /**
   * A decimal as text that sorts numerically: a sign class, the exponent and the digits, complemented for
   * negative numbers. -15 &lt; -2 &lt; -1.5 &lt; 0 &lt; 1.5 &lt; 15 hold for the texts too.
   */
  public static String number(BigDecimal value) {
    if (value.signum() == 0) {
      return "1";
    }
    BigDecimal abs = value.abs().stripTrailingZeros();
    int exponent = abs.precision() - abs.scale() - 1;
    if (Math.abs(exponent) > MAX_EXPONENT) {
      throw new IllegalArgumentException("exponent out of range: " + value);
    }
    String digits = abs.unscaledValue().toString();
    if (value.signum() > 0) {
      return "2" + String.format("%03d", exponent + 500) + digits;
    }
    StringBuilder complement = new StringBuilder("0").append(String.format("%03d", 999 - (exponent + 500)));
    for (int i = 0; i < digits.length(); i++) {
      complement.append((char) ('9' - digits.charAt(i) + '0'));
    }
    return complement.append('~').toString();
  }

  /** ISO date, {@code 2026-11-27}. */
  public static String date(LocalDate date) {
    return date.toString();
  }

  /** UTC instant with milliseconds, fixed width: {@code 2026-11-27T03:17:46.120Z}. */
  public static String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  public static String yesNo(boolean value) {
    return value ? "1" : "0";
  }
}
