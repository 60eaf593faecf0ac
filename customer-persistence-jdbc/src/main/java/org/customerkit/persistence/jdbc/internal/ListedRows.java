package org.customerkit.persistence.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.StandardColumn;

/**
 * A list page as rows: the stored columns a list's columns are shown from, selected beside the sort keys, and read
 * back into {@link ListedCustomer}s with the same cells {@link ColumnKeys#cell} gives a whole customer, without
 * building one. An extra field column reads its value through a {@code LEFT JOIN} aliased {@code f0, f1, ...}.
 * The contract kit and the oracle property compare these rows with {@link ListedCustomer#of}. A reader is
 * immutable once made, so one serves every page of the same shape, on any thread.
 */
public final class ListedRows {

  /**
   * How a cell is made from the stored columns at its positions: as it is, or composed here by the domain's rules,
   * so that a composed text can follow the customer's language.
   */
  private enum Shape {
    /** One text column as it is ('' for none; the phones are stored in their national form). */
    TEXT,
    /** Party kind, company name, legal form, first name, last name: {@code Party.fullName}. */
    FULL_NAME,
    /** Street, house number, box and the customer's language: {@code Address.firstLine}. */
    ADDRESS,
    /** The canonical VAT number: {@code VatNumber.display}. */
    VAT_NUMBER,
    /** An instant as ISO-8601 text. */
    TIMESTAMP,
    /** An extra field's value type and text, from its joined value row. */
    FIELD
  }

  /**
   * One cell of every row: its shape and the 1-based positions of its stored columns, made by one switch over the
   * shapes.
   */
  private record Shown(Shape shape, int[] at) {}

  private final List<ExtraFieldColumn> fields = new ArrayList<>();
  /** The select list: expression to its position in the result, 1-based. */
  private final Map<String, Integer> selected = new LinkedHashMap<>();
  /** Used while the constructor runs: the positions read for every row. */
  private final Set<Integer> everyRow = new HashSet<>();
  private final int keyCount;
  private final Shown[] cells;
  /**
   * By cell: the position of the text it shows as it is, 0 where the cell is made otherwise. Most cells are such
   * text; {@link #read} makes them in its own loop.
   */
  private final int[] textAt;
  private final String selectList;
  /**
   * By position: whether every row reads it. Each is read once, since several cells share a column (the number,
   * the company name) and decoding text is most of what reading a row costs.
   */
  private final boolean[] readEveryRow;

