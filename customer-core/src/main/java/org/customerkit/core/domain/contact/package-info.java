/** Where and how to reach a customer: addresses, countries, email addresses, phone numbers, contact persons. */
@CustomerkitStyle
package org.customerkit.core.domain.contact;

import org.customerkit.core.domain.shared.CustomerkitStyle;
