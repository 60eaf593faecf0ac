package org.customerkit.core.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.domain.customer.TenantId;

/** Saved views per tenant, keyed by owner and name. */
final class InMemoryViewStore implements ViewStore {

  private final InMemoryStores db;
  private final Map<TenantId, Map<String, StoredView>> byTenant = new HashMap<>();

  InMemoryViewStore(InMemoryStores db) {
    this.db = db;
  }

  private Map<String, StoredView> tenant(TenantId tenant) {
    return byTenant.computeIfAbsent(tenant, t -> new TreeMap<>());
  }

  private static String key(String owner, String name) {
    return owner + "\u0000" + name;
  }

  @Override
  public void save(TenantId tenant, StoredView view) {
    db.read(() -> {
      Map<String, StoredView> views = tenant(tenant);
      String key = key(view.owner(), view.name());
      StoredView previous = views.get(key);
      db.change(() -> views.put(key, view), () -> {
        if (previous == null) {
          views.remove(key);
        } else {
          views.put(key, previous);
        }
      });
      return null;
    });
  }

  @Override
  public Optional<StoredView> find(TenantId tenant, String owner, String name) {
    return db.read(() -> Optional.ofNullable(tenant(tenant).get(key(owner, name))));
  }

  @Override
  public List<StoredView> list(TenantId tenant, String owner) {
    return db.read(() -> tenant(tenant).values().stream()
        .filter(v -> v.owner().isEmpty() || v.owner().equals(owner))
        .sorted(Comparator.comparing(StoredView::name).thenComparing(StoredView::owner))
        .collect(Collectors.toList()));
  }

  @Override
  public boolean delete(TenantId tenant, String owner, String name) {
    return db.read(() -> {
      Map<String, StoredView> views = tenant(tenant);
      StoredView previous = views.get(key(owner, name));
      if (previous == null) {
        return false;
      }
      db.change(() -> views.remove(key(owner, name)), () -> views.put(key(owner, name), previous));
      return true;
    });
  }
}
