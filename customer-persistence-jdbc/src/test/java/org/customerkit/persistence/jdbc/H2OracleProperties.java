package org.customerkit.persistence.jdbc;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/** The oracle property on H2. */
@AddLifecycleHook(DatabaseProperties.SkipUnavailable.class)
class H2OracleProperties extends OracleProperties {

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @AfterContainer
  static void dropSchema() {
    dropSchema(H2OracleProperties.class);
  }
}
