package org.customerkit.core.domain.field;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * The key of an extra field, used in code, imports and on the command line ({@code field:region}).
 *
 * @param value a lower-case letter, then up to 39 lower-case letters, digits, {@code _} or {@code -}
 */
public record FieldKey(String value) implements Comparable<FieldKey> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  public FieldKey {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a field key: " + value);
    }
  }

  public static Parsed<FieldKey> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid("key", Reason.REQUIRED);
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    return SHAPE.matcher(key).matches() ? Parsed.valid(new FieldKey(key))
        : Parsed.invalid("key", Reason.INVALID_FORMAT);
  }

  public static FieldKey of(String text) {
    return parse(text).orThrow();
  }

  @Override
  public int compareTo(FieldKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
