package org.customerkit.core.application.port.in;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * What a use case answers: done, with its result, or refused, with every reason at once so a form can mark
 * all its wrong fields in one go. Refusals are the business's answer, not errors; exceptions are for bugs and
 * broken infrastructure.
 *
 * @param <T> the result of a done use case
 */
public sealed interface Outcome<T> {

  record Done<T>(T value) implements Outcome<T> {
    public Done {
      Objects.requireNonNull(value, "value");
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

  /** The result; an {@link IllegalStateException} with the refusals in English when refused. */
  default T orThrow() {
    if (this instanceof Done<T> d) {
      return d.value();
    }
    throw new IllegalStateException(((Refused<T>) this).message(Locale.ENGLISH));
  }

  default <R> Outcome<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Done<T> d) {
      return new Done<>(mapper.apply(d.value()));
    }
    return new Refused<>(refusals());
  }
}
