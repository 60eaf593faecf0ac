package org.customerkit.core.application.port.out;

import org.customerkit.core.domain.customer.TenantId;

/**
 * The counters customer numbers are made from, one per tenant and series (a year, or {@code ""}).
 * {@link #next} never gives the same value twice for a tenant and series, also under concurrent calls from
 * several processes; gaps are allowed (a failed registration may lose its value).
 */
public interface CustomerNumbers {

  /** The next value of the series; {@code start} for a series never used before. */
  long next(TenantId tenant, String series, long start);
}
