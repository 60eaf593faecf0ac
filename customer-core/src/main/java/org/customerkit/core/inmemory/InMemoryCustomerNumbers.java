package org.customerkit.core.inmemory;

import java.util.HashMap;
import java.util.Map;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.domain.customer.TenantId;

/** Counters per tenant and series. */
final class InMemoryCustomerNumbers implements CustomerNumbers {

  private final InMemoryStores db;
  private final Map<String, Long> counters = new HashMap<>();

  InMemoryCustomerNumbers(InMemoryStores db) {
    this.db = db;
  }

  @Override
  public long next(TenantId tenant, String series, long start) {
    return db.read(() -> {
      String key = tenant.value() + "\u0000" + series;
      Long previous = counters.get(key);
      long next = previous == null ? start : previous + 1;
      db.change(() -> counters.put(key, next), () -> {
        if (previous == null) {
          counters.remove(key);
        } else {
          counters.put(key, previous);
        }
      });
      return next;
    });
  }
}
