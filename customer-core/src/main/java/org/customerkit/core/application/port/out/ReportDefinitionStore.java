package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.customer.TenantId;

/**
 * The report definitions each tenant saved, as text ({@link StoredReport}); identified by name within a
 * tenant. Every method names the tenant and never touches another tenant's definitions.
 */
public interface ReportDefinitionStore {

  /** Adds the definition or replaces the one with the same name. */
  void save(TenantId tenant, StoredReport report);

  Optional<StoredReport> find(TenantId tenant, String name);

  /** The tenant's definitions, by name. */
  List<StoredReport> list(TenantId tenant);

  /** Removes a definition; false when there was none. */
  boolean delete(TenantId tenant, String name);

  /**
   * A store that keeps nothing: the built-in reports still run, but saving is a configuration error. The
   * module uses it when the host gives no store.
   */
  static ReportDefinitionStore none() {
    return new ReportDefinitionStore() {
      @Override
      public void save(TenantId tenant, StoredReport report) {
        throw new UnsupportedOperationException(
            "no ReportDefinitionStore configured: pass one to CustomerModule.builder().reportDefinitionStore(...)");
      }

      @Override
      public Optional<StoredReport> find(TenantId tenant, String name) {
        return Optional.empty();
      }

      @Override
      public List<StoredReport> list(TenantId tenant) {
        return List.of();
      }

      @Override
      public boolean delete(TenantId tenant, String name) {
        return false;
      }
    };
  }
}
