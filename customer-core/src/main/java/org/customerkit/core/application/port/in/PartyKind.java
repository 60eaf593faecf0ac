package org.customerkit.core.application.port.in;

/** Whether a form describes a company or a person. */
public enum PartyKind {
  COMPANY,
  PERSON
}
