package org.customerkit.core.view;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

  /** How the operator is written in a criterion's text ({@link org.customerkit.core.view.search.FilterText}): {@code =}, {@code !=}, ... */
  public String symbol() {
    return switch (this) {
      case EQUALS, EMPTY, BETWEEN, ONE_OF, IS_YES, IS_NO -> "=";
      case NOT_EQUALS, NOT_EMPTY -> "!=";
      case CONTAINS -> "~";
      case STARTS_WITH -> "^=";
      case BEFORE -> "<";
      case AFTER -> ">";
    };
  }

  /** The symbols a column of the given type takes, in this enum's order, each once: {@code =, !=, <, >}. */
  public static String symbolsFor(ColumnType type) {
    return forType(type).stream().map(Operator::symbol).distinct().collect(Collectors.joining(", "));
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
