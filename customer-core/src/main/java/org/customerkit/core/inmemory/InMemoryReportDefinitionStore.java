package org.customerkit.core.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.StoredReport;
import org.customerkit.core.domain.customer.TenantId;

/** Saved report definitions per tenant, by name. */
final class InMemoryReportDefinitionStore implements ReportDefinitionStore {

  private final InMemoryStores db;
  private final Map<TenantId, Map<String, StoredReport>> byTenant = new HashMap<>();

  InMemoryReportDefinitionStore(InMemoryStores db) {
    this.db = db;
  }

  private Map<String, StoredReport> tenant(TenantId tenant) {
    return byTenant.computeIfAbsent(tenant, t -> new TreeMap<>());
  }

  @Override
  public void save(TenantId tenant, StoredReport report) {
    db.read(() -> {
      Map<String, StoredReport> reports = tenant(tenant);
      StoredReport previous = reports.get(report.name());
      db.change(() -> reports.put(report.name(), report), () -> {
        if (previous == null) {
          reports.remove(report.name());
        } else {
          reports.put(report.name(), previous);
        }
      });
      return null;
    });
  }

  @Override
  public Optional<StoredReport> find(TenantId tenant, String name) {
    return db.read(() -> Optional.ofNullable(tenant(tenant).get(name)));
  }

  @Override
  public List<StoredReport> list(TenantId tenant) {
    return db.read(() -> new ArrayList<>(tenant(tenant).values()));
  }

  @Override
  public boolean delete(TenantId tenant, String name) {
    return db.read(() -> {
      Map<String, StoredReport> reports = tenant(tenant);
      StoredReport previous = reports.get(name);
      if (previous == null) {
        return false;
      }
      db.change(() -> reports.remove(name), () -> reports.put(name, previous));
      return true;
    });
  }
}
