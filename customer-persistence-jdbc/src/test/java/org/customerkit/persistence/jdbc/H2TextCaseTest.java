package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.customerkit.persistence.jdbc.internal.Tables;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * H2 with {@code IGNORECASE=TRUE}, a common URL option, would compare tenant ids and keys without case, so that
 * tenants {@code acme} and {@code ACME} share every customer: the stores refuse to start on it.
 */
class H2TextCaseTest {

  private static JdbcDataSource database(String options) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:textcase" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + options);
    return dataSource;
  }

  @Test
  void storesRefuseAnH2DatabaseThatIgnoresCase() {
    JdbcStoreException refused = assertThrows(JdbcStoreException.class,
        () -> JdbcCustomerStores.create(database(";IGNORECASE=TRUE")));
    assertTrue(refused.getMessage().startsWith("H2 compares text without case here (IGNORECASE=TRUE in the URL"),
        refused::getMessage);
  }

  @Test
  void storesRefuseTablesCreatedWhileH2IgnoredCase() throws SQLException {
    JdbcDataSource dataSource = database("");
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SET IGNORECASE TRUE");
      statement.execute("CREATE TABLE " + new Tables(JdbcCustomerStores.DEFAULT_PREFIX).customers()
          + " (tenant_id VARCHAR(64) NOT NULL, id CHAR(36) NOT NULL)");
      statement.execute("SET IGNORECASE FALSE");
    }
    JdbcStoreException refused = assertThrows(JdbcStoreException.class, () -> JdbcCustomerStores.create(dataSource));
    assertTrue(refused.getMessage().startsWith("the customerkit table CK_CUSTOMERS was created while H2 ran with"
        + " IGNORECASE=TRUE: its column TENANT_ID compares without case"), refused::getMessage);
  }
}
