package org.customerkit.core.domain.customer;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.shared.Language;

/**
 * What a tenant decides for its customers: how numbers are made, and the country and language a new
 * customer gets when the form leaves them out. The country is also the default region of phone numbers.
 *
 * @param name the tenant's name (the host's company or administration) as reports print it in their title
 *     block; when absent, reports print the tenant id
 */
public record TenantSettings(NumberPattern numberPattern, CountryCode country, Language language,
    int paymentTermDays, Optional<String> name) {

  public static final TenantSettings BELGIAN_DEFAULTS =
      new TenantSettings(NumberPattern.DEFAULT, CountryCode.BELGIUM, Language.NL, 30);

  public TenantSettings {
    Objects.requireNonNull(numberPattern, "numberPattern");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(language, "language");
    if (paymentTermDays < 0 || paymentTermDays > 365) {
      throw new IllegalArgumentException("payment term out of range: " + paymentTermDays);
    }
    Objects.requireNonNull(name, "name");
    if (name.isPresent() && name.get().isBlank()) {
      throw new IllegalArgumentException("a tenant's name, when given, is not blank");
    }
  }

  /** Settings without a name: reports print the tenant id. */
  public TenantSettings(NumberPattern numberPattern, CountryCode country, Language language, int paymentTermDays) {
    this(numberPattern, country, language, paymentTermDays, Optional.empty());
  }

  /** The same settings under the tenant's name. */
  public TenantSettings named(String name) {
    return new TenantSettings(numberPattern, country, language, paymentTermDays, Optional.of(name.strip()));
  }
}
