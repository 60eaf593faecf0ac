package org.customerkit.core.domain.shared;

import java.util.Locale;

/**
 * Why a value or a request was refused. Every reason has a message in Dutch, French, English and German
 * ({@code org/customerkit/core/messages*.properties}); the message names the field with {@code {0}} and
 * may use further arguments ({@code {1}}, {@code {2}}) that the refusal carries.
 */
public enum Reason {
  // input: the shape of a value
  REQUIRED,
  TOO_LONG,
  INVALID_CHARACTERS,
  INVALID_FORMAT,
  INVALID_LENGTH,
  INVALID_CHECKSUM,
  INVALID_COMPONENT,
  UNKNOWN_COUNTRY,
  DUPLICATED_PREFIX,
  INVALID_NATIONAL_CHECKSUM,
  UNKNOWN_BANK,
  BIC_MISMATCH,
  INVALID_PHONE,
  PHONE_TOO_SHORT,
  PHONE_TOO_LONG,
  PHONE_NOT_IN_COUNTRY,
  PHONE_UNKNOWN_COUNTRY_CODE,
  PHONE_NEEDS_COUNTRY_CODE,
  INVALID_POSTAL_CODE,
  OUT_OF_RANGE,
  NOT_A_NUMBER,
  NOT_A_DATE,
  NOT_YES_NO,
  NOT_A_CHOICE,
  UNKNOWN_FIELD,
  UNKNOWN_VALUE,
  UNKNOWN_NAME,
  NOT_A_CRITERION,
  UNSUPPORTED_OPERATOR,
  TOO_MANY,
  DOUBLE_DEFAULT,
  MISMATCH,
  CONTROL_CHARACTER,
  BROKEN_CHARACTER,
  NOT_FOUND,
  INVALID_PATTERN,
  NOT_FOUND_AMONG,
  // business: the state of the tenant's data
  NUMBER_TAKEN(Kind.BUSINESS),
  STALE_VERSION(Kind.BUSINESS),
  DELETED_MEANWHILE(Kind.BUSINESS),
  HAS_SALES_DOCUMENTS(Kind.BUSINESS),
  ALREADY_ARCHIVED(Kind.BUSINESS),
  NOT_ARCHIVED(Kind.BUSINESS),
  KEY_TAKEN(Kind.BUSINESS),
  BUILT_IN(Kind.BUSINESS),
  HAS_VALUES(Kind.BUSINESS);

  /** Whether the input was wrong, or the input was fine and a rule of the tenant's data refused it. */
  public enum Kind {
    /** The shape of what was typed or asked for: a wrong value, an unknown name, a missing field. */
    INPUT,
    /** The state of the tenant's data: a taken number, a stale version, sales documents, ... */
    BUSINESS
  }

  private final Kind kind;

  Reason() {
    this(Kind.INPUT);
  }

  Reason(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The key of this reason's message in the resource bundle, e.g. {@code reason.invalid_checksum}. */
  public String messageKey() {
    return "reason." + name().toLowerCase(Locale.ROOT);
  }
}
