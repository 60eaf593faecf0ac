package org.customerkit.core.domain.bank;

import static org.customerkit.core.domain.bank.BelgianIbans.aBelgianIban;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

  private static final String AN_ING_ACCOUNT = "BE 48 3200 7018 4927";

  static Refusal refusalOf(String text) {
    Parsed<Iban> parsed = Iban.parse(text);
    return parsed.refusalIfAny().orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  static void assertRefused(String text, Reason reason) {
    Refusal refusal = refusalOf(text);
    assertEquals(reason, refusal.reason(), text);
    assertEquals("iban", refusal.field());
  }

  @Nested
  class TheFactsOfBelgianIbans {

    @Test
    void anOldStyleAccountNumberWithIbanPrefixIsValid() {
      assertEquals("BE32123456789002", Iban.of("BE32 123-4567890-02").canonical());
    }

    @Test
    void wrongNationalCheckDigitsAreRefused() {
      assertRefused("BE41091811735141", Reason.INVALID_NATIONAL_CHECKSUM);
    }

    @Test
    void aBankCodeMissingFromTheListIsAcceptedWithoutBankNorBic() {
      Iban iban = Iban.of("BE83138811735115");
      assertEquals(Optional.empty(), iban.belgianBank());
      assertEquals(Optional.empty(), iban.bic());
      assertEquals(Optional.of("138"), iban.unlistedBelgianBankCode());
    }

    @Test
    void nationalCheckZeroIsWrittenNinetySeven() {
      assertTrue(Iban.parse("BE54310100270097").isValid());
      assertRefused("BE54310100270000", Reason.INVALID_NATIONAL_CHECKSUM);
    }

    @Test
    void theBicFollowsFromTheBankCode() {
      assertEquals(Optional.of(Bic.of("BBRUBEBB")), Iban.of(AN_ING_ACCOUNT).bic());
    }

    @Test
    void theTextbookExampleIsAcceptedThoughTheListHasNoBankWithCode539() {
      Iban textbook = Iban.of("BE68 5390 0754 7034");
      assertEquals("BE68539007547034", textbook.canonical());
      assertEquals(Optional.empty(), textbook.bic());
      assertEquals(Optional.of("539"), textbook.unlistedBelgianBankCode());
    }

    @Test
    void aListedBankCodeIsNotUnlisted() {
      assertEquals(Optional.empty(), Iban.of(AN_ING_ACCOUNT).unlistedBelgianBankCode());
      assertEquals(Optional.empty(), Iban.of("NL91 ABNA 0417 1643 00").unlistedBelgianBankCode());
    }

    @Test
    void aKnownBankWithoutBicGivesNoBic() {
      Iban atAClearingHouse = Iban.of(aBelgianIban("102", 1234567));
      assertTrue(atAClearingHouse.belgianBank().isPresent());
      assertEquals(Optional.empty(), atAClearingHouse.bic());
    }

    @Test
    void theTestFixtureBuildsTheSameIbanAsTheBank() {
      assertEquals("BE48320070184927", aBelgianIban("320", 701849));
    }
  }

  @Nested
  class Forms {

    private final Iban ingAccount = Iban.of(AN_ING_ACCOUNT);

    @Test
    void canonicalIsUpperCaseWithoutSpaces() {
      assertEquals("BE48320070184927", ingAccount.canonical());
    }

    @Test
    void displayGroupsByFour() {
      assertEquals("BE48 3200 7018 4927", ingAccount.display());
      assertEquals("FR14 2004 1010 0505 0001 3M02 606", Iban.of("FR1420041010050500013M02606").display());
    }

    @Test
    void partsOfTheNumber() {
      assertEquals("BE", ingAccount.countryCode());
      assertEquals("320070184927", ingAccount.bban());
      assertTrue(ingAccount.isBelgian());
      assertEquals("ING België", ingAccount.belgianBank().orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE48320070184927", "be48 3200 7018 4927", "IBAN BE48 3200 7018 4927",
        "iban: BE48-3200-7018-4927", " BE48.3200.7018.4927 ", "BE48\u00a03200\u00a07018\u00a04927",
        "BE48\u20113200\u20137018 4927"})
    void writingsOfOneIbanAreEqual(String writing) {
      Iban parsed = Iban.of(writing);
      assertEquals(ingAccount, parsed);
      assertEquals(ingAccount.hashCode(), parsed.hashCode());
    }

    @Test
    void differentAccountsDiffer() {
      assertNotEquals(ingAccount, Iban.of("BE32 123-4567890-02"));
    }
  }

  @Nested
  class ForeignIbans {

    @ParameterizedTest
    @CsvSource({
        "NL91 ABNA 0417 1643 00, NL",
        "DE89 3704 0044 0532 0130 00, DE",
        "FR14 2004 1010 0505 0001 3M02 606, FR",
        "GB29 NWBK 6016 1331 9268 19, GB",
        "LU28 0019 4006 4475 0000, LU",
        "CH93 0076 2011 6238 5295 7, CH",
        "AT61 1904 3002 3457 3201, AT",
        "ES91 2100 0418 4502 0005 1332, ES",
        "IT60 X054 2811 1010 0000 0123 456, IT",
        "XK05 1212 0123 4567 8906, XK"})
    void wellKnownExamplesAreValid(String text, String country) {
      Iban iban = Iban.of(text);
      assertEquals(country, iban.countryCode());
      assertEquals(text.replace(" ", ""), iban.canonical());
      assertFalse(iban.isBelgian());
      assertEquals(Optional.empty(), iban.bic());
      assertEquals(Optional.empty(), iban.belgianBank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA041716430", "NL91ABNA04171643001", "DE8937040044053201300",
        "GB29NWBK601613319268190", "BE4832007018492", "BE483200701849271", "BE", "B"})
    void aLengthOtherThanTheCountrysIsRefused(String text) {
      assertRefused(text, Reason.INVALID_LENGTH);
    }

    @Test
    void aCountryWithoutIbanIsRefusedNamingIt() {
      Refusal refusal = refusalOf("US12 3456 7890 1234");
      assertEquals(Reason.UNKNOWN_COUNTRY, refusal.reason());
      assertEquals(List.of("US"), refusal.arguments());
    }

    @Test
    void aBbanAgainstTheRegistryStructureIsRefused() {
      assertRefused("NL91 1234 0417 1643 00", Reason.INVALID_FORMAT);
    }

    @Test
    void wrongCheckDigitsAreRefused() {
      assertRefused("NL92 ABNA 0417 1643 00", Reason.INVALID_CHECKSUM);
      assertRefused("GB29 NWBK 6016 1331 9268 18", Reason.INVALID_CHECKSUM);
    }
  }

  @Nested
  class Refusals {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "IBAN", " - . "})
    void nothingIsRequired(String text) {
      assertRefused(text, Reason.REQUIRED);
    }

    @Test
    void nullIsRequired() {
      assertRefused(null, Reason.REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE48/3200/7018/4927", "BE48 3200 7018 492é", "BE48_3200_7018_4927", "BE48,320070184927"})
    void charactersOtherThanLettersDigitsAndSeparatorsAreRefused(String text) {
      assertRefused(text, Reason.INVALID_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"48BE320070184927", "320-0701849-27", "BEAB320070184927", "BE4832007018492X"})
    void misplacedLettersOrDigitsAreRefused(String text) {
      assertRefused(text, Reason.INVALID_FORMAT);
    }

    @Test
    void checkDigitsOutsideTwoToNinetyEightAreRefusedEvenWhenCongruent() {
      String withCheck97 = firstBelgianIbanWithCheckDigits("97");
      String withCheck98 = firstBelgianIbanWithCheckDigits("98");
      String withCheck02 = firstBelgianIbanWithCheckDigits("02");
      assertTrue(Iban.parse(withCheck97).isValid());
      assertRefused("BE00" + withCheck97.substring(4), Reason.INVALID_CHECKSUM);
      assertRefused("BE01" + withCheck98.substring(4), Reason.INVALID_CHECKSUM);
      assertRefused("BE99" + withCheck02.substring(4), Reason.INVALID_CHECKSUM);
    }

    private String firstBelgianIbanWithCheckDigits(String checkDigits) {
      for (int account = 0; ; account++) {
        String iban = aBelgianIban("320", account);
        if (iban.substring(2, 4).equals(checkDigits)) {
          return iban;
        }
      }
    }

    @Test
    void ofThrowsCarryingTheRefusal() {
      InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> Iban.of("BE41091811735141"));
      assertEquals(Reason.INVALID_NATIONAL_CHECKSUM, thrown.refusal().reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"US12 3456 7890 1234", "BE41091811735141", "NL92ABNA0417164300", "BE48 3200 7018 492"})
    void everyRefusalReadsAsASentenceInEachLanguage(String text) {
      Refusal refusal = refusalOf(text);
      for (String language : List.of("nl", "fr", "en", "de")) {
        String message = refusal.message(Locale.forLanguageTag(language));
        assertFalse(message.contains("reason."), message);
        assertFalse(message.contains("{"), message);
      }
    }
  }
}
