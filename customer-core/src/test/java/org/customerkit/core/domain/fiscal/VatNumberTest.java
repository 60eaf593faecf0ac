package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

  /** The example of python-stdnum's Belgian module, enterprise number 0403.019.261. */
  private static VatNumber aBelgianVatNumber() {
    return VatNumber.of("BE 0403.019.261");
  }

  private static VatNumber aDutchVatNumber() {
    return VatNumber.of("NL 001241643B01");
  }

  private static Reason refusalReason(String text) {
    return refusalOf(text, null).reason();
  }

  private static Refusal refusalOf(String text, String hint) {
    return VatNumber.parse(text, hint).refusalIfAny()
        .orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  @Nested
  class ReferenceExamplesOfTheBelgianModule {

    @Test
    void theLegacyNineDigitFormGetsItsLeadingZeroBack() {
      assertEquals("BE0403019261", VatNumber.of("BE403019261").canonical());
      assertEquals("0428759497", VatNumber.of("BE 428759497").number());
    }

    @Test
    void aLeadingZeroInParenthesesIsAZero() {
      assertEquals("0403019261", VatNumber.of("(0)403019261").number());
      assertEquals("0468561072", VatNumber.of("BE (0)468.561.072").number());
    }

    @Test
    void aWrongCheckNumberIsAChecksumRefusal() {
      assertEquals(Reason.INVALID_CHECKSUM, refusalReason("BE431150351"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE0000000000", "BE000000000", "000000"})
    void zerosAreNoNumber(String zeros) {
      assertEquals(Reason.INVALID_FORMAT, refusalReason(zeros));
      assertEquals(Reason.INVALID_FORMAT, refusalOf(zeros, "BE").reason());
    }

    @Test
    void aNumberStartingWithTwoIsAnImpossibleComponent() {
      assertEquals(Reason.INVALID_COMPONENT, refusalReason("BE2000021323"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE1000003682", "BE1001686633"})
    void numbersOfTheOneSeriesAreValid(String oneSeries) {
      assertTrue(VatNumber.parse(oneSeries).isValid());
    }
  }

  @Nested
  class Accessors {

    @Test
    void aBelgianNumberInAllItsForms() {
      VatNumber vat = aBelgianVatNumber();

      assertEquals("BE", vat.countryCode());
      assertEquals("0403019261", vat.number());
      assertEquals("BE0403019261", vat.canonical());
      assertEquals("BE 0403.019.261", vat.display());
      assertEquals("0403019261", vat.digits());
      assertTrue(vat.isBelgian());
      assertEquals(Optional.of(EnterpriseNumber.of("0403019261")), vat.enterpriseNumber());
    }

    @Test
    void anotherCountryIsShownWithASpaceAfterThePrefix() {
      VatNumber vat = aDutchVatNumber();

      assertEquals("NL", vat.countryCode());
      assertEquals("NL 001241643B01", vat.display());
      assertEquals("00124164301", vat.digits());
      assertFalse(vat.isBelgian());
      assertEquals(Optional.empty(), vat.enterpriseNumber());
    }

    @Test
    void digitsLeaveOutTheLettersOfTheNationalPart() {
      assertEquals("15159209", VatNumber.of("ATU 15159209").digits());
    }

    @Test
    void theCanonicalFormIsTheStringForm() {
      assertEquals("BE0403019261", aBelgianVatNumber().toString());
    }

    @Test
    void numbersTypedDifferentlyAreEqual() {
      VatNumber typed = VatNumber.of("be 0403 019 261");

      assertEquals(aBelgianVatNumber(), typed);
      assertEquals(aBelgianVatNumber().hashCode(), typed.hashCode());
      assertFalse(aBelgianVatNumber().equals(aDutchVatNumber()));
    }
  }

  @Nested
  class Normalisation {

    @Test
    void unicodeSpacesDashesAndDotsAreSeparators() {
      assertEquals(aBelgianVatNumber(), VatNumber.of("BE\u00A00403\u2013019\u2024261"));
      assertEquals(aBelgianVatNumber(), VatNumber.of("\uFEFFBE\u202F0403\u2014019\uFF0E261\t"));
    }

    @Test
    void aColonAfterThePrefixIsDropped() {
      assertEquals("DK21599336", VatNumber.of("DK: 21599336").canonical());
      assertEquals("IT02331250163", VatNumber.of("IT\uFF1A02331250163").canonical());
    }

    @Test
    void aColonInsideTheNumberIsNot() {
      assertEquals(Reason.INVALID_FORMAT, refusalReason("BE 0403:019:261"));
    }

    @Test
    void commasAreNotSeparatorsInBelgium() {
      assertEquals(Reason.INVALID_FORMAT, refusalReason("BE 0220,764.971"));
    }

    @Test
    void commasAreSeparatorsInGermanAndDanishNumbersAsPythonStdnumReadsThem() {
      assertEquals("DE136695976", VatNumber.of("DE136,695 976").canonical());
      assertEquals("DE136695976", VatNumber.of("136,695,976", "DE").canonical());
      assertEquals("DK13585628", VatNumber.of("DK 13,58,56,28").canonical());
    }

    @Test
    void aGermanNumberWithCommasIsStillCheckedByItsDigits() {
      assertEquals(Reason.INVALID_CHECKSUM, refusalReason("DE136,695 978"));
    }

    @Test
    void digitsOfOtherScriptsAreNotDigits() {
      String arabicIndicDigits = "\u0660\u0664\u0660\u0663\u0660\u0661\u0669\u0662\u0666\u0661";

      assertEquals(Reason.INVALID_FORMAT, refusalReason("BE " + arabicIndicDigits));
    }

    @Test
    void greeceIsElEvenWhenWrittenGr() {
      VatNumber greek = VatNumber.of("GR 094259216");

      assertEquals("EL", greek.countryCode());
      assertEquals("EL094259216", greek.canonical());
      assertEquals(greek, VatNumber.of("094259216", "gr"));
      assertEquals(greek, VatNumber.of("094259216", "EL"));
    }

    @Test
    void legacyGreekNumbersOfEightDigitsGetALeadingZero() {
      assertEquals("EL012345670", VatNumber.of("GR 12345670").canonical());
    }

    @Test
    void dutchNumbersArePaddedToNineDigitsBeforeTheB() {
      assertEquals("NL004495445B01", VatNumber.of("NL4495445B01").canonical());
    }

    @Test
    void northernIrelandAndTheUnitedKingdomShareTheRules() {
      VatNumber northernIrish = VatNumber.of("XI 980 7806 84");
      VatNumber british = VatNumber.of("980 7806 84", "GB");

      assertEquals("XI980780684", northernIrish.canonical());
      assertEquals("GB980780684", british.canonical());
      assertFalse(northernIrish.equals(british));
    }

    @Test
    void oneStopShopNumbersAreCheckedForTheirMemberStateOnly() {
      assertEquals("EU372022452", VatNumber.of("EU 372022452").canonical());
      assertEquals(Reason.INVALID_COMPONENT, refusalReason("EU 999022452"));
      assertEquals(Reason.INVALID_LENGTH, refusalReason("IM 372022452"));
    }
  }

  @Nested
  class CountryOfTheNumber {

    @Test
    void tenDigitsStartingWithZeroOrOneAreBelgianWithoutHint() {
      assertEquals(aBelgianVatNumber(), VatNumber.of("0403.019.261"));
    }

    @Test
    void nineDigitsWithoutPrefixOrHintCouldBeAnyCountry() {
      assertEquals(Reason.INVALID_FORMAT, refusalReason("403019261"));
      assertEquals(aBelgianVatNumber(), VatNumber.of("403019261", "BE"));
    }

    @Test
    void theHintReadsANumberWithoutPrefix() {
      assertEquals("ESB64717838", VatNumber.of("B64717838", "es").canonical());
      assertEquals("ATU15159209", VatNumber.of("U 151 592 09", "AT").canonical());
    }

    @Test
    void thePrefixWinsOverTheHint() {
      assertEquals(aDutchVatNumber(), VatNumber.of("NL 001241643B01", "BE"));
    }

    @Test
    void theHintRescuesANumberThatOnlyLooksPrefixed() {
      String frenchWithKeyBe = "BE123457012";

      assertEquals(Reason.INVALID_CHECKSUM, refusalReason(frenchWithKeyBe));
      assertEquals("FRBE123457012", VatNumber.of(frenchWithKeyBe, "FR").canonical());
    }

    @Test
    void whenNeitherReadingIsValidThePrefixedOneIsRefused() {
      String belgianWithADigitTooMany = "BE 0403 019 261 0";

      assertEquals(Reason.INVALID_LENGTH, refusalOf(belgianWithADigitTooMany, "FR").reason());
    }

    @Test
    void anUnknownPrefixIsNamedInTheRefusal() {
      Refusal refusal = refusalOf("US 123456789", null);

      assertEquals(Reason.UNKNOWN_COUNTRY, refusal.reason());
      assertEquals(List.of("US"), refusal.arguments());
    }

    @Test
    void anUnsupportedHintIsNamedInTheRefusal() {
      Refusal refusal = refusalOf("CHE-123.456.788", "ch");

      assertEquals(Reason.UNKNOWN_COUNTRY, refusal.reason());
      assertEquals(List.of("CH"), refusal.arguments());
    }

    @Test
    void aBlankHintIsNoHint() {
      assertEquals(aBelgianVatNumber(), VatNumber.of("0403019261", " "));
    }
  }

  @Nested
  class DuplicatedPrefix {

    @ParameterizedTest
    @ValueSource(strings = {
        "BE BE 0220764971", "AT ATU 65033803", "BE:BE0403019261", "EL GR 094259216", "FR FR 12 123456816"})
    void aPrefixWrittenTwiceIsRefused(String doubled) {
      assertEquals(Reason.DUPLICATED_PREFIX, refusalReason(doubled));
    }

    @Test
    void aFrenchKeyThatReadsFrIsNoDuplicate() {
      assertEquals("FR123456816", VatNumber.of("FR FR 123 456 816").number());
    }
  }

  @Nested
  class OpenInput {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0", " - . / "})
    void nothingTypedIsRequired(String nothing) {
      assertEquals(Reason.REQUIRED, refusalReason(nothing));
    }

    @Test
    void hugeInputIsRefusedAtOnce() {
      String huge = "BE" + "0".repeat(5_000_000);

      Refusal refusal = refusalOf(huge, "BE");
      assertEquals(Reason.INVALID_LENGTH, refusal.reason());
      assertEquals(Reason.INVALID_LENGTH, refusalReason(" ".repeat(200) + "BE0403019261" + " ".repeat(200)));
    }

    @Test
    void aRefusalNamesTheFieldAndReadsInTheUsersLanguage() {
      Refusal refusal = refusalOf("BE431150351", null);

      assertEquals("vatNumber", refusal.field());
      assertEquals("VAT number is not valid: the check digits do not match.", refusal.message(Locale.ENGLISH));
    }

    @Test
    void ofThrowsTheRefusalForInputThatShouldHaveBeenChecked() {
      InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> VatNumber.of("BE431150351"));

      assertEquals(Reason.INVALID_CHECKSUM, thrown.refusal().reason());
    }
  }
}
