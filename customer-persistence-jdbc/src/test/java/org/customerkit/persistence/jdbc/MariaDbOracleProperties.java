package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** The oracle property on MariaDb. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class MariaDbOracleProperties extends OracleProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(MariaDbOracleProperties.class);
  }
}
