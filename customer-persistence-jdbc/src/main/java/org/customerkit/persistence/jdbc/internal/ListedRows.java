package org.customerkit.persistence.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.fiscal.VatNumber;
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

  /** Reads one cell from the columns of the current row. */
  @FunctionalInterface
  private interface CellReader {
    Cell read(Row row) throws SQLException;
  }

  /**
   * The current row's columns, each read from the result set at most once: several cells share a column (the
   * number, the company name), and decoding text is most of what reading a row costs. A column only some rows
   * need (the E.164 phone behind a missing shown one) is read only by those.
   */
  private static final class Row {
    private final ResultSet rs;
    private final String[] values;
    private final boolean[] read;

    Row(ResultSet rs, int columns) {
      this.rs = rs;
      this.values = new String[columns + 1];
      this.read = new boolean[columns + 1];
    }

    String get(int column) throws SQLException {
      if (!read[column]) {
        values[column] = rs.getString(column);
        read[column] = true;
      }
      return values[column];
    }
  }

  private final List<ExtraFieldColumn> fields = new ArrayList<>();
  /** The select list: expression to its position in the result, 1-based. */
  private final Map<String, Integer> selected = new LinkedHashMap<>();
  private final int keyCount;
  private final List<CellReader> cells = new ArrayList<>();
  private final String selectList;

  /**
   * The rows of these columns, for a query whose sort key expressions are {@code keys} (read as the row's
   * position).
   */
  public ListedRows(List<? extends Column> columns, List<String> keys) {
    this.keyCount = keys.size();
    select("c.id");
    select("c.number");
    keys.forEach(this::select);
    for (Column column : columns) {
      cells.add(column instanceof ExtraFieldColumn field ? fieldCell(field) : cell((StandardColumn) column));
    }
    selectList = String.join(", ", selected.keySet());
  }

  private int select(String expression) {
    return selected.computeIfAbsent(expression, e -> selected.size() + 1);
  }

  private int stored(String column) {
    return select("c." + column);
  }

  /** The select list. */
  public String selectList() {
    return selectList;
  }

  /** The extra fields whose values are joined, in alias order ({@code f0} first). */
  public List<ExtraFieldColumn> joinedFields() {
    return List.copyOf(fields);
  }

  /** The row at the result set's cursor. */
  public ListedCustomer read(ResultSet rs) throws SQLException {
    Row row = new Row(rs, selected.size());
    CustomerId id = CustomerId.parse(row.get(1)).orElseThrow(() -> corrupt("id"));
    String[] keys = new String[keyCount];
    for (int i = 0; i < keyCount; i++) {
      keys[i] = row.get(3 + i);
    }
    Cell[] shown = new Cell[cells.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = cells.get(i).read(row);
    }
    // immutable lists made once, which the records then keep without copying
    return new ListedCustomer(id, new CustomerNumber(row.get(2)), List.of(shown), new Keyset(List.of(keys), id));
  }

  /** An extra field's cell, from its value row joined as {@code f<n>}. */
  private CellReader fieldCell(ExtraFieldColumn field) {
    int alias = fields.indexOf(field);
    if (alias < 0) {
      alias = fields.size();
      fields.add(field);
    }
    int type = select("f" + alias + ".value_type");
    int text = select("f" + alias + ".value_text");
    return row -> {
      String stored = row.get(type);
      return stored == null ? Cell.empty() : ColumnKeys.fieldCell(CustomerRows.fieldValue(stored, row.get(text)));
    };
  }

  /** A standard column's cell, from the stored columns it is shown from, by the rules of {@link ColumnKeys#cell}. */
  private CellReader cell(StandardColumn column) {
    return switch (column) {
      case NUMBER -> text(stored("number"));
      case COMPANY_NAME -> text(stored("company_name"));
      case FULL_NAME -> {
        int kind = stored("party_kind");
        int company = stored("company_name");
        int legalForm = stored("legal_form");
        int firstName = stored("first_name");
        int lastName = stored("last_name");
        yield row -> Cell.text("company".equals(row.get(kind))
            ? new Party.Company(row.get(company), Optional.ofNullable(row.get(legalForm))).fullName()
            : new Party.Person(Optional.empty(), Optional.ofNullable(row.get(firstName)), row.get(lastName))
                .fullName());
      }
      case ADDRESS -> {
        int street = stored("street");
        int houseNumber = stored("house_number");
        int box = stored("box");
        yield row -> Cell.text(Address.firstLine(row.get(street), row.get(houseNumber), row.get(box)));
      }
      case POSTAL_CODE -> text(stored("postal_code"));
      case CITY -> text(stored("city"));
      case COUNTRY -> text(stored("country"));
      case PHONE -> phone(stored("phone_shown"), stored("phone"));
      case MOBILE -> phone(stored("mobile_shown"), stored("mobile"));
      case EMAIL -> text(stored("email"));
      case VAT_NUMBER -> {
        int vat = stored("vat_number");
        yield row -> {
          String canonical = row.get(vat);
          return canonical == null ? Cell.empty() : Cell.text(VatNumber.displayOf(canonical));
        };
      }
      case LANGUAGE -> text(stored("language_sort"));
      case STATUS -> text(stored("status_sort"));
      case CREATED -> timestamp(stored("created_at"));
      case UPDATED -> timestamp(stored("updated_at"));
    };
  }

  private static CellReader text(int column) {
    return row -> Cell.text(row.get(column));
  }

  /** The shown phone; the E.164 one is read only for a row saved before the shown form was stored. */
  private static CellReader phone(int shown, int e164) {
    return row -> {
      String national = row.get(shown);
      return Cell.text(national != null ? national : CustomerRows.shownPhone(null, row.get(e164)));
    };
  }

  private static CellReader timestamp(int column) {
    return row -> new Cell.Timestamp(Instant.parse(row.get(column)));
  }

  private static IllegalStateException corrupt(String column) {
    return new IllegalStateException("corrupt customer row: " + column);
  }
}
