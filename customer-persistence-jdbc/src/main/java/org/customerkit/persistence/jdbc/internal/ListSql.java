package org.customerkit.persistence.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 */
public final class ListSql {

  private final Tables tables;
  private final SqlDialect dialect;
  private final ConditionSql conditions;
  /**
   * The row readers by sort columns and shown columns: a screen asks the same few shapes again and again, and a
   * reader is immutable once made.
   */
  private final Map<List<List<Column>>, ListedRows> readers = new ConcurrentHashMap<>();
  private static final int MAX_READERS = 256;
  /**
   * The page statements by shape, as templates: the tenant, the limit and the keyset's values are slots, filled
   * per call, so that one text serves every page of a view and the database's statement cache finds it at once.
   * The condition is part of the shape, values and all (a search per term).
   */
  private final Map<PageShape, Sql> pages = new ConcurrentHashMap<>();
  private static final int MAX_PAGES = 256;

  /** The slots of a page template: the tenant, the limit, then the keyset's keys and its id. */
  private static final int TENANT = 0;
  private static final int LIMIT = 1;
  private static final int KEYSET = 2;

  /**
   * What a page statement's text depends on: {@code select} the whole customer's columns or a reader's, with
   * its joined fields.
   */
  private record PageShape(Condition condition, Sort sort, String select, List<ExtraFieldColumn> shownFields,
      boolean after, int branch) {}

  public ListSql(Tables tables, SqlDialect dialect) {
    this.tables = tables;
    this.dialect = dialect;
    this.conditions = new ConditionSql(tables);
  }

  /** {@code SELECT} of the customer rows matching, in the sort's order, after the keyset, at most {@code limit}. */
  public Sql list(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit) {
    return list(tenant, condition, sort, after, limit, WHOLE);
  }

  /** {@link #list}, for one branch of a split keyset ({@link #keysetBranches}). */
  public Sql list(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit, int branch) {
    return page(tenant, condition, sort, after, limit, CustomerRows.READ, List.of(), branch);
  }

  /** The keyset written whole, in one statement. */
  public static final int WHOLE = -1;

  /**
   * How many statements read a page after this keyset: 1 for one statement with the keyset whole; on a dialect that
   * splits keysets, one per sort key plus one for the id. Branch {@code b} (numbered from the last, {@code
   * branches - 1}, down to 0) asks the keys before position {@code b} to equal the keyset's and the key at
   * {@code b} (the id at the end) to come strictly after it; read in that order, the branches give the rows after
   * the keyset in the sort's order, and a page reads them until it is full.
   */
  public int keysetBranches(Sort sort, Optional<Keyset> after) {
    return after.isPresent() && dialect.keysetForm() == SqlDialect.KeysetForm.SPLIT ? sort.keys().size() + 1 : 1;
  }

  /**
   * The rows of the same customers as {@link #list}, in the same order: the sort keys and the stored columns that
   * {@code columns} are shown from, with one join per extra field shown.
   */
  public Rows rows(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit,
      List<? extends Column> columns) {
    return rows(tenant, condition, sort, after, limit, columns, WHOLE);
  }

