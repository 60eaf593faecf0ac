package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.customerkit.persistence.jdbc.internal.Sql;

/**
 * MariaDB must read an index in the list's order (the column's own, as a range from the keyset on later pages) and
 * never filesort. Where the filter pins the sort column to one value (the view without VAT numbers sorted by VAT
 * number) the order is the id's, and the primary key {@code (tenant_id, id)} serves as well; a keyset that the
 * filter excludes is an "Impossible WHERE".
 */
class MariaDbListPlansTest extends ListPlansTestBase {

  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }

  @Override
  String explain(Connection connection, Sql sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + sql.text())) {
      return rows(sql.bind(ps));
    }
  }

  @Override
  boolean walksIndex(String plan, String index) {
    boolean ordered = plan.contains("key=" + index) || plan.contains("key=primary")
        || plan.contains("impossible where");
    return ordered && !plan.contains("filesort") && !plan.contains("type=all");
  }
}
