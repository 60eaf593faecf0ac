package org.customerkit.persistence.jdbc;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * The base of jqwik properties that run once per database (a subclass per database names it): one schema per
 * subclass, made on first use and dropped after the class by {@link #dropSchema}, and a hook that skips the
 * MariaDB subclass when this run cannot start or reach a MariaDB, saying why.
 */
abstract class DatabaseProperties {

  private static final Map<Class<?>, TestDatabase.Schema> SCHEMAS = new HashMap<>();

  abstract TestDatabase database();

  /** The stores on this subclass's own schema of its database. */
  JdbcCustomerStores stores() {
    synchronized (SCHEMAS) {
      return SCHEMAS.computeIfAbsent(getClass(), c -> database().freshSchema()).stores();
    }
  }

  /** Drops the schema of {@code properties}, if it made one. */
  static void dropSchema(Class<? extends DatabaseProperties> properties) {
    synchronized (SCHEMAS) {
      TestDatabase.Schema schema = SCHEMAS.remove(properties);
      if (schema != null) {
        schema.close();
      }
    }
  }

  /** Skips the properties of a MariaDB this run cannot start or reach, saying why. */
  static final class SkipUnavailable implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return context.optionalContainerClass().filter(DatabaseProperties.class::isAssignableFrom)
          .map(SkipUnavailable::databaseOf).filter(database -> database == TestDatabase.MARIADB)
          .flatMap(TestDatabase::unavailable).map(SkipResult::skip).orElse(SkipResult.doNotSkip());
    }

    private static TestDatabase databaseOf(Class<?> properties) {
      try {
        return ((DatabaseProperties) properties.getDeclaredConstructor().newInstance()).database();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make " + properties.getSimpleName(), e);
      }
    }
  }
}
