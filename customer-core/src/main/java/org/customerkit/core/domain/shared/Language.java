package org.customerkit.core.domain.shared;

import java.util.Locale;
import java.util.Optional;

/** The four languages the library speaks, and that a customer's documents can be in. */
public enum Language {
  NL(Locale.forLanguageTag("nl-BE")),
  FR(Locale.forLanguageTag("fr-BE")),
  EN(Locale.ENGLISH),
  DE(Locale.forLanguageTag("de-BE"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** Lower-case ISO 639-1 code: {@code nl}, {@code fr}, {@code en}, {@code de}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a code such as {@code nl}, {@code FR} or {@code de-BE}; empty for anything else. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toLowerCase(Locale.ROOT);
    int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (dash > 0) {
      c = c.substring(0, dash);
    }
    for (Language l : values()) {
      if (l.code().equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
