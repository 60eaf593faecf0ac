package org.customerkit.reports.planted;

import org.customerkit.core.application.GeneratingReports;
import org.customerkit.core.inmemory.InMemoryStores;

/** A planted violation: a writer that reaches a use case and another adapter. Only the boundary test loads it. */
public final class WriterReachingTheCore {

  public Class<?> useCase() {
    return GeneratingReports.class;
  }

  public Class<?> otherAdapter() {
    return InMemoryStores.class;
  }
}
