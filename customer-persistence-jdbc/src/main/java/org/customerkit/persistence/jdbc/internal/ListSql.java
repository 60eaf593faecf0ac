package org.customerkit.persistence.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;

/**
 * Writes the list, rows, count and keyset statements over the customer table, as the measurements say the
 * databases need them: the tenant first in {@code ORDER BY} (H2 sorts the whole tenant otherwise) in the direction
 * of the first key, so that one index {@code (tenant_id, <column>_sort, id)} serves a single-column sort both
 * ways; the keyset in the dialect's {@link SqlDialect.KeysetForm}.
 *
 * <p>An empty key comes after every other in either direction ({@code CustomerOrder}). Descending, the stored
 * empty key '' is the smallest and so comes last by itself. Ascending, a page is read in two {@link Part}s, the
 * customers with a first key, then those without, each an index range; a later ascending key orders by a blank flag
 * before the key, which costs nothing an index could have saved.
 */
public final class ListSql {

  private final Tables tables;
  private final SqlDialect dialect;
  private final ConditionSql conditions;

  /** Which customers of the order a statement reads, by their first sort key. */
  public enum Part {
    /** All of them: the first key is descending, its empty keys last by themselves. */
    ALL,
    /** Those with a first key (ascending), before... */
    FILLED,
    /** ...those without one. */
    EMPTY
  }

  /**
   * One statement of a page: its part, whether it starts after the page's keyset, and which branch of a split
   * keyset it is ({@link #WHOLE} for the keyset in one statement).
   */
  public record Step(Part part, boolean afterKeyset, int branch) {}

  /** The keyset written whole, in one statement. */
  public static final int WHOLE = -1;

  /** One term of {@code ORDER BY}: a sort key, or the blank flag before an ascending one (1 for an empty key). */
  private record Term(String expression, Direction direction, int key, boolean flag) {}

  public ListSql(Tables tables, SqlDialect dialect) {
    this.tables = tables;
    this.dialect = dialect;
    this.conditions = new ConditionSql(tables);
  }

  /**
   * The statements that read a page after {@code after}, in order; a page reads them, each asked for what the
   * page still lacks, until it is full. Ascending, the part without a first key follows the part with one (and is
   * the only part after a keyset whose first key is empty). On a dialect that splits keysets, a part after the
   * keyset is one statement per term of the order plus one for the id, from the last to the first: branch
   * {@code b} asks the terms before {@code b} to equal the keyset's and the term at {@code b} (the id at the end)
   * to come strictly after it.
   */
  public List<Step> steps(Sort sort, Optional<Keyset> after) {
    List<Step> steps = new ArrayList<>();
    if (sort.primary().direction() == Direction.DESC) {
      addSteps(steps, Part.ALL, sort, after.isPresent());
    } else if (after.isPresent() && after.get().keys().get(0).isEmpty()) {
      addSteps(steps, Part.EMPTY, sort, true);
    } else {
      addSteps(steps, Part.FILLED, sort, after.isPresent());
      addSteps(steps, Part.EMPTY, sort, false);
    }
    return steps;
  }

  private void addSteps(List<Step> steps, Part part, Sort sort, boolean afterKeyset) {
    if (!afterKeyset || dialect.keysetForm() != SqlDialect.KeysetForm.SPLIT) {
      steps.add(new Step(part, afterKeyset, WHOLE));
      return;
    }
    int branches = terms(sort, part, sortKeys(sort)).size() + 1;
    for (int branch = branches - 1; branch >= 0; branch--) {
      steps.add(new Step(part, true, branch));
    }
  }

  /** {@code SELECT} of the customer rows matching, in the sort's order, after the keyset, at most {@code limit}. */
  public Sql list(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit, Step step) {
    return page(tenant, condition, sort, after, limit, CustomerRows.READ, List.of(), step);
  }

  /**
   * The rows of the same customers as {@link #list}, in the same order: the sort keys and the stored columns that
   * {@code columns} are shown from, with one join per extra field shown.
   */
  public Rows rows(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit,
      List<? extends Column> columns, Step step) {
    ListedRows reader = new ListedRows(columns, sortKeys(sort));
    Sql sql = page(tenant, condition, sort, after, limit, reader.selectList(), reader.joinedFields(), step);
    return new Rows(sql, reader);
  }

