package org.customerkit.persistence.jdbc.internal;

import org.customerkit.core.view.text.CodePointOrder;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.StandardColumn;

/**
 * The SQL interpreter of a {@link Condition}: walks the tree and writes a boolean SQL expression over the
 * customer row aliased {@code c}, every operand bound. It agrees with
 * {@link org.customerkit.core.view.ConditionEvaluator} because it compares the same precomputed strings with
 * code-point collations, and because no expression can be NULL: sort and match columns are never NULL, and an
 * extra field without a value (whose key is {@code ""}) is handled with {@code EXISTS}, deciding in Java whether
 * {@code ""} itself satisfies the test.
 */
public final class ConditionSql {

  /** The escape character of LIKE patterns; chosen because no database treats it specially in a literal. */
  static final char ESCAPE = '!';

  private final Tables tables;

  public ConditionSql(Tables tables) {
    this.tables = tables;
  }

  /** Whether the condition is {@link Condition.Always}, so that a query can leave it out. */
  public static boolean isAlways(Condition condition) {
    return condition instanceof Condition.Always;
  }

  /**
   * Whether the condition needs a plan made for its values on PostgreSQL: a general search or a text criterion,
   * whose best plan depends on the term (how many rows "gent" or "bakk%" match decides between the trigram or
   * match index and the sort index). The status every built-in view filters on has two values and one plan, and
   * {@code has_vat} is a boolean: a view's pages keep their prepared statement on the server and are not parsed
   * again (PostgreSQL still plans each execution for its values, as it does any statement with a parameter that
   * decides the plan, the tenant here).
   */
  public static boolean plansPerCall(Condition condition) {
    if (condition instanceof Condition.AllOf all) {
      return all.parts().stream().anyMatch(ConditionSql::plansPerCall);
    } else if (condition instanceof Condition.AnyOf any) {
      return any.parts().stream().anyMatch(ConditionSql::plansPerCall);
    } else if (condition instanceof Condition.Negation not) {
      return plansPerCall(not.part());
    } else if (condition instanceof Condition.TextMatch match) {
      return match.column() != StandardColumn.STATUS;
    }
    return condition instanceof Condition.SearchWord || condition instanceof Condition.SearchDigits;
  }

  public void append(Condition condition, Sql sql) {
    if (condition instanceof Condition.Always) {
      sql.append("1=1");
    } else if (condition instanceof Condition.AllOf all) {
      junction(all.parts(), " AND ", "1=1", sql);
    } else if (condition instanceof Condition.AnyOf any) {
      junction(any.parts(), " OR ", "1=0", sql);
    } else if (condition instanceof Condition.Negation not) {
      sql.append("NOT (");
      append(not.part(), sql);
      sql.append(")");
    } else if (condition instanceof Condition.KeyCompare compare) {
      keyCompare(compare, sql);
    } else if (condition instanceof Condition.KeyIn in) {
      keyIn(in, sql);
    } else if (condition instanceof Condition.TextMatch match) {
      textMatch(match, sql);
    } else if (condition instanceof Condition.SearchWord word) {
      sql.append("c.search_words LIKE ").param("%" + escape(word.word()) + "%").append(escapeClause());
    } else if (condition instanceof Condition.SearchDigits digits) {
      sql.append("c.search_digits LIKE ").param("%" + escape(digits.digits()) + "%").append(escapeClause());
    } else {
      throw new IllegalArgumentException("unknown condition " + condition);
    }
  }

