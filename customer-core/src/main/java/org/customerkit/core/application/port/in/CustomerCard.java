package org.customerkit.core.application.port.in;

/**
 * The customer card of one tenant ("Klantenfiche"): add, edit, open, delete, archive. What a host takes that
 * only shows and keeps cards, without the list, views, reports or extra-field definitions.
 */
public interface CustomerCard extends RegisterCustomer, EditCustomer, ShowCustomer, DeleteCustomer,
    ArchiveCustomer {}
