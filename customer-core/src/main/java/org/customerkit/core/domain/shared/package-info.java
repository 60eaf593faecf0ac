/**
 * What every part of the domain shares: refusals with their reasons and localised messages, the outcome of
 * parsing ({@link org.customerkit.core.domain.shared.Parsed}), the rules of free text a user types
 * ({@link org.customerkit.core.domain.shared.TypedText}), the four languages, and the project's Immutables style.
 */
package org.customerkit.core.domain.shared;
