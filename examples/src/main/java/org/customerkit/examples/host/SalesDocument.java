package org.customerkit.examples.host;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.customerkit.core.domain.customer.CustomerId;

/**
 * One sales document of the sample host.
 *
 * @param id the row id the host gives it
 * @param customer the customer it is for
 * @param kind invoice or quote
 * @param number the document number, e.g. {@code F2026-0001}
 * @param date the document date
 * @param amount the total in euro, two decimals
 */
public record SalesDocument(long id, CustomerId customer, DocumentKind kind, String number, LocalDate date,
    BigDecimal amount) {}
