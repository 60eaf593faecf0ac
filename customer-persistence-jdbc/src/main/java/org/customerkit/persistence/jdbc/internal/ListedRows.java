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
 * The contract kit and the oracle property compare these rows with {@link ListedCustomer#of}.
 */
public final class ListedRows {

  private final List<? extends Column> columns;
  private final List<ExtraFieldColumn> fields = new ArrayList<>();
  /** The select list: expression to its position in the result, 1-based. */
  private final Map<String, Integer> selected = new LinkedHashMap<>();
  private final int keyCount;

  /**
   * The rows of these columns, for a query whose sort key expressions are {@code keys} (read as the row's
   * position).
   */
  public ListedRows(List<? extends Column> columns, List<String> keys) {
    this.columns = List.copyOf(columns);
    this.keyCount = keys.size();
    select("c.id");
    select("c.number");
    keys.forEach(this::select);
    for (Column column : columns) {
      if (column instanceof ExtraFieldColumn field) {
        if (!fields.contains(field)) {
          String alias = "f" + fields.size();
          fields.add(field);
          select(alias + ".value_type");
          select(alias + ".value_text");
        }
      } else {
        for (String stored : stored((StandardColumn) column)) {
          select("c." + stored);
        }
      }
    }
  }

  private void select(String expression) {
    selected.putIfAbsent(expression, selected.size() + 1);
  }

  /** The stored columns a standard column is shown from. */
  private static List<String> stored(StandardColumn column) {
    return switch (column) {
      case NUMBER -> List.of("number");
      case COMPANY_NAME -> List.of("company_name");
      case FULL_NAME -> List.of("party_kind", "company_name", "legal_form", "first_name", "last_name");
      case ADDRESS -> List.of("street", "house_number", "box");
      case POSTAL_CODE -> List.of("postal_code");
      case CITY -> List.of("city");
      case COUNTRY -> List.of("country");
      case PHONE -> List.of("phone_shown", "phone");
      case MOBILE -> List.of("mobile_shown", "mobile");
      case EMAIL -> List.of("email");
      case VAT_NUMBER -> List.of("vat_number");
      case LANGUAGE -> List.of("language_sort");
      case STATUS -> List.of("status_sort");
      case CREATED -> List.of("created_at");
      case UPDATED -> List.of("updated_at");
    };
  }

  /** The select list. */
  public String selectList() {
    return String.join(", ", selected.keySet());
  }

  /** The extra fields whose values are joined, in alias order ({@code f0} first). */
  public List<ExtraFieldColumn> joinedFields() {
    return List.copyOf(fields);
  }

  /** The row at the result set's cursor. */
  public ListedCustomer read(ResultSet rs) throws SQLException {
    CustomerId id = CustomerId.parse(rs.getString(1)).orElseThrow(() -> corrupt("id"));
    List<String> keys = new ArrayList<>(keyCount);
    for (int i = 0; i < keyCount; i++) {
      keys.add(rs.getString(3 + i));
    }
    List<Cell> cells = new ArrayList<>(columns.size());
    for (Column column : columns) {
      cells.add(column instanceof ExtraFieldColumn field ? fieldCell(rs, field) : cell(rs, (StandardColumn) column));
    }
    return new ListedCustomer(id, CustomerNumber.of(rs.getString(2)), cells, new Keyset(keys, id));
  }

  private Cell fieldCell(ResultSet rs, ExtraFieldColumn field) throws SQLException {
    String alias = "f" + fields.indexOf(field);
    String type = text(rs, alias + ".value_type");
    return type == null ? Cell.empty()
        : ColumnKeys.fieldCell(CustomerRows.fieldValue(type, text(rs, alias + ".value_text")));
  }

  private Cell cell(ResultSet rs, StandardColumn column) throws SQLException {
    return switch (column) {
      case NUMBER -> Cell.text(stored(rs, "number"));
      case COMPANY_NAME -> Cell.text(stored(rs, "company_name"));
      case FULL_NAME -> Cell.text(party(rs).fullName());
      case ADDRESS -> Cell.text(Address.firstLine(stored(rs, "street"), stored(rs, "house_number"),
          stored(rs, "box")));
      case POSTAL_CODE -> Cell.text(stored(rs, "postal_code"));
      case CITY -> Cell.text(stored(rs, "city"));
      case COUNTRY -> Cell.text(stored(rs, "country"));
      case PHONE -> Cell.text(CustomerRows.shownPhone(stored(rs, "phone_shown"), stored(rs, "phone")));
      case MOBILE -> Cell.text(CustomerRows.shownPhone(stored(rs, "mobile_shown"), stored(rs, "mobile")));
      case EMAIL -> Cell.text(stored(rs, "email"));
      case VAT_NUMBER -> Optional.ofNullable(stored(rs, "vat_number")).map(v -> Cell.text(VatNumber.of(v).display()))
          .orElse(Cell.empty());
      case LANGUAGE -> Cell.text(stored(rs, "language_sort"));
      case STATUS -> Cell.text(stored(rs, "status_sort"));
      case CREATED -> new Cell.Timestamp(Instant.parse(stored(rs, "created_at")));
      case UPDATED -> new Cell.Timestamp(Instant.parse(stored(rs, "updated_at")));
    };
  }

  private Party party(ResultSet rs) throws SQLException {
    if ("company".equals(stored(rs, "party_kind"))) {
      return new Party.Company(stored(rs, "company_name"), Optional.ofNullable(stored(rs, "legal_form")));
    }
    return new Party.Person(Optional.empty(), Optional.ofNullable(stored(rs, "first_name")),
        stored(rs, "last_name"));
  }

  private String stored(ResultSet rs, String column) throws SQLException {
    return text(rs, "c." + column);
  }

  private String text(ResultSet rs, String expression) throws SQLException {
    return rs.getString(selected.get(expression));
  }

  private static IllegalStateException corrupt(String column) {
    return new IllegalStateException("corrupt customer row: " + column);
  }
}