  /**
   * The rows of these columns, for a query whose sort key expressions are {@code keys} (read as the row's
   * position).
   */
  public ListedRows(List<? extends Column> columns, List<String> keys) {
    this.keyCount = keys.size();
    everyRow.add(select("c.id"));
    everyRow.add(select("c.number"));
    keys.forEach(key -> everyRow.add(select(key)));
    cells = new Shown[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      Column column = columns.get(i);
      cells[i] = column instanceof ExtraFieldColumn field ? fieldCell(field) : cell((StandardColumn) column);
    }
    textAt = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      Shape shape = cells[i].shape();
      textAt[i] = shape == Shape.TEXT ? cells[i].at()[0] : 0;
    }
    selectList = String.join(", ", selected.keySet());
    readEveryRow = new boolean[selected.size() + 1];
    everyRow.forEach(position -> readEveryRow[position] = true);
  }

  private int select(String expression) {
    return selected.computeIfAbsent(expression, e -> selected.size() + 1);
  }

  /** A stored column every row reads. */
  private int stored(String column) {
    int position = select("c." + column);
    everyRow.add(position);
    return position;
  }

  /** The select list. */
  public String selectList() {
    return selectList;
  }

  /** The extra fields whose values are joined, in alias order ({@code f0} first). */
  public List<ExtraFieldColumn> joinedFields() {
    return List.copyOf(fields);
  }

  /** Every row of the result, appended to {@code page}. */
  public void readAll(ResultSet rs, List<ListedCustomer> page) throws SQLException {
    // one buffer for the page: a row's values are copied into its cells before the next row is read
    String[] values = new String[readEveryRow.length];
    while (rs.next()) {
      page.add(read(rs, values));
    }
  }

  private ListedCustomer read(ResultSet rs, String[] values) throws SQLException {
    for (int i = 1; i < values.length; i++) {
      if (readEveryRow[i]) {
        values[i] = rs.getString(i);
      }
    }
    CustomerId id = id(values[1]);
    List<String> keys;
    if (keyCount == 1) {
      keys = List.of(values[3]);
    } else {
      String[] several = new String[keyCount];
      System.arraycopy(values, 3, several, 0, keyCount);
      keys = List.of(several);
    }
    Cell[] shown = new Cell[cells.length];
    for (int i = 0; i < shown.length; i++) {
      int at = textAt[i];
      String text = at > 0 ? values[at] : null;
      shown[i] = text != null ? Cell.text(text) : cell(cells[i], values);
    }
    // immutable lists made once, which the records then keep without copying
    return new ListedCustomer(id, new CustomerNumber(values[2]), List.of(shown), new Keyset(keys, id));
  }

  private static CustomerId id(String stored) {
    try {
      return new CustomerId(UUID.fromString(stored));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw corrupt("id");
    }
  }

  /**
   * A cell of the current row, by the rules of {@link ColumnKeys#cell}: any shape, though {@link #read} makes the
   * text it finds stored itself.
   */
  private static Cell cell(Shown cell, String[] values) {
    int[] at = cell.at();
    String shown = values[at[0]];
    return switch (cell.shape()) {
      case TEXT -> Cell.text(shown);
      case FULL_NAME -> Cell.text("company".equals(shown)
          ? Party.Company.fullNameOf(values[at[1]], values[at[2]])
          : Party.Person.fullNameOf(values[at[3]], values[at[4]]));
      case ADDRESS -> Cell.text(Address.firstLine(values[at[0]], values[at[1]], values[at[2]],
          Language.fromCode(values[at[3]]).orElseThrow(() -> corrupt("language_sort"))));
      case VAT_NUMBER -> Cell.text(shown == null ? "" : VatNumber.displayOf(shown));
      case TIMESTAMP -> new Cell.Timestamp(Instant.parse(shown));
      case FIELD -> shown == null ? Cell.empty()
          : ColumnKeys.fieldCell(CustomerRows.fieldValue(shown, values[at[1]]));
    };
  }

  /** An extra field's cell, from its value row joined as {@code f<n>}. */
  private Shown fieldCell(ExtraFieldColumn field) {
    int alias = fields.indexOf(field);
    if (alias < 0) {
      alias = fields.size();
      fields.add(field);
    }
    int type = select("f" + alias + ".value_type");
    int text = select("f" + alias + ".value_text");
    everyRow.add(type);
    everyRow.add(text);
    return new Shown(Shape.FIELD, new int[] {type, text});
  }

  /** A standard column's cell and the stored columns it is shown from. */
  private Shown cell(StandardColumn column) {
    return switch (column) {
      case NUMBER -> text("number");
      case COMPANY_NAME -> text("company_name");
      case FULL_NAME -> composed(Shape.FULL_NAME, "party_kind", "company_name", "legal_form", "first_name",
          "last_name");
      case ADDRESS -> composed(Shape.ADDRESS, "street", "house_number", "box", "language_sort");
      case POSTAL_CODE -> text("postal_code");
      case CITY -> text("city");
      case COUNTRY -> text("country");
      case PHONE -> text("phone_shown");
      case MOBILE -> text("mobile_shown");
      case EMAIL -> text("email");
      case VAT_NUMBER -> composed(Shape.VAT_NUMBER, "vat_number");
      case LANGUAGE -> text("language_sort");
      case STATUS -> text("status_sort");
      case CREATED -> new Shown(Shape.TIMESTAMP, new int[] {stored("created_at")});
      case UPDATED -> new Shown(Shape.TIMESTAMP, new int[] {stored("updated_at")});
    };
  }

  private Shown composed(Shape shape, String... columns) {
    int[] at = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      at[i] = stored(columns[i]);
    }
    return new Shown(shape, at);
  }

  private Shown text(String column) {
    return new Shown(Shape.TEXT, new int[] {stored(column)});
  }

  private static IllegalStateException corrupt(String column) {
    return new IllegalStateException("corrupt customer row: " + column);
  }
}
