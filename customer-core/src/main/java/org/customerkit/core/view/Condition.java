package org.customerkit.core.view;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A filter resolved to what stores evaluate: comparisons of {@link ColumnKeys#sortKey sort keys}, matches on
 * {@link ColumnKeys#matchText match texts} and general-search terms, combined with and, or and not. Every
 * operand is already folded or encoded, so a store compares strings and nothing else. The in-memory store
 * evaluates it with {@link ConditionEvaluator}; a SQL store translates it node by node into bound SQL.
 */
public sealed interface Condition {

  /** Matches every customer. */
  record Always() implements Condition {}

  record AllOf(List<Condition> parts) implements Condition {
    public AllOf {
      parts = List.copyOf(parts);
    }
  }

  record AnyOf(List<Condition> parts) implements Condition {
    public AnyOf {
      parts = List.copyOf(parts);
    }
  }

  record Negation(Condition part) implements Condition {
    public Negation {
      Objects.requireNonNull(part, "part");
    }
  }

  /** {@code sortKey(column) <op> key}, compared by code point; {@code ""} is the empty value. */
  record KeyCompare(Column column, Comparison comparison, String key) implements Condition {
    public KeyCompare {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(key, "key");
    }
  }

  /** {@code sortKey(column)} is one of the keys. */
  record KeyIn(Column column, Set<String> keys) implements Condition {
    public KeyIn {
      Objects.requireNonNull(column, "column");
      keys = Set.copyOf(keys);
    }
  }

  /** {@code matchText(column)} equals, contains or starts with {@code folded}. */
  record TextMatch(Column column, TextOperator operator, String folded) implements Condition {
    public TextMatch {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(folded, "folded");
    }
  }

  /** {@link org.customerkit.core.view.text.SearchText#words} contains {@code word} (a folded word of letters and digits). */
  record SearchWord(String word) implements Condition {
    public SearchWord {
      Objects.requireNonNull(word, "word");
    }
  }

  /** {@link org.customerkit.core.view.text.SearchText#digits} contains {@code digits} (ASCII digits only). */
  record SearchDigits(String digits) implements Condition {
    public SearchDigits {
      Objects.requireNonNull(digits, "digits");
    }
  }

  enum Comparison {
    EQ,
    NE,
    LT,
    LE,
    GT,
    GE;

    /** Whether {@code compare(left, right)} (by code point) satisfies this comparison. */
    public boolean test(int compared) {
      return switch (this) {
        case EQ -> compared == 0;
        case NE -> compared != 0;
        case LT -> compared < 0;
        case LE -> compared <= 0;
        case GT -> compared > 0;
        case GE -> compared >= 0;
      };
    }
  }

  enum TextOperator {
    EQUALS,
    CONTAINS,
    STARTS_WITH
  }
}
