package org.customerkit.core.domain.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.domain.shared.TypedText;
import org.immutables.value.Value;

/**
 * A field a tenant adds to every customer card: its key, label, type, whether it is required and, for a
 * choice, the choices. The definition is the judge of its values: {@link #parse(String)} turns what a user
 * typed into a {@link FieldValue} or refuses it naming the field.
 */
@Value.Immutable
public abstract class ExtraFieldDefinition {

  public static final int MAX_TEXT = 500;
  private static final Set<String> YES = Set.of("yes", "y", "ja", "j", "oui", "o", "true", "1");
  private static final Set<String> NO = Set.of("no", "n", "nee", "non", "nein", "false", "0");

  public abstract FieldKey key();

  /** What the card and the list header show. */
  public abstract String label();

  public abstract ExtraFieldType type();

  @Value.Default
  public boolean required() {
    return false;
  }

  /** The allowed values of a {@link ExtraFieldType#CHOICE} field, in display order; empty otherwise. */
  public abstract List<String> choices();

  @Value.Check
  protected void check() {
    if (label().isBlank()) {
      throw new IllegalStateException("an extra field needs a label");
    }
    if ((type() == ExtraFieldType.CHOICE) == choices().isEmpty()) {
      throw new IllegalStateException("choices are given for, and only for, a choice field");
    }
    if (choices().stream().distinct().count() != choices().size()) {
      throw new IllegalStateException("choices must differ");
    }
  }

  /** The property path of this field's value in refusals: {@code fields.<key>}. */
  public String path() {
    return "fields." + key().value();
  }

  /**
   * Parses a typed value, normalised as {@link TypedText#lines}: a text may hold lines, no other control
   * character. Blank input is refused with {@link Reason#REQUIRED}; callers skip optional blanks.
   */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?[0-9]{1,15}([.,][0-9]{1,6})?");
  private static final BigDecimal NUMBER_BOUND = BigDecimal.TEN.pow(15);

  public Parsed<FieldValue> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.invalid(path(), Reason.REQUIRED);
    }
    String value = TypedText.lines(text);
    switch (type()) {
      case TEXT:
        if (value.length() > MAX_TEXT) {
          return Parsed.invalid(path(), Reason.TOO_LONG, MAX_TEXT);
        }
        Optional<Refusal> refusal = TypedText.refusal(path(), value, true);
        if (refusal.isPresent()) {
          return Parsed.invalid(refusal.get());
        }
        return Parsed.valid(new FieldValue.Text(value));
      case NUMBER:
        BigDecimal number;
        try {
          number = new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
          return Parsed.invalid(path(), Reason.NOT_A_NUMBER);
        }
        // an amount or a count on a card: a plain number of at most 15 digits before the point and 6 after
        if (!PLAIN_NUMBER.matcher(value).matches() || number.abs().compareTo(NUMBER_BOUND) >= 0) {
          return Parsed.invalid(path(), Reason.OUT_OF_RANGE, "-999999999999999.999999", "999999999999999.999999");
        }
        return Parsed.valid(new FieldValue.Number(number));
      case DATE:
        try {
          return Parsed.valid(new FieldValue.Date(LocalDate.parse(value)));
        } catch (DateTimeParseException e) {
          return Parsed.invalid(path(), Reason.NOT_A_DATE);
        }
      case YES_NO:
        String answer = value.toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
          return Parsed.valid(new FieldValue.YesNo(true));
        }
        if (NO.contains(answer)) {
          return Parsed.valid(new FieldValue.YesNo(false));
        }
        return Parsed.invalid(path(), Reason.NOT_YES_NO);
      case CHOICE:
        for (String choice : choices()) {
          if (choice.equalsIgnoreCase(value)) {
            return Parsed.valid(new FieldValue.Choice(choice));
          }
        }
        return Parsed.invalid(path(), Reason.NOT_A_CHOICE, String.join(", ", choices()));
      default:
        throw new IllegalStateException("unknown type " + type());
    }
  }

  /** Whether {@code value} is a value this definition could have produced. */
  public boolean accepts(FieldValue value) {
    return value.type() == type() && parse(value.text()).toOptional().filter(value::equals).isPresent();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableExtraFieldDefinition.Builder {}
}
