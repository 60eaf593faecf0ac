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
    Cell read(ResultSet rs) throws SQLException;
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
    CustomerId id = CustomerId.parse(rs.getString(1)).orElseThrow(() -> corrupt("id"));
    String[] keys = new String[keyCount];
    for (int i = 0; i < keyCount; i++) {
      keys[i] = rs.getString(3 + i);
    }
    Cell[] row = new Cell[cells.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = cells.get(i).read(rs);
    }
    // immutable lists made once, which the records then keep without copying
    return new ListedCustomer(id, new CustomerNumber(rs.getString(2)), List.of(row),
        new Keyset(List.of(keys), id));
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
    return rs -> {
      String stored = rs.getString(type);
      return stored == null ? Cell.empty() : ColumnKeys.fieldCell(CustomerRows.fieldValue(stored, rs.getString(text)));
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
        yield rs -> Cell.text("company".equals(rs.getString(kind))
            ? new Party.Company(rs.getString(company), Optional.ofNullable(rs.getString(legalForm))).fullName()
            : new Party.Person(Optional.empty(), Optional.ofNullable(rs.getString(firstName)),
                rs.getString(lastName)).fullName());
      }
      case ADDRESS -> {
        int street = stored("street");
        int houseNumber = stored("house_number");
        int box = stored("box");
        yield rs -> Cell.text(Address.firstLine(rs.getString(street), rs.getString(houseNumber), rs.getString(box)));
      }
      case POSTAL_CODE -> text(stored("postal_code"));
      case CITY -> text(stored("city"));
      case COUNTRY -> text(stored("country"));
      case PHONE -> phone(stored("phone_shown"), stored("phone"));
      case MOBILE -> phone(stored("mobile_shown"), stored("mobile"));
      case EMAIL -> text(stored("email"));
      case VAT_NUMBER -> {
        int vat = stored("vat_number");
        yield rs -> {
          String canonical = rs.getString(vat);
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
    return rs -> Cell.text(rs.getString(column));
  }

  private static CellReader phone(int shown, int e164) {
    return rs -> Cell.text(CustomerRows.shownPhone(rs.getString(shown), rs.getString(e164)));
  }

  private static CellReader timestamp(int column) {
    return rs -> new Cell.Timestamp(Instant.parse(rs.getString(column)));
  }

  private static IllegalStateException corrupt(String column) {
    return new IllegalStateException("corrupt customer row: " + column);
  }
}