  /** {@link #rows}, for one branch of a split keyset ({@link #keysetBranches}). */
  public Rows rows(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit,
      List<? extends Column> columns, int branch) {
    List<Column> sortColumns = sort.keys().stream().map(SortKey::column).toList();
    ListedRows reader = readers.computeIfAbsent(List.of(sortColumns, List.copyOf(columns)),
        key -> new ListedRows(columns, sortKeys(sort)));
    if (readers.size() > MAX_READERS) {
      readers.clear();
    }
    Sql sql = page(tenant, condition, sort, after, limit, reader.selectList(), reader.joinedFields(), branch);
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

  private Sql page(TenantId tenant, Condition condition, Sort sort, Optional<Keyset> after, int limit,
      String select, List<ExtraFieldColumn> shownFields, int branch) {
    PageShape shape = new PageShape(condition, sort, select, shownFields, after.isPresent(), branch);
    Sql template = pages.get(shape);
    if (template == null) {
      template = template(shape);
      if (pages.size() >= MAX_PAGES) {
        pages.clear();
      }
      pages.put(shape, template);
    }
    Object[] values = new Object[KEYSET + (after.isPresent() ? sort.keys().size() + 1 : 0)];
    values[TENANT] = tenant.value();
    values[LIMIT] = limit;
    if (after.isPresent()) {
      Keyset keyset = after.get();
      if (keyset.keys().size() != sort.keys().size()) {
        throw new IllegalArgumentException("a keyset of " + keyset.keys().size() + " keys for the sort "
            + sort.text());
      }
      for (int i = 0; i < keyset.keys().size(); i++) {
        values[KEYSET + i] = keyset.keys().get(i);
      }
      values[values.length - 1] = keyset.id().toString();
    }
    return template.fill(values);
  }

  /** The statement of a page's shape, its tenant, limit and keyset as slots; its text read, so shareable. */
  private Sql template(PageShape shape) {
    Condition condition = shape.condition();
    Sort sort = shape.sort();
    List<ExtraFieldColumn> shownFields = shape.shownFields();
    int branch = shape.branch();
    List<String> keys = sortKeys(sort);
    Sql sql = new Sql(dialect.textCollation()).append("SELECT ").append(shape.select()).append(" FROM ")
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
    where(sql, condition);
    if (shape.after()) {
      if (branch == WHOLE) {
        keyset(sql, sort, keys);
      } else {
        branch(sql, sort, keys, branch);
      }
    }
    String first = suffix(sort.primary().direction());
    sql.append(" ORDER BY c.tenant_id").append(first).append(", ");
    if (walksVatIndex(condition, sort)) {
      sql.append("c.has_vat").append(first).append(", ");
    }
    for (int i = 0; i < keys.size(); i++) {
      sql.append(keys.get(i)).append(suffix(sort.keys().get(i).direction())).append(", ");
    }
    sql.append("c.id").append(suffix(sort.tieBreakDirection()));
    sql.append(" LIMIT ").slot(LIMIT, false);
    sql.text(); // fixes the text before the template is shared between threads
    return sql;
  }

  private void join(Sql sql, String alias, ExtraFieldColumn field) {
    sql.append(" LEFT JOIN ").append(tables.fieldValues()).append(" ").append(alias).append(" ON ")
        .append(alias).append(".tenant_id = c.tenant_id AND ").append(alias).append(".customer_id = c.id AND ")
        .append(alias).append(".field_key = ").param(field.key().value());
  }

  public Sql count(TenantId tenant, Condition condition) {
    Sql sql = new Sql(dialect.textCollation()).append("SELECT COUNT(*) FROM ").append(tables.customers()).append(" c");
    where(sql, condition);
    return sql.fill(tenant.value());
  }

  /** The tenant (slot {@link #TENANT}) and the condition. */
  private void where(Sql sql, Condition condition) {
    sql.append(" WHERE c.tenant_id = ").slot(TENANT, true);
    if (!ConditionSql.isAlways(condition)) {
      sql.append(" AND (");
      conditions.append(condition, sql);
      sql.append(")");
    }
  }

  /** The keyset whole, its keys and id as the slots from {@link #KEYSET} on. */
  private void keyset(Sql sql, Sort sort, List<String> keys) {
    List<Direction> directions = new ArrayList<>();
    sort.keys().forEach(k -> directions.add(k.direction()));
    List<String> expressions = new ArrayList<>(keys);
    expressions.add("c.id");
    directions.add(sort.tieBreakDirection());
    boolean uniform = directions.stream().distinct().count() == 1;
    if (uniform && dialect.keysetForm() == SqlDialect.KeysetForm.ROW_VALUE) {
      sql.append(" AND (").append(String.join(", ", expressions)).append(") ")
          .append(directions.get(0) == Direction.ASC ? ">" : "<").append(" (");
      for (int i = 0; i < expressions.size(); i++) {
        sql.append(i > 0 ? ", " : "").slot(KEYSET + i, true);
      }
      sql.append(")");
      return;
    }
    // k1 >= ? AND (k1 > ? OR (k1 = ? AND (k2 > ? OR (k2 = ? AND id > ?))))
    sql.append(" AND ").append(expressions.get(0)).append(directions.get(0) == Direction.ASC ? " >= " : " <= ")
        .slot(KEYSET, true).append(" AND ");
    for (int i = 0; i < expressions.size(); i++) {
      String strict = directions.get(i) == Direction.ASC ? " > " : " < ";
      sql.append("(").append(expressions.get(i)).append(strict).slot(KEYSET + i, true);
      if (i < expressions.size() - 1) {
        sql.append(" OR (").append(expressions.get(i)).append(" = ").slot(KEYSET + i, true).append(" AND ");
      }
    }
    for (int i = 0; i < expressions.size(); i++) {
      sql.append(i < expressions.size() - 1 ? "))" : ")");
    }
  }

  /** {@code k1 = ? AND ... AND k(b-1) = ? AND kb > ?} (or {@code <} for a descending key; the id after the keys). */
  private void branch(Sql sql, Sort sort, List<String> keys, int branch) {
    List<String> expressions = new ArrayList<>(keys);
    expressions.add("c.id");
    if (branch < 0 || branch >= expressions.size()) {
      throw new IllegalArgumentException("no keyset branch " + branch + " for " + sort.text());
    }
    for (int i = 0; i < branch; i++) {
      sql.append(" AND ").append(expressions.get(i)).append(" = ").slot(KEYSET + i, true);
    }
    Direction direction = branch < keys.size() ? sort.keys().get(branch).direction() : sort.tieBreakDirection();
    sql.append(" AND ").append(expressions.get(branch)).append(direction == Direction.ASC ? " > " : " < ")
        .slot(KEYSET + branch, true);
  }

  private static String suffix(Direction direction) {
    return direction == Direction.ASC ? "" : " DESC";
  }
}
