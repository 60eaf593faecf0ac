package org.customerkit.core.domain.fiscal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Generators of valid fiscal numbers. The check digits are computed here from each country's published rule,
 * independently of the production code, so a property that feeds these to {@code parse} tests the rules too.
 */
class FiscalDomain extends DomainContextBase {

  @Provide
  Arbitrary<EnterpriseNumber> enterpriseNumbers() {
    return belgianDigits().map(EnterpriseNumber::of);
  }

  /** Valid VAT numbers of Belgium, the Netherlands, Germany, Denmark and Luxembourg, typed in canonical form. */
  @Provide
  Arbitrary<VatNumber> vatNumbers() {
    return Arbitraries.oneOf(
        belgianDigits().map(digits -> "BE" + digits),
        dutchNumbers().map(number -> "NL" + number),
        germanDigits().map(digits -> "DE" + digits),
        danishDigits().map(digits -> "DK" + digits),
        luxembourgDigits().map(digits -> "LU" + digits))
        .map(VatNumber::of);
  }

  @Provide
  Arbitrary<PeppolParticipantId> peppolIds() {
    return Arbitraries.oneOf(
        enterpriseNumbers().map(PeppolParticipantId::forEnterprise),
        Combinators.combine(otherSchemes(), peppolValues())
            .as((scheme, value) -> PeppolParticipantId.of(scheme + ":" + value)));
  }

  /** Ten Belgian digits: an 8-digit body starting 0 or 1, then 97 − (body mod 97). */
  static Arbitrary<String> belgianDigits() {
    return Arbitraries.integers().between(0, 19_999_999)
        .map(body -> String.format("%08d%02d", body, 97 - body % 97));
  }

  /** Nine digits passing the eleven-proof (RSIN/BSN), {@code B}, and a unit 01 to 99. */
  static Arbitrary<String> dutchNumbers() {
    Arbitrary<String> rsin = Arbitraries.strings().numeric().ofLength(8)
        .map(body -> {
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (body.charAt(i) - '0');
          }
          return body + (sum % 11);
        })
        .filter(digits -> digits.length() == 9 && !digits.equals("000000000"));
    return Combinators.combine(rsin, Arbitraries.integers().between(1, 99))
        .as((digits, unit) -> digits + "B" + String.format("%02d", unit));
  }

  /** Nine digits, not starting 0, ending in an ISO 7064 MOD 11,10 check digit. */
  static Arbitrary<String> germanDigits() {
    return Arbitraries.integers().between(10_000_000, 99_999_999).map(String::valueOf).map(body -> {
      int product = 10;
      for (int i = 0; i < body.length(); i++) {
        int sum = (body.charAt(i) - '0' + product) % 10;
        product = (2 * (sum == 0 ? 10 : sum)) % 11;
      }
      return body + (11 - product) % 10;
    });
  }

  /** Eight digits, not starting 0, whose weighted sum (2, 7, 6, 5, 4, 3, 2, 1) is a multiple of 11. */
  static Arbitrary<String> danishDigits() {
    return Arbitraries.integers().between(1_000_000, 9_999_999).map(String::valueOf)
        .map(body -> {
          int[] weights = {2, 7, 6, 5, 4, 3, 2};
          int sum = 0;
          for (int i = 0; i < 7; i++) {
            sum += weights[i] * (body.charAt(i) - '0');
          }
          return body + (11 - sum % 11) % 11;
        })
        .filter(digits -> digits.length() == 8);
  }

  /** Six digits and their remainder modulo 89 in two digits. */
  static Arbitrary<String> luxembourgDigits() {
    return Arbitraries.integers().between(0, 999_999).map(body -> String.format("%06d%02d", body, body % 89));
  }

  /** Four-digit ISO 6523 schemes other than the two Belgian ones, whose values have rules of their own. */
  static Arbitrary<String> otherSchemes() {
    return Arbitraries.integers().between(0, 9999).map(scheme -> String.format("%04d", scheme))
        .filter(scheme -> !scheme.equals("0208") && !scheme.equals("9925"));
  }

  /** Participant values: 1 to 50 ASCII letters and digits, mixed case. */
  static Arbitrary<String> peppolValues() {
    return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
        .ofMinLength(1).ofMaxLength(PeppolParticipantId.MAX_VALUE_LENGTH);
  }
}
