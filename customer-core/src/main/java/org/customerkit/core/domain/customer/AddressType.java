package org.customerkit.core.domain.customer;

/** What an extra address is for; a sales document picks its billing or delivery address from these. */
public enum AddressType {
  BILLING,
  DELIVERY,
  OTHER
}
