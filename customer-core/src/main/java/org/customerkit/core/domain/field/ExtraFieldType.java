package org.customerkit.core.domain.field;

/** The kinds of value an extra field holds. */
public enum ExtraFieldType {
  /** One line of text, at most 500 characters. */
  TEXT,
  /** A decimal number such as 12 or -3.75. */
  NUMBER,
  /** A calendar date, written year-month-day. */
  DATE,
  /** Yes or no. */
  YES_NO,
  /** One of the field's choices. */
  CHOICE
}
