package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.customerkit.core.domain.shared.Parsed;

@Domain(FiscalDomain.class)
@Domain(DomainContext.Global.class)
class VatNumberProperties {

  private static final String SEPARATORS = " -./\u00A0\u2013\u2024";

  @Property
  void cleaningTypedTextIsIdempotent(@ForAll String anyText, @ForAll("vatAlphabetText") String vatLikeText) {
    for (String text : List.of(anyText, vatLikeText)) {
      String once = NumberText.clean(text);
      assertEquals(once, NumberText.clean(once));
    }
  }

  @Property
  void theCanonicalFormParsesBackToTheSameNumber(@ForAll VatNumber vat) {
    VatNumber again = VatNumber.parse(vat.canonical()).orThrow();

    assertEquals(vat, again);
    assertEquals(vat.canonical(), again.canonical());
    assertEquals(vat.hashCode(), again.hashCode());
  }

  @Property
  void theDisplayFormParsesBackToTheSameNumber(@ForAll VatNumber vat) {
    assertEquals(vat, VatNumber.parse(vat.display()).orThrow());
  }

  @Property
  void theDisplayFormIsTheCountryASpaceAndTheNationalPartDottedInBelgium(@ForAll VatNumber vat) {
    String expected = vat.enterpriseNumber().map(EnterpriseNumber::display).orElse(vat.number());
    assertEquals(vat.countryCode() + " " + expected, vat.display());
    assertEquals(vat.display(), VatNumber.displayOf(vat.canonical()));
  }

  @Property
  void separatorsAndCaseDoNotChangeTheNumber(@ForAll VatNumber vat, @ForAll("separatorRuns") List<String> runs) {
    String canonical = vat.canonical();
    StringBuilder typed = new StringBuilder();
    for (int i = 0; i < canonical.length(); i++) {
      char c = canonical.charAt(i);
      typed.append(i % 2 == 0 ? Character.toLowerCase(c) : c).append(runs.get(i % runs.size()));
    }

    assertEquals(vat, VatNumber.parse(typed.toString()).orThrow());
  }

  @Property
  void commasAnywhereInAGermanOrDanishNumberAreDropped(
      @ForAll("germanOrDanishNumbers") VatNumber vat, @ForAll("commaRuns") List<String> runs) {
    String canonical = vat.canonical();
    StringBuilder typed = new StringBuilder(canonical.substring(0, 2));
    for (int i = 2; i < canonical.length(); i++) {
      typed.append(runs.get(i % runs.size())).append(canonical.charAt(i));
    }

    assertEquals(vat, VatNumber.parse(typed.toString()).orThrow());
    assertEquals(vat, VatNumber.parse(typed.substring(2), vat.countryCode()).orThrow());
  }

  @Property
  void aCommaInABelgianNumberIsRefused(@ForAll EnterpriseNumber enterprise, @ForAll("positions") int position) {
    String digits = enterprise.digits();
    int at = position % (digits.length() + 1);

    assertRefused("BE" + digits.substring(0, at) + "," + digits.substring(at));
  }

  @Property
  void everySingleDigitChangeOfABelgianNumberIsRefused(@ForAll EnterpriseNumber enterprise) {
    String digits = enterprise.digits();
    for (int position = 0; position < digits.length(); position++) {
      for (char replacement = '0'; replacement <= '9'; replacement++) {
        if (replacement != digits.charAt(position)) {
          String changed = digits.substring(0, position) + replacement + digits.substring(position + 1);
          assertRefused("BE" + changed);
        }
      }
    }
  }

  @Property
  void everyAdjacentTranspositionInABelgianNumberIsRefused(@ForAll EnterpriseNumber enterprise) {
    String digits = enterprise.digits();
    for (int position = 0; position + 1 < digits.length(); position++) {
      char left = digits.charAt(position);
      char right = digits.charAt(position + 1);
      if (left != right) {
        String swapped = digits.substring(0, position) + right + left + digits.substring(position + 2);
        assertRefused("BE" + swapped);
      }
    }
  }

  @Property
  void anyTextIsEitherRefusedOrAValidNumber(
      @ForAll String anyText, @ForAll("vatAlphabetText") String vatLikeText, @ForAll("hints") String hint) {
    for (String text : List.of(anyText, vatLikeText)) {
      assertRefusedOrStable(VatNumber.parse(text));
      assertRefusedOrStable(VatNumber.parse(text, hint));
    }
  }

  @Provide
  Arbitrary<String> vatAlphabetText() {
    return Arbitraries.strings()
        .withChars("0123456789")
        .withChars("ABEFGLNRSTUXIKMabel")
        .withChars(" -./:(),")
        .withChars(SEPARATORS)
        .ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> hints() {
    return Arbitraries.of("BE", "be", "NL", "GR", "EL", "ES", "FR", "GB", "XI", "EU", "QQ", "", " ", "belgium")
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<VatNumber> germanOrDanishNumbers() {
    return Arbitraries.oneOf(
        FiscalDomain.germanDigits().map(digits -> VatNumber.of("DE" + digits)),
        FiscalDomain.danishDigits().map(digits -> VatNumber.of("DK" + digits)));
  }

  @Provide
  Arbitrary<List<String>> commaRuns() {
    return Arbitraries.strings().withChars(", ").ofMaxLength(2).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 20);
  }

  @Provide
  Arbitrary<List<String>> separatorRuns() {
    return Arbitraries.strings().withChars(SEPARATORS).ofMaxLength(3).list().ofMinSize(1).ofMaxSize(5);
  }

  private static void assertRefused(String text) {
    Parsed<VatNumber> parsed = VatNumber.parse(text);
    assertFalse(parsed.isValid(), () -> text + " was accepted");
  }

  private static void assertRefusedOrStable(Parsed<VatNumber> parsed) {
    if (parsed instanceof Parsed.Valid<VatNumber> valid) {
      VatNumber vat = valid.value();
      assertEquals(vat, VatNumber.parse(vat.canonical()).orThrow());
      assertEquals(vat, VatNumber.parse(vat.display()).orThrow());
    } else {
      assertEquals("vatNumber", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