  private void junction(java.util.List<Condition> parts, String operator, String empty, Sql sql) {
    if (parts.isEmpty()) {
      sql.append(empty);
      return;
    }
    sql.append("(");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sql.append(operator);
      }
      append(parts.get(i), sql);
    }
    sql.append(")");
  }

  /**
   * Whether the condition is, or at its top level ANDs, "the VAT number is (not) empty": then every row it matches
   * has one value of {@code has_vat}.
   */
  public static boolean pinsVat(Condition condition) {
    if (condition instanceof Condition.AllOf all) {
      return all.parts().stream().anyMatch(ConditionSql::pinsVat);
    }
    return condition instanceof Condition.KeyCompare compare && isVatPresence(compare);
  }

  /** "The VAT number is empty" or "is not empty", which {@code has_vat} answers. */
  private static boolean isVatPresence(Condition.KeyCompare compare) {
    return compare.column() == StandardColumn.VAT_NUMBER && compare.key().isEmpty()
        && (compare.comparison() == Condition.Comparison.EQ || compare.comparison() == Condition.Comparison.NE);
  }

  private void keyCompare(Condition.KeyCompare compare, Sql sql) {
    String operator = operator(compare.comparison());
    if (isVatPresence(compare)) {
      sql.append("c.has_vat = ").append(compare.comparison() == Condition.Comparison.NE ? "TRUE" : "FALSE");
      return;
    }
    if (compare.column() instanceof StandardColumn column) {
      sql.append("c.").append(CustomerColumns.sort(column)).append(" ").append(operator).append(" ")
          .param(compare.key());
      return;
    }
    boolean emptyHolds = compare.comparison().test(CodePointOrder.compare("", compare.key()));
    field((ExtraFieldColumn) compare.column(), emptyHolds, sql,
        s -> s.append("v.sort_key ").append(operator).append(" ").param(compare.key()));
  }

  private void keyIn(Condition.KeyIn in, Sql sql) {
    if (in.keys().isEmpty()) {
      sql.append("1=0");
      return;
    }
    java.util.function.Consumer<Sql> list = s -> {
      s.append(" IN (");
      boolean first = true;
      for (String key : in.keys().stream().sorted().toList()) {
        if (!first) {
          s.append(", ");
        }
        first = false;
        s.param(key);
      }
      s.append(")");
    };
    if (in.column() instanceof StandardColumn column) {
      sql.append("c.").append(CustomerColumns.sort(column));
      list.accept(sql);
      return;
    }
    field((ExtraFieldColumn) in.column(), in.keys().contains(""), sql, s -> {
      s.append("v.sort_key");
      list.accept(s);
    });
  }

  private void textMatch(Condition.TextMatch match, Sql sql) {
    String folded = match.folded();
    java.util.function.BiConsumer<String, Sql> test = (column, s) -> {
      switch (match.operator()) {
        case EQUALS -> s.append(column).append(" = ").param(folded);
        case CONTAINS -> s.append(column).append(" LIKE ").param("%" + escape(folded) + "%").append(escapeClause());
        case STARTS_WITH -> s.append(column).append(" LIKE ").param(escape(folded) + "%").append(escapeClause());
      }
    };
    if (match.column() instanceof StandardColumn column) {
      test.accept("c." + CustomerColumns.match(column), sql);
      return;
    }
    boolean emptyHolds = switch (match.operator()) {
      case EQUALS -> folded.isEmpty();
      case CONTAINS, STARTS_WITH -> folded.isEmpty();
    };
    field((ExtraFieldColumn) match.column(), emptyHolds, sql, s -> test.accept("v.match_text", s));
  }

  /**
   * A test on an extra field's value row: {@code EXISTS} a row of the field passing the test, or, when the empty
   * value passes it, also {@code NOT EXISTS} a row of the field at all.
   */
  private void field(ExtraFieldColumn column, boolean emptyHolds, Sql sql, java.util.function.Consumer<Sql> test) {
    if (emptyHolds) {
      sql.append("(");
    }
    sql.append("EXISTS (SELECT 1 FROM ").append(tables.fieldValues())
        .append(" v WHERE v.tenant_id = c.tenant_id AND v.customer_id = c.id AND v.field_key = ")
        .param(column.key().value()).append(" AND ");
    test.accept(sql);
    sql.append(")");
    if (emptyHolds) {
      sql.append(" OR NOT EXISTS (SELECT 1 FROM ").append(tables.fieldValues())
          .append(" v WHERE v.tenant_id = c.tenant_id AND v.customer_id = c.id AND v.field_key = ")
          .param(column.key().value()).append("))");
    }
  }

  static String operator(Condition.Comparison comparison) {
    return switch (comparison) {
      case EQ -> "=";
      case NE -> "<>";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
    };
  }

  private static String escapeClause() {
    return " ESCAPE '" + ESCAPE + "'";
  }

  /** The text with LIKE's wildcards and the escape character escaped, matching only itself. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE || c == '%' || c == '_') {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out.toString();
  }
}
