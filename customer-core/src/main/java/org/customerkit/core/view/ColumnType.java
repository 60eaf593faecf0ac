package org.customerkit.core.view;

/** What kind of values a column holds; it decides the operators a criterion may use on it. */
public enum ColumnType {
  TEXT,
  NUMBER,
  DATE,
  TIMESTAMP,
  YES_NO,
  CHOICE
}
