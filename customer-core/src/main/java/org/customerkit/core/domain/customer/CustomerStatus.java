package org.customerkit.core.domain.customer;

/** Active customers show in lists; archived ones are kept for their documents but hidden by default. */
public enum CustomerStatus {
  ACTIVE,
  ARCHIVED
}
