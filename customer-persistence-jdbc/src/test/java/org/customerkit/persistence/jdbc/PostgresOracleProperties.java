package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** The oracle property on Postgres. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class PostgresOracleProperties extends OracleProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(PostgresOracleProperties.class);
  }
}
