package org.customerkit.core.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing user input into a value object: the value, or the refusal that says why not.
 * Parsing never throws for bad input; {@link #orThrow()} is there for callers that know the input is good.
 *
 * @param <T> the value object's type
 */
public sealed interface Parsed<T> {

  record Valid<T>(T value) implements Parsed<T> {
    public Valid {
      Objects.requireNonNull(value, "value");
    }
  }

  record Invalid<T>(Refusal refusal) implements Parsed<T> {
    public Invalid {
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  static <T> Parsed<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Parsed<T> invalid(String field, Reason reason, Object... arguments) {
    return new Invalid<>(Refusal.of(field, reason, arguments));
  }

  static <T> Parsed<T> invalid(Refusal refusal) {
    return new Invalid<>(refusal);
  }

  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The value, or empty when refused. */
  default Optional<T> toOptional() {
    return this instanceof Valid<T> v ? Optional.of(v.value()) : Optional.empty();
  }

  /** The refusal, or empty when valid. */
  default Optional<Refusal> refusalIfAny() {
    return this instanceof Invalid<T> i ? Optional.of(i.refusal()) : Optional.empty();
  }

  /** The value; an {@link InvalidValueException} carrying the refusal when there is none. */
  default T orThrow() {
    if (this instanceof Valid<T> v) {
      return v.value();
    }
    throw new InvalidValueException(((Invalid<T>) this).refusal());
  }

  default <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
    if (this instanceof Valid<T> v) {
      return new Valid<>(mapper.apply(v.value()));
    }
    return new Invalid<>(((Invalid<T>) this).refusal());
  }

  default <R> Parsed<R> flatMap(Function<? super T, Parsed<R>> mapper) {
    if (this instanceof Valid<T> v) {
      return mapper.apply(v.value());
    }
    return new Invalid<>(((Invalid<T>) this).refusal());
  }

  /** The same outcome with the refusal's field replaced, for a value parsed on behalf of another field. */
  default Parsed<T> forField(String field) {
    if (this instanceof Invalid<T> i) {
      Refusal r = i.refusal();
      return new Invalid<>(new Refusal(field, r.reason(), r.arguments()));
    }
    return this;
  }
}
