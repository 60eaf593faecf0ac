/**
 * The use cases a host calls, one interface each, with their command and query values. Commands carry what
 * the user typed and validate themselves with Jakarta constraints at the port; business refusals come back
 * as {@link org.customerkit.core.application.port.in.Outcome}s with localised messages. The
 * {@link org.customerkit.core.application.port.in.Customers} facade of one tenant offers them all.
 */
@CustomerkitStyle
package org.customerkit.core.application.port.in;

import org.customerkit.core.domain.shared.CustomerkitStyle;
