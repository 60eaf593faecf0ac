/**
 * Extra fields: data the standard card cannot hold (a birthday, a region, a yes/no flag), defined per tenant
 * by {@link org.customerkit.core.domain.field.ExtraFieldDefinition} and filled per customer with
 * {@link org.customerkit.core.domain.field.FieldValue}s.
 */
@CustomerkitStyle
package org.customerkit.core.domain.field;

import org.customerkit.core.domain.shared.CustomerkitStyle;
