package org.customerkit.core.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

  static Refusal refusalOf(String text) {
    return Bic.parse(text).refusalIfAny().orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  static void assertRefused(String text, Reason reason) {
    Refusal refusal = refusalOf(text);
    assertEquals(reason, refusal.reason(), text);
    assertEquals("bic", refusal.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"BBRUBEBB", "BBRU BEBB", "bbru bebb", " BBRU BE BB ", "bbruBEBB"})
  void spacesAndCaseDoNotMatter(String text) {
    assertEquals("BBRUBEBB", Bic.of(text).value());
  }

  @Test
  void anElevenCharacterCodeHasABranch() {
    Bic nationalBank = Bic.of("NBBE BEBB 203");
    assertEquals("NBBEBEBB203", nationalBank.value());
    assertEquals("NBBEBEBB", nationalBank.bank8());
    assertEquals("203", nationalBank.branch());
    assertEquals("BE", nationalBank.countryCode());
  }

  @Test
  void anEightCharacterCodeIsThePrimaryOffice() {
    Bic kbc = Bic.of("KREDBEBB");
    assertEquals("KREDBEBB", kbc.bank8());
    assertEquals("XXX", kbc.branch());
  }

  @Test
  void theSameBankWithExplicitPrimaryBranchIsAnotherValueWithTheSameBank8() {
    Bic eight = Bic.of("GEBABEBB");
    Bic eleven = Bic.of("GEBABEBBXXX");
    assertNotEquals(eight, eleven);
    assertEquals(eight.bank8(), eleven.bank8());
  }

  @Test
  void kosovoBanksUseXk() {
    assertEquals("XK", Bic.of("RBKOXKPR").countryCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankIsRequired(String text) {
    assertRefused(text, Reason.REQUIRED);
  }

  @Test
  void nullIsRequired() {
    assertRefused(null, Reason.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BBRU-BEBB", "BBRU.BEBB", "BBRUBÉBB"})
  void punctuationAndAccentsAreRefused(String text) {
    assertRefused(text, Reason.INVALID_CHARACTERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BBRUBEB", "BBRUBEBB1", "BBRUBEBB12", "BBRUBEBB1234"})
  void onlyEightOrElevenCharacters(String text) {
    assertRefused(text, Reason.INVALID_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BBR1BEBB", "1234BEBB", "BBRUB3BB"})
  void bankAndCountryAreLetters(String text) {
    assertRefused(text, Reason.INVALID_FORMAT);
  }

  @Test
  void anUnknownCountryIsRefusedNamingIt() {
    Refusal refusal = refusalOf("BBRUQQBB");
    assertEquals(Reason.UNKNOWN_COUNTRY, refusal.reason());
    assertEquals(List.of("QQ"), refusal.arguments());
  }
}
