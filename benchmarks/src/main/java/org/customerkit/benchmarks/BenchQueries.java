package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.view.Keyset;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hand-written side of the benchmarks: the customer list queries in plain JDBC, written as one would write
 * them for this schema without the library, reading the columns a list page shows.
 */
final class BenchQueries {

  static final String TABLE = BenchDatabase.PREFIX + "customers";

  /** What a page reads: a page of 50 plus one row that tells whether there is a next page, as the use case asks. */
  static final int LIMIT = 51;

  /** The rows before a page of 50: page 10,000, the deep page of the benchmarks, starts after row 499,950. */
  static int rowsBefore(int page) {
    return (page - 1) * (LIMIT - 1);
  }

  private BenchQueries() {}

  /** The SQL column of a sort or view column name. */
  static String sortColumn(String column) {
    return switch (column) {
      case "company-name" -> "company_name_sort";
      case "city" -> "city_sort";
      case "number" -> "number_sort";
      default -> throw new IllegalArgumentException("no benchmark for sort " + column);
    };
  }

  /** The WHERE condition of a built-in view after {@code tenant_id = ?}, with its parameters bound next. */
  static String viewCondition(String view) {
    return switch (view) {
      case "all" -> " AND status_sort = ?";
      case "without-vat" -> " AND has_vat = FALSE AND status_sort = ?";
      case "with-vat" -> " AND has_vat = TRUE AND status_sort = ?";
      default -> throw new IllegalArgumentException("unknown view " + view);
    };
  }

  /**
   * The ORDER BY of a view's page on one sort column: the tenant first (H2 needs it to read an index in order),
   * then {@code has_vat} where the view fixes it and the index {@code (tenant_id, has_vat, company_name_sort, id)}
   * serves the sort.
   */
  static String orderBy(String view, String sortColumn) {
    boolean vatIndex = !view.equals("all") && sortColumn.equals("company_name_sort");
    return " ORDER BY tenant_id, " + (vatIndex ? "has_vat, " : "") + sortColumn + ", id";
  }

  /**
   * What a page of the list shows, as one would select it by hand: the id and number, the sort column, and the
   * stored columns the built-in views' columns are shown from (company name; party kind, legal form, first and
   * last name for the full name; street, house number, box and language for the address line; city, country,
   * phone, and the VAT number in the view with one).
   */
  static String rowColumns(String view, String sortColumn) {
    return "id, number, " + sortColumn + ", company_name, party_kind, legal_form, first_name, last_name, street,"
        + " house_number, box, language_sort, city, country, phone_shown"
        + (view.equals("with-vat") ? ", vat_number" : "");
  }

  /**
   * The customers with a value in the sort column, which an ascending page shows before those without; the pages
   * measured (first and 10,000th, by company name or city) all lie among them. Written {@code >= ' '} (names and
   * cities are trimmed text, so every value is at least a space): H2 starts {@code > ''} at the empty values and
   * steps over all of them.
   */
  static String filled(String sortColumn) {
    return " AND " + sortColumn + " >= ' '";
  }

  /**
   * The hand-written page of a view on one sort column: {@code tenant_id = ?}, the view's status (and
   * {@code has_vat}) condition, then, when {@code afterKeyset}, {@code (<sort column>, id) > (?, ?)}, then the
   * limit; bound in that order.
   */
  static String page(String view, String sortColumn, boolean afterKeyset) {
    return "SELECT " + rowColumns(view, sortColumn) + " FROM " + TABLE + " WHERE tenant_id = ?" + viewCondition(view)
        + filled(sortColumn) + (afterKeyset ? " AND (" + sortColumn + ", id) > (?, ?)" : "") + orderBy(view, sortColumn) + " LIMIT ?";
  }

  /**
   * The keyset after row {@code wanted} of the view in this order, read with OFFSET once; when the view has
   * fewer rows, after the row 1,000 before its last, so the page is still a full deep one.
   */
  static Keyset seek(Connection connection, String tenant, String view, String sortColumn, int wanted)
      throws SQLException {
    String where = " FROM " + TABLE + " WHERE tenant_id = ?" + viewCondition(view) + filled(sortColumn);
    int offset = wanted - 1;
    Optional<Keyset> keyset = keysetAt(connection, tenant, view, where, sortColumn, offset);
    if (keyset.isEmpty()) {
      long count;
      try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*)" + where)) {
        ps.setString(1, tenant);
        ps.setString(2, "active");
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          count = rs.getLong(1);
        }
      }
      offset = (int) count - 1_000;
      keyset = keysetAt(connection, tenant, view, where, sortColumn, offset);
    }
    System.out.println("[customerkit bench] view " + view + " by " + sortColumn + ": deep page after row "
        + (offset + 1));
    return keyset.orElseThrow(() -> new IllegalStateException("no rows for the deep page; is the data loaded?"));
  }

  private static Optional<Keyset> keysetAt(Connection connection, String tenant, String view, String where,
      String sortColumn, int offset) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT " + sortColumn + ", id" + where
        + orderBy(view, sortColumn) + " LIMIT 1 OFFSET " + offset)) {
      ps.setString(1, tenant);
      ps.setString(2, "active");
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Keyset(List.of(rs.getString(1)), CustomerId.parse(rs.getString(2)).orElseThrow()));
      }
    }
  }

  /** Runs a prepared, bound query and counts its rows (for the setup's check). */
  static int countRows(PreparedStatement ps) throws SQLException {
    int rows = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows++;
      }
    }
    return rows;
  }

  /**
   * A row of a page as a hand-written data-access method returns it to a screen: the id parsed, the number and the
   * sort key, the texts shown (the full name, address line and VAT number composed from their parts by the
   * domain's rules, the address's box word in the customer's language).
   */
  record RawRow(UUID id, String number, String sortKey, String companyName, String fullName, String addressLine,
      String city, String country, String phone, String vatNumber) {}

  /** Runs a prepared, bound query of {@link #page} and maps every row to a {@link RawRow}. */
  static List<RawRow> readRows(PreparedStatement ps) throws SQLException {
    List<RawRow> rows = new ArrayList<>(LIMIT);
    try (ResultSet rs = ps.executeQuery()) {
      boolean vat = rs.getMetaData().getColumnCount() > 15;
      while (rs.next()) {
        String fullName = "company".equals(rs.getString(5)) ? Party.Company.fullNameOf(rs.getString(4), rs.getString(6))
            : Party.Person.fullNameOf(rs.getString(7), rs.getString(8));
        String line = Address.firstLine(rs.getString(9), rs.getString(10), rs.getString(11),
            Language.fromCode(rs.getString(12)).orElseThrow());
        String vatNumber = vat && rs.getString(16) != null ? VatNumber.displayOf(rs.getString(16)) : "";
        rows.add(new RawRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
            nonNull(rs.getString(4)), fullName, line, nonNull(rs.getString(13)), nonNull(rs.getString(14)),
            rs.getString(15), vatNumber));
      }
    }
    return rows;
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /** Runs a prepared, bound query and reads every column of every row. */
  static int readAll(PreparedStatement ps, Blackhole blackhole) throws SQLException {
    int rows = 0;
    try (ResultSet rs = ps.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          blackhole.consume(rs.getString(i));
        }
        rows++;
      }
    }
    return rows;
  }
}
