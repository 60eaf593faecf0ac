package org.customerkit.core.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason why a value or a request was refused: which field, why, and the details the message needs.
 *
 * <p>{@code field} is a property path such as {@code vatNumber}, {@code extraAddresses[1].postalCode} or
 * {@code fields.birthday}; it is what a form highlights. {@link #message(Locale)} renders the refusal in the
 * user's language (nl, fr, en, de; anything else falls back to English).
 *
 * @param field the property path, never null
 * @param reason why, never null
 * @param arguments the message's extra arguments ({@code {1}}, {@code {2}}, ...), never null
 */
public record Refusal(String field, Reason reason, List<Object> arguments) {

  public Refusal {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    arguments = List.copyOf(arguments);
  }

  public static Refusal of(String field, Reason reason, Object... arguments) {
    return new Refusal(field, reason, List.of(arguments));
  }

  /** The same refusal for a field nested under {@code parent}, e.g. {@code extraAddresses[0]}. */
  public Refusal under(String parent) {
    return new Refusal(parent + "." + field, reason, arguments);
  }

  /** The refusal in the given language, naming the field and the reason in one sentence. */
  public String message(Locale locale) {
    return Messages.of(locale).refusal(this);
  }
}
