package org.customerkit.core.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the user should know about a value that was accepted: which field, why, and the details the message
 * needs. A warning never stops a save; it is shown beside the saved card (a Belgian bank code that the bundled
 * list does not know yet, so the BIC stays unknown).
 *
 * <p>Its message comes from the same bundles as a refusal's, under {@code warning.} + the reason's name in lower
 * case ({@code warning.unknown_bank}), with the field's label as {@code {0}}.
 *
 * @param field the property path, as in {@link Refusal#field()}; never null
 * @param reason why, never null
 * @param arguments the message's extra arguments ({@code {1}}, {@code {2}}, ...), never null
 */
public record Warning(String field, Reason reason, List<Object> arguments) {

  public Warning {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    arguments = List.copyOf(arguments);
  }

  public static Warning of(String field, Reason reason, Object... arguments) {
    return new Warning(field, reason, List.of(arguments));
  }

  /** The key of this warning's message in the resource bundle, e.g. {@code warning.unknown_bank}. */
  public String messageKey() {
    return "warning." + reason.name().toLowerCase(Locale.ROOT);
  }

  /** The warning in the given language, naming the field in one sentence. */
  public String message(Locale locale) {
    return Messages.of(locale).warning(this);
  }
}
