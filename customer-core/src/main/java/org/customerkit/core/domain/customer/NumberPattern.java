package org.customerkit.core.domain.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * How a tenant's customer numbers are made: a text with one sequence placeholder and optionally the year.
 *
 * <ul>
 *   <li>{@code {seq}} the next value of the tenant's counter, as is (10000, 10001, ...);</li>
 *   <li>{@code {seq:5}} the same, left-padded with zeros to 5 digits;</li>
 *   <li>{@code {yyyy}} or {@code {yy}} the year of registration; a pattern with the year counts per year.</li>
 * </ul>
 * Anything else is literal text: {@code K{yyyy}-{seq:4}} gives K2026-0001, K2026-0002, ... and starts again at
 * {@link #start()} on the first registration of 2027.
 *
 * @param pattern the pattern text, never null
 * @param start the first value of every series, at least 0
 */
public record NumberPattern(String pattern, long start) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|yyyy|yy)}");

  /** Winfakt's default: plain numbers from 10000 on. */
  public static final NumberPattern DEFAULT = new NumberPattern("{seq}", 10000);

  public NumberPattern {
    Objects.requireNonNull(pattern, "pattern");
    String problem = problem(pattern, start);
    if (problem != null) {
      throw new IllegalArgumentException(problem + ": " + pattern);
    }
  }

  public static Parsed<NumberPattern> parse(String pattern, long start) {
    String problem = pattern == null ? "no pattern" : problem(pattern, start);
    return problem == null ? Parsed.valid(new NumberPattern(pattern, start))
        : Parsed.invalid("pattern", Reason.INVALID_PATTERN, problem);
  }

  private static String problem(String pattern, long start) {
    if (start < 0) {
      return "the start must not be negative";
    }
    Matcher m = PLACEHOLDER.matcher(pattern);
    int sequences = 0;
    StringBuilder literal = new StringBuilder();
    int last = 0;
    while (m.find()) {
      literal.append(pattern, last, m.start());
      last = m.end();
      if (m.group(1).startsWith("seq")) {
        sequences++;
      }
    }
    literal.append(pattern.substring(last));
    if (sequences != 1) {
      return "exactly one {seq} is needed";
    }
    if (literal.toString().contains("{") || literal.toString().contains("}")) {
      return "unknown placeholder";
    }
    if (!literal.toString().matches("[A-Za-z0-9._/#-]*")) {
      return "only letters, digits and . _ / # - besides the placeholders";
    }
    return null;
  }

  /** The series a registration on {@code date} counts in: empty for a plain sequence, else the year. */
  public String series(LocalDate date) {
    return pattern.contains("{yyyy}") || pattern.contains("{yy}") ? String.valueOf(date.getYear()) : "";
  }

  /** The number for the given counter value, registered on {@code date}. */
  public CustomerNumber format(long value, LocalDate date) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group(1);
      String replacement;
      if (token.equals("yyyy")) {
        replacement = String.format("%04d", date.getYear());
      } else if (token.equals("yy")) {
        replacement = String.format("%02d", date.getYear() % 100);
      } else if (m.group(2) != null) {
        replacement = String.format("%0" + Integer.parseInt(m.group(2)) + "d", value);
      } else {
        replacement = Long.toString(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return CustomerNumber.of(out.toString());
  }
}
