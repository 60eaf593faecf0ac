package org.customerkit.core.application.port.in;

import org.customerkit.core.domain.customer.TenantId;

/**
 * Everything a user does with the customers of one tenant: the facade a host gets from
 * {@code CustomerModule.forTenant(tenant)}. Each capability is its own incoming port, which a host can also take
 * alone ({@code module.card(tenant)}, {@code module.list(tenant)}, ...); this one only gathers them, bound to
 * one tenant, so that no call can reach another tenant's customers.
 */
public interface Customers extends CustomerCard, ListCustomers, ManageViews, CustomerReports, ManageExtraFields {

  TenantId tenant();
}
