package org.customerkit.core.domain.bank;

import static org.customerkit.core.domain.bank.BelgianIbans.aBelgianIban;
import static org.customerkit.core.domain.bank.BelgianIbans.ibanCheckDigits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.customerkit.core.domain.shared.Parsed;

class IbanProperties {

  private static final List<String> BANK_CODES = BelgianIbans.assignedBankCodes();

  @Provide
  Arbitrary<String> belgianIbans() {
    return Combinators.combine(Arbitraries.of(BANK_CODES), Arbitraries.integers().between(0, 9_999_999))
        .as(BelgianIbans::aBelgianIban);
  }

  /** IBANs of countries whose BBANs mix letters and digits, with their check digits computed. */
  @Provide
  Arbitrary<String> foreignIbans() {
    StringArbitrary letters = Arbitraries.strings().withCharRange('A', 'Z');
    StringArbitrary digits = Arbitraries.strings().numeric();
    StringArbitrary alphanumeric = Arbitraries.strings().withCharRange('A', 'Z').numeric();
    Arbitrary<String> dutch = Combinators.combine(letters.ofLength(4), digits.ofLength(10))
        .as((bank, account) -> withCheckDigits("NL", bank + account));
    Arbitrary<String> german = digits.ofLength(18).map(bban -> withCheckDigits("DE", bban));
    Arbitrary<String> british = Combinators.combine(letters.ofLength(4), digits.ofLength(14))
        .as((bank, account) -> withCheckDigits("GB", bank + account));
    Arbitrary<String> french = Combinators.combine(digits.ofLength(10), alphanumeric.ofLength(11), digits.ofLength(2))
        .as((bank, account, key) -> withCheckDigits("FR", bank + account + key));
    return Arbitraries.oneOf(dutch, german, british, french);
  }

  @Provide
  Arbitrary<Iban> ibans() {
    return Arbitraries.oneOf(belgianIbans(), foreignIbans()).map(Iban::of);
  }

  private static String withCheckDigits(String country, String bban) {
    return country + ibanCheckDigits(country, bban) + bban;
  }

  @Property
  void everyGeneratedIbanIsValid(@ForAll("belgianIbans") String belgian, @ForAll("foreignIbans") String foreign) {
    assertTrue(Iban.parse(belgian).isValid(), belgian);
    assertTrue(Iban.parse(foreign).isValid(), foreign);
  }

  @Property
  void parsingIsIdempotent(@ForAll("ibans") Iban iban) {
    assertEquals(iban, Iban.of(iban.canonical()));
    assertEquals(iban, Iban.of(iban.display()));
    assertEquals(iban, Iban.of("IBAN " + iban.display().toLowerCase(Locale.ROOT).replace(' ', '-')));
    assertEquals(iban.canonical(), Iban.of(iban.display()).canonical());
  }

  @Property
  void everyBankCodeIsAcceptedAndOnlyAnUnlistedOneIsNamedAsSuch(
      @ForAll("bankCodes") String bankCode, @ForAll("accountNumbers") int accountNumber) {
    Iban iban = Iban.of(BelgianIbans.aBelgianIban(bankCode, accountNumber));
    boolean listed = BANK_CODES.contains(bankCode);

    assertEquals(listed ? Optional.empty() : Optional.of(bankCode), iban.unlistedBelgianBankCode());
    assertEquals(listed, iban.belgianBank().isPresent());
    if (!listed) {
      assertEquals(Optional.empty(), iban.bic());
    }
  }

  @Provide
  Arbitrary<String> bankCodes() {
    return Arbitraries.integers().between(0, 999).map(code -> String.format("%03d", code));
  }

  @Provide
  Arbitrary<Integer> accountNumbers() {
    return Arbitraries.integers().between(0, 9_999_999);
  }

  @Property
  void aBelgianIbansBicIsItsBanksBic(@ForAll("belgianIbans") String text) {
    Iban iban = Iban.of(text);
    assertEquals(BelgianBanks.byCode(text.substring(4, 7)).orElseThrow().bic(), iban.bic());
  }

  @Property
  void everySingleDigitChangeIsRefused(@ForAll("belgianIbans") String iban) {
    for (int position = 2; position < iban.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != iban.charAt(position)) {
          String changed = iban.substring(0, position) + digit + iban.substring(position + 1);
          assertFalse(Iban.parse(changed).isValid(), iban + " changed into " + changed);
        }
      }
    }
  }

  @Property
  void everyAdjacentTranspositionIsRefused(@ForAll("belgianIbans") String iban) {
    for (int position = 0; position + 1 < iban.length(); position++) {
      char first = iban.charAt(position);
      char second = iban.charAt(position + 1);
      if (first != second) {
        String swapped = iban.substring(0, position) + second + first + iban.substring(position + 2);
        assertFalse(Iban.parse(swapped).isValid(), iban + " swapped into " + swapped);
      }
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("BEbeNLIAN0123456789 -.:\u00a0\u2013").ofMaxLength(40),
        belgianIbans().map(iban -> iban.substring(0, iban.length() - 1)),
        Combinators.combine(belgianIbans(), Arbitraries.strings().all().ofMaxLength(3)).as(String::concat));
  }

  @Property
  void anyTextIsEitherAnIbanOrARefusal(@ForAll("anyText") String text) {
    Parsed<Iban> parsed = Iban.parse(text);
    if (parsed instanceof Parsed.Valid<Iban> valid) {
      assertEquals(valid.value(), Iban.of(valid.value().display()));
    } else {
      assertEquals("iban", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
