package org.customerkit.core.application.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.customerkit.core.domain.shared.Warning;

/**
 * What a use case answers: done, with its result, or refused, with every reason at once so a form can mark
 * all its wrong fields in one go. Refusals are the business's answer, not errors; exceptions are for bugs and
 * broken infrastructure. A done outcome may carry warnings: what the user should know about accepted values
 * (an unlisted Belgian bank code, so no BIC), shown beside the result and never stopping it.
 *
 * @param <T> the result of a done use case
 */
public sealed interface Outcome<T> {

  /**
   * @param value the result, never null
   * @param warnings what the user should know about the result, empty when nothing; never null
   */
  record Done<T>(T value, List<Warning> warnings) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }

    public Done(T value) {
      this(value, List.of());
    }
  }

  record Refused<T>(List<Refusal> refusals) implements Outcome<T> {
    public Refused {
      refusals = List.copyOf(refusals);
      if (refusals.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }

    /** Every refusal in the user's language, one sentence each, joined by spaces. */
    public String message(Locale locale) {
      return refusals.stream().map(r -> r.message(locale)).collect(Collectors.joining(" "));
    }

    public boolean has(Reason reason) {
      return refusals.stream().anyMatch(r -> r.reason() == reason);
    }
  }

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> done(T value, List<Warning> warnings) {
    return new Done<>(value, warnings);
  }

  static <T> Outcome<T> refused(List<Refusal> refusals) {
    return new Refused<>(refusals);
  }

  static <T> Outcome<T> refused(Refusal refusal) {
    return new Refused<>(List.of(refusal));
  }

  default boolean isDone() {
    return this instanceof Done;
  }

  /** The result, or empty when refused. */
  default Optional<T> result() {
    return this instanceof Done<T> d ? Optional.of(d.value()) : Optional.empty();
  }

  /** The refusals; empty when done. */
  default List<Refusal> refusals() {
    return this instanceof Refused<T> r ? r.refusals() : List.of();
  }

  /** The warnings of a done outcome; empty when there are none or when refused. */
  default List<Warning> warnings() {
    return this instanceof Done<T> d ? d.warnings() : List.of();
  }

  /** The result; an {@link IllegalStateException} with the refusals in English when refused. */
  default T orThrow() {
    if (this instanceof Done<T> d) {
      return d.value();
    }
    throw new IllegalStateException(((Refused<T>) this).message(Locale.ENGLISH));
  }

  default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Done<T> d) {
      return new Done<>(mapper.apply(d.value()), d.warnings());
    }
    return new Refused<>(refusals());
  }
}
