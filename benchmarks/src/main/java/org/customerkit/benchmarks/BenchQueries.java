package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.customerkit.core.domain.customer.CustomerId;
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
   * stored columns of the built-in views' columns (number, company name, full name, address line, city, country,
   * phone, and the VAT number in the view with one; the composed ones as the schema stores them shown).
   */
  static String rowColumns(String view, String sortColumn) {
    return "id, number, " + sortColumn + ", company_name, full_name_shown, address_shown, city, country, phone_shown"
        + (view.equals("with-vat") ? ", vat_number_shown" : "");
  }

  /**
   * The hand-written page of a view on one sort column: {@code tenant_id = ?}, the view's status (and
   * {@code has_vat}) condition, then, when {@code afterKeyset}, {@code (<sort column>, id) > (?, ?)}, then the
   * limit; bound in that order.
   */
  static String page(String view, String sortColumn, boolean afterKeyset) {
    return "SELECT " + rowColumns(view, sortColumn) + " FROM " + TABLE + " WHERE tenant_id = ?" + viewCondition(view)
        + (afterKeyset ? " AND (" + sortColumn + ", id) > (?, ?)" : "") + orderBy(view, sortColumn) + " LIMIT ?";
  }

  /**
   * The keyset after row {@code wanted} of the view in this order, read with OFFSET once; when the view has
   * fewer rows, after the row 1,000 before its last, so the page is still a full deep one.
   */
  static Keyset seek(Connection connection, String tenant, String view, String sortColumn, int wanted)
      throws SQLException {
    String where = " FROM " + TABLE + " WHERE tenant_id = ?" + viewCondition(view);
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
   * A row of a page as a hand-written data-access method would return it: the id parsed, the number and the sort
   * key, the shown columns as text (null where the column is).
   */
  record RawRow(UUID id, String number, String sortKey, List<String> shown) {}

  /**
   * Runs a prepared, bound query of {@link #page} and maps every row to a {@link RawRow}: the id, number and sort
   * column first, the shown columns after.
   */
  static List<RawRow> readRows(PreparedStatement ps) throws SQLException {
    List<RawRow> rows = new ArrayList<>(LIMIT);
    try (ResultSet rs = ps.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] shown = new String[columns - 3];
        for (int i = 0; i < shown.length; i++) {
          shown[i] = rs.getString(i + 4);
        }
        rows.add(new RawRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), Arrays.asList(shown)));
      }
    }
    return rows;
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
