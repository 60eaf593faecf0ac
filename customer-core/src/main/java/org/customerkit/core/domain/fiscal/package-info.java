/**
 * Fiscal identity of a customer: the EU {@link org.customerkit.core.domain.fiscal.VatNumber} (every member
 * state, Northern Ireland, the United Kingdom and the OSS schemes, checked by format and check digits), the
 * Belgian {@link org.customerkit.core.domain.fiscal.EnterpriseNumber} (KBO/BCE) and the
 * {@link org.customerkit.core.domain.fiscal.PeppolParticipantId} that e-invoices are addressed to.
 *
 * <p>All three are value objects that cannot exist invalid: {@code parse(...)} normalises what a user typed and
 * either returns the value or a refusal with a reason; it never throws. Nothing here asks a registry: whether a
 * number is actually registered (VIES, KBO) is the business of the registry adapters.
 */
@CustomerkitStyle
package org.customerkit.core.domain.fiscal;

import org.customerkit.core.domain.shared.CustomerkitStyle;