  /** A rows statement and the reader of its result. */
  public record Rows(Sql sql, ListedRows reader) {}

  /**
   * Whether the condition pins {@code has_vat} (the views with and without a VAT number) and the sort starts on the
   * company name, so that the page walks the index {@code (tenant_id, has_vat, company_name_sort, id)}: the one
   * single-column sort where the other index would step over a whole tenant's persons first.
   */
  public static boolean walksVatIndex(Condition condition, Sort sort) {
    return sort.primary().column() == StandardColumn.COMPANY_NAME && ConditionSql.pinsVat(condition);
  }

  /** The sort key expressions of a sort: a column of the customer row, or of the join {@code s0, s1, ...}. */
  private static List<String> sortKeys(Sort sort) {
    List<String> keys = new ArrayList<>();
    int joined = 0;
    for (SortKey key : sort.keys()) {
      if (key.column() instanceof StandardColumn column) {
        keys.add("c." + CustomerColumns.sort(column));
      } else {
        keys.add("COALESCE(s" + joined++ + ".sort_key, '')");
      }
    }
    return keys;
  }

  /**
   * The terms of the order within a part: every key, a blank flag before each ascending one but the first of a
   * part that holds only filled or only empty first keys.
   */
  private static List<Term> terms(Sort sort, Part part, List<String> keys) {
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Direction direction = sort.keys().get(i).direction();
      if (direction == Direction.ASC && (i > 0 || part == Part.ALL)) {
        terms.add(new Term("CASE WHEN " + keys.get(i) + " = '' THEN 1 ELSE 0 END", Direction.ASC, i, true));
      }
      terms.add(new Term(keys.get(i), direction, i, false));
    }
    return terms;
  }

  private Sql page(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit,
      String select, List<ExtraFieldColumn> shownFields, Step step) {
    List<String> keys = sortKeys(sort);
    List<Term> terms = terms(sort, step.part(), keys);
    Sql sql = new Sql(dialect.textCollation()).append("SELECT ").append(select).append(" FROM ")
        .append(tables.customers()).append(" c");
    if (walksVatIndex(condition, sort)) {
      sql.append(dialect.forceIndex(tables.prefix() + CustomerColumns.VAT_COMPANY_INDEX));
    }
    int joined = 0;
    for (SortKey key : sort.keys()) {
      if (key.column() instanceof ExtraFieldColumn field) {
        join(sql, "s" + joined++, field);
      }
    }
    for (int i = 0; i < shownFields.size(); i++) {
      join(sql, "f" + i, shownFields.get(i));
    }
    where(sql, tenant, condition);
    switch (step.part()) {
      case FILLED -> {
        if (dialect.stepsOverEqualKeys()) {
          // U+0000 is the smallest non-empty key, so ">= U+0000" is "> ''" as a range that starts after the empties
          sql.append(" AND ").append(keys.get(0)).append(" >= ").param("\u0000");
        } else {
          // in the columns' collation on MariaDB, which otherwise no longer walks the index in order
          sql.append(" AND ").append(keys.get(0)).append(" > ''").append(dialect.textCollation());
        }
      }
      case EMPTY -> sql.append(" AND ").append(keys.get(0)).append(" = ''").append(dialect.textCollation());
      case ALL -> { }
    }
    if (step.afterKeyset()) {
      Keyset keyset = after.orElseThrow(() -> new IllegalArgumentException("a step after a keyset without one"));
      if (keyset.keys().size() != sort.keys().size()) {
        throw new IllegalArgumentException("a keyset of " + keyset.keys().size() + " keys for the sort "
            + sort.text());
      }
      List<Object> values = new ArrayList<>();
      for (Term term : terms) {
        String key = keyset.keys().get(term.key());
        values.add(term.flag() ? (Object) (key.isEmpty() ? 1 : 0) : key);
      }
      values.add(keyset.id().toString());
      if (step.branch() == WHOLE) {
        keyset(sql, sort, terms, values);
      } else {
        branch(sql, sort, terms, values, step.branch());
      }
    }
    String first = suffix(terms.get(0).direction());
    sql.append(" ORDER BY c.tenant_id").append(first).append(", ");
    if (walksVatIndex(condition, sort)) {
      sql.append("c.has_vat").append(first).append(", ");
    }
    for (Term term : terms) {
      sql.append(term.expression()).append(suffix(term.direction())).append(", ");
    }
    sql.append("c.id").append(suffix(sort.tieBreakDirection()));
    sql.append(" LIMIT ").param(limit);
    return sql;
  }

  private void join(Sql sql, String alias, ExtraFieldColumn field) {
    sql.append(" LEFT JOIN ").append(tables.fieldValues()).append(" ").append(alias).append(" ON ")
        .append(alias).append(".tenant_id = c.tenant_id AND ").append(alias).append(".customer_id = c.id AND ")
        .append(alias).append(".field_key = ").param(field.key().value());
  }

  public Sql count(TenantId tenant, Condition condition) {
    Sql sql = new Sql(dialect.textCollation()).append("SELECT COUNT(*) FROM ").append(tables.customers()).append(" c");
    where(sql, tenant, condition);
    return sql;
  }

  private void where(Sql sql, TenantId tenant, Condition condition) {
    sql.append(" WHERE c.tenant_id = ").param(tenant.value());
    if (!ConditionSql.isAlways(condition)) {
      sql.append(" AND (");
      conditions.append(condition, sql);
      sql.append(")");
    }
  }

  /** The keyset whole: the terms and the id after the {@code values} of the keyset's row. */
  private void keyset(Sql sql, Sort sort, List<Term> terms, List<Object> values) {
    List<Direction> directions = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    terms.forEach(t -> {
      directions.add(t.direction());
      expressions.add(t.expression());
    });
    expressions.add("c.id");
    directions.add(sort.tieBreakDirection());
    boolean uniform = directions.stream().distinct().count() == 1;
    if (uniform && dialect.keysetForm() == SqlDialect.KeysetForm.ROW_VALUE) {
      sql.append(" AND (").append(String.join(", ", expressions)).append(") ")
          .append(directions.get(0) == Direction.ASC ? ">" : "<").append(" (");
      for (int i = 0; i < expressions.size(); i++) {
        sql.append(i > 0 ? ", " : "").param(values.get(i));
      }
      sql.append(")");
      return;
    }
    // k1 >= ? AND (k1 > ? OR (k1 = ? AND (k2 > ? OR (k2 = ? AND id > ?))))
    sql.append(" AND ").append(expressions.get(0)).append(directions.get(0) == Direction.ASC ? " >= " : " <= ")
        .param(values.get(0)).append(" AND ");
    for (int i = 0; i < expressions.size(); i++) {
      String strict = directions.get(i) == Direction.ASC ? " > " : " < ";
      sql.append("(").append(expressions.get(i)).append(strict).param(values.get(i));
      if (i < expressions.size() - 1) {
        sql.append(" OR (").append(expressions.get(i)).append(" = ").param(values.get(i)).append(" AND ");
      }
    }
    for (int i = 0; i < expressions.size(); i++) {
      sql.append(i < expressions.size() - 1 ? "))" : ")");
    }
  }

  /** {@code t1 = ? AND ... AND t(b-1) = ? AND tb > ?} (or {@code <} for a descending term; the id after the terms). */
  private void branch(Sql sql, Sort sort, List<Term> terms, List<Object> values, int branch) {
    if (branch < 0 || branch > terms.size()) {
      throw new IllegalArgumentException("no keyset branch " + branch + " for " + sort.text());
    }
    for (int i = 0; i < branch; i++) {
      sql.append(" AND ").append(terms.get(i).expression()).append(" = ").param(values.get(i));
    }
    String expression = branch < terms.size() ? terms.get(branch).expression() : "c.id";
    Direction direction = branch < terms.size() ? terms.get(branch).direction() : sort.tieBreakDirection();
    sql.append(" AND ").append(expression).append(direction == Direction.ASC ? " > " : " < ")
        .param(values.get(branch));
  }

  private static String suffix(Direction direction) {
    return direction == Direction.ASC ? "" : " DESC";
  }
}
