package org.customerkit.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.customerkit.core.application.port.out.CustomerEvents;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.SalesLedger;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.Cursors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outgoing ports and settings the use cases share, as the module was built with them. */
record Ports(CustomerStore customers, CustomerNumbers numbers, ExtraFieldStore fields, ViewStore views,
    SalesLedger sales, Transactions transactions, CustomerEvents events, Clock clock,
    Function<TenantId, TenantSettings> settings, InputValidation validation, Cursors cursors,
    Supplier<CustomerId> ids, ReportDefinitionStore reports) {

  private static final Logger LOG = LoggerFactory.getLogger(Ports.class);

  /** Now, to the millisecond: every store keeps at least that precision, so what is saved reads back equal. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Tells the host once the outermost transaction commits, and never when it rolls back; a failing listener is
   * logged, never undoes the committed change.
   */
  void publish(CustomerEvent event) {
    transactions.afterCommit(() -> deliver(event));
  }

  private void deliver(CustomerEvent event) {
    try {
      events.publish(event);
    } catch (RuntimeException e) {
      LOG.warn("customer event listener failed for {} of customer {}", event.getClass().getSimpleName(),
          event.customerId(), e);
    }
  }
}
