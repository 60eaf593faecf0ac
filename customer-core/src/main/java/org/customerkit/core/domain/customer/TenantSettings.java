package org.customerkit.core.domain.customer;

import java.util.Objects;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.shared.Language;

/**
 * What a tenant decides for its customers: how numbers are made, and the country and language a new
 * customer gets when the form leaves them out. The country is also the default region of phone numbers.
 */
public record TenantSettings(NumberPattern numberPattern, CountryCode country, Language language,
    int paymentTermDays) {

  public static final TenantSettings BELGIAN_DEFAULTS =
      new TenantSettings(NumberPattern.DEFAULT, CountryCode.BELGIUM, Language.NL, 30);

  public TenantSettings {
    Objects.requireNonNull(numberPattern, "numberPattern");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(language, "language");
    if (paymentTermDays < 0 || paymentTermDays > 365) {
      throw new IllegalArgumentException("payment term out of range: " + paymentTermDays);
    }
  }
}
