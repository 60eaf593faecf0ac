package org.customerkit.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

class PhoneNumberProperties {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** libphonenumber's example landline and mobile number of every region, in E.164. */
  private static final List<String> EXAMPLE_NUMBERS = PHONES.getSupportedRegions().stream()
      .flatMap(region -> Stream.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)
          .map(type -> PHONES.getExampleNumberForType(region, type)))
      .filter(Objects::nonNull)
      .map(number -> PHONES.format(number, PhoneNumberFormat.E164))
      .distinct()
      .sorted()
      .toList();

  @Provide
  Arbitrary<CountryCode> regions() {
    return Arbitraries.of(Locale.getISOCountries()).map(CountryCode::of);
  }

  @Provide
  Arbitrary<PhoneNumber> phoneNumbers() {
    Arbitrary<String> belgianMobiles = Combinators.combine(
            Arbitraries.of("470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "483", "484",
                "485", "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498",
                "499"),
            Arbitraries.strings().numeric().ofLength(6))
        .as((prefix, rest) -> "0" + prefix + rest);
    Arbitrary<String> ghentLandlines = Arbitraries.strings().numeric().ofLength(6).map(rest -> "09 2" + rest);
    return Arbitraries.oneOf(
        Arbitraries.of(EXAMPLE_NUMBERS).map(e164 -> PhoneNumber.of(e164, CountryCode.BELGIUM)),
        belgianMobiles.map(text -> PhoneNumber.of(text, CountryCode.BELGIUM)),
        ghentLandlines.map(text -> PhoneNumber.of(text, CountryCode.BELGIUM)));
  }

  @Property
  void parsingTheE164FormGivesTheSameNumber(@ForAll("phoneNumbers") PhoneNumber phone,
      @ForAll("regions") CountryCode anyRegion) {
    assertEquals(phone, PhoneNumber.of(phone.e164(), anyRegion));
    assertEquals(phone.e164(), PhoneNumber.of(phone.e164(), anyRegion).e164());
  }

  @Property
  void aStoredNumberReadsBackWithEveryFormOfTheParsedOne(@ForAll("phoneNumbers") PhoneNumber phone) {
    PhoneNumber stored = PhoneNumber.ofStored(phone.e164());
    assertEquals(phone, stored);
    assertEquals(phone.national(), stored.national());
    assertEquals(phone.international(), stored.international());
    assertEquals(phone.region(), stored.region());
  }

  @Property
  void parsingTheInternationalFormGivesTheSameNumber(@ForAll("phoneNumbers") PhoneNumber phone,
      @ForAll("regions") CountryCode anyRegion) {
    assertEquals(phone, PhoneNumber.of(phone.international(), anyRegion));
  }

  @Property
  void parsingTheNationalFormInItsRegionGivesTheSameNumber(@ForAll("phoneNumbers") PhoneNumber phone) {
    phone.region().ifPresent(region -> assertEquals(phone, PhoneNumber.of(phone.national(), region)));
  }

  @Property
  void aValidNumberWithTenMoreDigitsIsTooLong(@ForAll("phoneNumbers") PhoneNumber phone,
      @ForAll("tenDigits") String more, @ForAll("regions") CountryCode anyRegion) {
    Refusal refusal = PhoneNumber.parse(phone.international() + more, anyRegion, "phone").refusalIfAny()
        .orElseThrow();
    assertEquals(Reason.PHONE_TOO_LONG, refusal.reason());
  }

  @Property
  void aShortenedNumberIsValidOrSaysWhy(@ForAll("phoneNumbers") PhoneNumber phone,
      @ForAll("positions") int cut, @ForAll("regions") CountryCode anyRegion) throws Exception {
    String e164 = phone.e164();
    int shortest = 1 + String.valueOf(PHONES.parse(e164, "ZZ").getCountryCode()).length() + 2;
    String shortened = e164.substring(0, shortest + cut % Math.max(1, e164.length() - shortest));
    Parsed<PhoneNumber> parsed = PhoneNumber.parse(shortened, anyRegion, "phone");
    if (parsed instanceof Parsed.Invalid<PhoneNumber> refused) {
      assertTrue(Set.of(Reason.PHONE_TOO_SHORT, Reason.PHONE_NOT_IN_COUNTRY).contains(refused.refusal().reason()),
          () -> shortened + ": " + refused.refusal());
    }
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 20);
  }

  @Provide
  Arbitrary<String> tenDigits() {
    return Arbitraries.strings().numeric().ofLength(10);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("+0123456789 ()/-.x#;ext=").ofMaxLength(30),
        Arbitraries.strings().numeric().ofMaxLength(300),
        Arbitraries.of(EXAMPLE_NUMBERS).map(e164 -> e164.substring(0, e164.length() - 1)));
  }

  @Property
  void anyTextIsEitherANumberOrARefusal(@ForAll("anyText") String text, @ForAll("regions") CountryCode region) {
    Parsed<PhoneNumber> parsed = PhoneNumber.parse(text, region, "mobile");
    if (parsed instanceof Parsed.Valid<PhoneNumber> valid) {
      assertEquals(valid.value(), PhoneNumber.of(valid.value().e164(), region));
    } else {
      assertEquals("mobile", parsed.refusalIfAny().orElseThrow().field());
    }
  }
}
