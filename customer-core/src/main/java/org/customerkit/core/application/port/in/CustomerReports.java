package org.customerkit.core.application.port.in;

/** The reports of one tenant: the built-in "Klantenlijst" and the tenant's own, defined, kept and printed. */
public interface CustomerReports extends GenerateReport, ManageReports {}
