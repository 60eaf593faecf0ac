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
  // business: the state of the tenant's data
  NUMBER_TAKEN,
  STALE_VERSION,
  NOT_FOUND,
  NOT_FOUND_AMONG,
  BUILT_IN,
  HAS_SALES_DOCUMENTS,
  ALREADY_ARCHIVED,
  NOT_ARCHIVED,
  INVALID_PATTERN,
  KEY_TAKEN;

  /** The key of this reason's message in the resource bundle, e.g. {@code reason.invalid_checksum}. */
  public String messageKey() {
    return "reason." + name().toLowerCase(Locale.ROOT);
  }
}
