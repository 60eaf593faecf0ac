package org.customerkit.core.application;

import java.util.Objects;
import org.customerkit.core.application.port.out.CustomerEvents;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the host's {@link CustomerEvents} listener; a failing listener is logged, never undoes the change. */
public final class EventPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

  private final CustomerEvents events;

  public EventPublisher(CustomerEvents events) {
    this.events = Objects.requireNonNull(events, "events");
  }

  void publish(CustomerEvent event) {
    try {
      events.publish(event);
    } catch (RuntimeException e) {
      LOG.warn("customer event listener failed for {} of customer {}", event.getClass().getSimpleName(),
          event.customerId(), e);
    }
  }
}
