package org.customerkit.core.application;

import java.util.Objects;
import org.customerkit.core.application.port.out.CustomerEvents;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the host's {@link CustomerEvents} listener once the outermost transaction commits, and never when it rolls
 * back; a failing listener is logged, never undoes the committed change.
 */
public final class EventPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  private final CustomerEvents events;
  private final Transactions transactions;

  public EventPublisher(CustomerEvents events, Transactions transactions) {
    this.events = Objects.requireNonNull(events, "events");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

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
