package org.customerkit.core.application.port.out;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.customer.TenantId;

/**
 * Saved views ("window settings") of each tenant, as text the core reads back: a store does not need to
 * understand filters or columns. A view is identified by its owner ({@code ""} for the whole tenant) and name.
 */
public interface ViewStore {

  /** Adds the view or replaces the one with the same owner and name. */
  void save(TenantId tenant, StoredView view);

  Optional<StoredView> find(TenantId tenant, String owner, String name);

  /** The views of the owner and the tenant-wide ones ({@code owner ""}), by name. */
  List<StoredView> list(TenantId tenant, String owner);

  boolean delete(TenantId tenant, String owner, String name);
}
