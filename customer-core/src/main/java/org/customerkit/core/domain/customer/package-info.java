/**
 * The customer aggregate: {@link org.customerkit.core.domain.customer.Customer} with its identity, party,
 * addresses, contact details, fiscal and commercial data, extra info and extra field values.
 */
@CustomerkitStyle
package org.customerkit.core.domain.customer;

import org.customerkit.core.domain.shared.CustomerkitStyle;
