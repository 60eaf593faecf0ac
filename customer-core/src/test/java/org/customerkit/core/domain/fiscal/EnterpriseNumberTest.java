package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.customerkit.core.domain.shared.InvalidValueException;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseNumberTest {

  private static EnterpriseNumber anEnterpriseNumber() {
    return EnterpriseNumber.of("0403.019.261");
  }

  private static Refusal refusalOf(String text) {
    return EnterpriseNumber.parse(text).refusalIfAny().orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0403.019.261", "0403019261", "403019261", "403.019.261", "(0)403019261", "BE0403019261",
      "be 0403 019 261", "BE: 0403-019-261"})
  void everyUsualWayOfWritingItGivesTheSameNumber(String written) {
    assertEquals(anEnterpriseNumber(), EnterpriseNumber.of(written));
  }

  @Test
  void itsDigitsAndDisplayForm() {
    assertEquals("0403019261", anEnterpriseNumber().digits());
    assertEquals("0403.019.261", anEnterpriseNumber().display());
    assertEquals("1001.686.633", EnterpriseNumber.of("1001686633").display());
  }

  @Test
  void itIsTheBelgianVatNumberWithoutPrefix() {
    VatNumber vat = anEnterpriseNumber().toVatNumber();

    assertEquals("BE0403019261", vat.canonical());
    assertEquals(anEnterpriseNumber(), EnterpriseNumber.fromVatNumber(vat));
  }

  @Test
  void aForeignVatNumberHasNoEnterpriseNumber() {
    VatNumber dutch = VatNumber.of("NL 001241643B01");

    InvalidValueException thrown =
        assertThrows(InvalidValueException.class, () -> EnterpriseNumber.fromVatNumber(dutch));
    assertEquals(Reason.UNKNOWN_COUNTRY, thrown.refusal().reason());
    assertEquals(List.of("NL"), thrown.refusal().arguments());
  }

  @ParameterizedTest
  @CsvSource({
      "0403019262, INVALID_CHECKSUM",
      "2000021323, INVALID_COMPONENT",
      "12345, INVALID_LENGTH",
      "04030192610, INVALID_LENGTH",
      "'0403,019,261', INVALID_FORMAT",
      "0000000000, INVALID_FORMAT",
      "NL0403019261, INVALID_FORMAT",
      "BE BE 0403019261, DUPLICATED_PREFIX"})
  void refusals(String text, Reason reason) {
    Refusal refusal = refusalOf(text);

    assertEquals(reason, refusal.reason());
    assertEquals("enterpriseNumber", refusal.field());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", " . "})
  void nothingTypedIsRequired(String nothing) {
    assertEquals(Reason.REQUIRED, refusalOf(nothing).reason());
  }

  @Test
  void hugeInputIsRefused() {
    assertEquals(Reason.INVALID_LENGTH, refusalOf("1".repeat(1_000_000)).reason());
  }
}
