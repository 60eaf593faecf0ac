/**
 * Bank details of a customer: the {@link org.customerkit.core.domain.bank.Iban}, the
 * {@link org.customerkit.core.domain.bank.Bic}, the two together as a
 * {@link org.customerkit.core.domain.bank.BankAccount}, and the National Bank of Belgium's list of bank
 * codes ({@link org.customerkit.core.domain.bank.BelgianBanks}) from which a Belgian IBAN's BIC is derived.
 */
@CustomerkitStyle
package org.customerkit.core.domain.bank;

import org.customerkit.core.domain.shared.CustomerkitStyle;
