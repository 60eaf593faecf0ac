package org.customerkit.core.domain.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeppolParticipantIdTest {

  private static EnterpriseNumber anEnterpriseNumber() {
    return EnterpriseNumber.of("0403.019.261");
  }

  private static PeppolParticipantId aBelgianParticipant() {
    return PeppolParticipantId.of("0208:0403019261");
  }

  private static Refusal refusalOf(String text) {
    return PeppolParticipantId.parse(text).refusalIfAny()
        .orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  @Test
  void aBelgianParticipantUnderTheEnterpriseNumberScheme() {
    PeppolParticipantId id = aBelgianParticipant();

    assertEquals("0208", id.scheme());
    assertEquals("0403019261", id.value());
    assertEquals("0208:0403019261", id.toString());
    assertEquals("iso6523-actorid-upis::0208:0403019261", id.withPrefix());
    assertEquals(Optional.of(anEnterpriseNumber()), id.enterpriseNumber());
  }

  @Test
  void theEnterpriseGivesItsParticipantId() {
    assertEquals(aBelgianParticipant(), PeppolParticipantId.forEnterprise(anEnterpriseNumber()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iso6523-actorid-upis::0208:0403019261", "ISO6523-ACTORID-UPIS::0208:0403019261",
      "  0208:0403019261  "})
  void theFullFormAndSurroundingSpacesAreAccepted(String written) {
    assertEquals(aBelgianParticipant(), PeppolParticipantId.of(written));
  }

  @Test
  void valuesAreCaseInsensitiveAndKeepTheirCase() {
    PeppolParticipantId upper = PeppolParticipantId.of("0088:123ABC");
    PeppolParticipantId lower = PeppolParticipantId.of("0088:123abc");

    assertEquals(upper, lower);
    assertEquals(upper.hashCode(), lower.hashCode());
    assertEquals("123ABC", upper.value());
    assertNotEquals(upper, PeppolParticipantId.of("0089:123ABC"));
  }

  @Test
  void theBelgianVatSchemeHoldsTheVatNumber() {
    PeppolParticipantId vatScheme = PeppolParticipantId.of("9925:BE0403019261");

    assertEquals(vatScheme, PeppolParticipantId.of("9925:be0403019261"));
    assertEquals(Optional.of(anEnterpriseNumber()), vatScheme.enterpriseNumber());
    assertNotEquals(aBelgianParticipant(), vatScheme);
  }

  @Test
  void otherSchemesHaveNoEnterpriseNumber() {
    assertEquals(Optional.empty(), PeppolParticipantId.of("0088:5798000000001").enterpriseNumber());
  }

  @ParameterizedTest
  @CsvSource({
      "0208:0403019262, INVALID_CHECKSUM",
      "0208:2000021323, INVALID_COMPONENT",
      "0208:403019261, INVALID_LENGTH",
      "0208:0403.019.261, INVALID_FORMAT",
      "9925:0403019261, INVALID_FORMAT",
      "9925:BE0403019262, INVALID_CHECKSUM",
      "0208, INVALID_FORMAT",
      "208:0403019261, INVALID_FORMAT",
      "ABCD:0403019261, INVALID_FORMAT",
      "0088:, INVALID_FORMAT",
      "0088:123 ABC, INVALID_CHARACTERS",
      "0088:caf\u00E9, INVALID_CHARACTERS"})
  void refusals(String text, Reason reason) {
    Refusal refusal = refusalOf(text);

    assertEquals(reason, refusal.reason());
    assertEquals("peppolId", refusal.field());
  }

  @Test
  void aValueOfMoreThanFiftyCharactersIsTooLong() {
    assertEquals("0088:" + "x".repeat(50), PeppolParticipantId.of("0088:" + "x".repeat(50)).toString());

    Refusal refusal = refusalOf("0088:" + "x".repeat(51));
    assertEquals(Reason.TOO_LONG, refusal.reason());
    assertEquals(List.of(50), refusal.arguments());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void nothingTypedIsRequired(String nothing) {
    assertEquals(Reason.REQUIRED, refusalOf(nothing).reason());
  }
}
