package org.customerkit.core.view;

import java.util.EnumSet;
import java.util.Set;

/** The operators of extended search; which ones a column takes depends on its {@link ColumnType}. */
public enum Operator {
  EQUALS,
  NOT_EQUALS,
  CONTAINS,
  STARTS_WITH,
  EMPTY,
  NOT_EMPTY,
  BEFORE,
  AFTER,
  BETWEEN,
  ONE_OF,
  IS_YES,
  IS_NO;

  /** How many operands the operator takes: 0, 1, 2, or -1 for one or more. */
  public int arity() {
    return switch (this) {
      case EMPTY, NOT_EMPTY, IS_YES, IS_NO -> 0;
      case BETWEEN -> 2;
      case ONE_OF -> -1;
      default -> 1;
    };
  }

  /** The operators a column of the given type accepts. */
  public static Set<Operator> forType(ColumnType type) {
    return switch (type) {
      case TEXT -> EnumSet.of(EQUALS, NOT_EQUALS, CONTAINS, STARTS_WITH, EMPTY, NOT_EMPTY, ONE_OF);
      case CHOICE -> EnumSet.of(EQUALS, NOT_EQUALS, ONE_OF, EMPTY, NOT_EMPTY, CONTAINS, STARTS_WITH);
      case NUMBER, DATE, TIMESTAMP -> EnumSet.of(EQUALS, NOT_EQUALS, BEFORE, AFTER, BETWEEN, EMPTY, NOT_EMPTY);
      case YES_NO -> EnumSet.of(IS_YES, IS_NO, EMPTY, NOT_EMPTY);
    };
  }
}
