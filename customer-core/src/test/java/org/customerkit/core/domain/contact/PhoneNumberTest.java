package org.customerkit.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  private static final CountryCode BELGIUM = CountryCode.BELGIUM;

  static Refusal refusalOf(String text, CountryCode region, String field) {
    return PhoneNumber.parse(text, region, field).refusalIfAny()
        .orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  @Test
  void aGhentLandlineInItsThreeForms() {
    PhoneNumber ghent = PhoneNumber.of("+32 9 223 45 67", BELGIUM);
    assertEquals("+3292234567", ghent.e164());
    assertEquals("09 223 45 67", ghent.national());
    assertEquals("+32 9 223 45 67", ghent.international());
    assertEquals(Optional.of(BELGIUM), ghent.region());
  }

  @ParameterizedTest
  @CsvSource({
      "09 223 45 67, +3292234567",
      "092234567, +3292234567",
      "0032 9 223 45 67, +3292234567",
      "+32 (0)9 223 45 67, +3292234567",
      "089/32.39.50, +3289323950",
      "02 315 13 51, +3223151351",
      "0470 12 34 56, +32470123456",
      "+32 470 12 34 56, +32470123456",
      "tel:+32-9-223-45-67, +3292234567"})
  void belgianNumbersAsPeopleWriteThem(String typed, String e164) {
    assertEquals(e164, PhoneNumber.of(typed, BELGIUM).e164());
  }

  @Test
  void aNumberWithoutCountryPrefixIsReadInTheDefaultRegion() {
    PhoneNumber rotterdam = PhoneNumber.of("010 123 4567", CountryCode.of("NL"));
    assertEquals("+31101234567", rotterdam.e164());
    assertEquals(Optional.of(CountryCode.of("NL")), rotterdam.region());
    assertEquals(rotterdam, PhoneNumber.of("+31 10 123 4567", BELGIUM));
  }

  @Test
  void northernIrelandReadsAsTheUnitedKingdom() {
    assertEquals("+442890123456", PhoneNumber.of("028 9012 3456", CountryCode.of("XI")).e164());
  }

  @Test
  void aNonGeographicNumberHasNoRegion() {
    assertEquals(Optional.empty(), PhoneNumber.of("+800 1234 5678", BELGIUM).region());
  }

  @Test
  void aKosovarNumberIsValidWithoutIsoRegion() {
    PhoneNumber pristina = PhoneNumber.of("+383 44 123 456", BELGIUM);
    assertEquals("+38344123456", pristina.e164());
    assertEquals(Optional.empty(), pristina.region());
  }

  @Test
  void equalNumbersAreEqualHoweverWritten() {
    PhoneNumber written = PhoneNumber.of("09 223 45 67", BELGIUM);
    PhoneNumber international = PhoneNumber.of("+32 9 223 45 67", CountryCode.of("FR"));
    assertEquals(written, international);
    assertEquals(written.hashCode(), international.hashCode());
    assertNotEquals(written, PhoneNumber.of("09 223 45 68", BELGIUM));
  }

  @ParameterizedTest
  @CsvSource({
      "+32 9 123 45 67, PHONE_NOT_IN_COUNTRY",
      "09 123 45 67, PHONE_NOT_IN_COUNTRY",
      "+32 4 1 2, PHONE_TOO_SHORT",
      "123, PHONE_TOO_SHORT",
      "0470 12 34 567 89, PHONE_TOO_LONG",
      "+32 470 12 34 56 78 90 12 34, PHONE_TOO_LONG",
      "+999 123 456 789, PHONE_UNKNOWN_COUNTRY_CODE",
      "not a number, INVALID_PHONE",
      "02 226 88 88 ext. 12, INVALID_PHONE"})
  void aRefusedNumberSaysWhyWhereLibphonenumberCanTell(String text, Reason why) {
    Refusal refusal = refusalOf(text, BELGIUM, "phone");
    assertEquals(why, refusal.reason());
    assertEquals("phone", refusal.field());
  }

  @Test
  void theRefusalNamesTheCountryWhoseNumbersItWasComparedWith() {
    Refusal belgian = refusalOf("09 123 45 67", BELGIUM, "phone");
    Refusal dutch = refusalOf("+31 6 12", BELGIUM, "phone");

    assertEquals(List.of("BE"), belgian.arguments());
    assertEquals(Reason.PHONE_TOO_SHORT, dutch.reason());
    assertEquals(List.of("NL"), dutch.arguments());
  }

  @Test
  void theMessageSaysWhyInTheUsersLanguage() {
    Refusal unknown = refusalOf("09 123 45 67", BELGIUM, "phone");
    Refusal tooShort = refusalOf("+31 6 12", BELGIUM, "mobile");

    assertEquals("Telefoonnummer: dit nummer bestaat niet in BE.", unknown.message(Locale.forLanguageTag("nl")));
    assertEquals("Le t\u00e9l\u00e9phone : ce num\u00e9ro n'existe pas en BE.", unknown.message(Locale.FRENCH));
    assertEquals("Phone: this number does not exist in BE.", unknown.message(Locale.ENGLISH));
    assertEquals("Die Telefonnummer: diese Nummer gibt es in BE nicht.", unknown.message(Locale.GERMAN));
    assertEquals("Mobile is too short for a phone number in NL.", tooShort.message(Locale.ENGLISH));
  }

  @Test
  void theCallerNamesTheField() {
    assertEquals("mobile", refusalOf("0470", BELGIUM, "mobile").field());
    assertEquals("contactPersons[0].phone", refusalOf("x", BELGIUM, "contactPersons[0].phone").field());
  }

  @Test
  void theShortFormNamesThePhoneField() {
    Refusal refusal = PhoneNumber.parse("09 123 45 67", BELGIUM).refusalIfAny().orElseThrow();
    assertEquals("phone", refusal.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankIsRequired(String text) {
    Refusal refusal = refusalOf(text, BELGIUM, "mobile");
    assertEquals(Reason.REQUIRED, refusal.reason());
    assertEquals("mobile", refusal.field());
  }

  @Test
  void nullIsRequired() {
    assertEquals(Reason.REQUIRED, refusalOf(null, BELGIUM, "phone").reason());
  }

  @Test
  void aCountryWithoutNumberingPlanNeedsTheCountryPrefix() {
    CountryCode antarctica = CountryCode.of("AQ");
    assertEquals(Reason.PHONE_NEEDS_COUNTRY_CODE, refusalOf("09 223 45 67", antarctica, "phone").reason());
    assertEquals("+3292234567", PhoneNumber.of("+32 9 223 45 67", antarctica).e164());
  }
}
