package org.customerkit.persistence.jdbc;

class MariaDbStoresTest extends JdbcStoresTestBase {
  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }
}
