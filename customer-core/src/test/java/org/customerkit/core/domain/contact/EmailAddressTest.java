package org.customerkit.core.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  static Refusal refusalOf(String text) {
    return EmailAddress.parse(text).refusalIfAny().orElseThrow(() -> new AssertionError(text + " was accepted"));
  }

  static void assertRefused(String text, Reason reason) {
    Refusal refusal = refusalOf(text);
    assertEquals(reason, refusal.reason(), text);
    assertEquals("email", refusal.field());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jan.peeters@example.be | jan.peeters@example.be",
      "Jan.Peeters@Example.BE | Jan.Peeters@example.be",
      "'  info@bakkerij-janssens.be\t' | info@bakkerij-janssens.be",
      "mailto:facturen@example.be | facturen@example.be",
      "MAILTO: facturen@example.be | facturen@example.be",
      "o'brien+facturen@mail.example.co.uk | o'brien+facturen@mail.example.co.uk",
      "x@xn--bcher-kva.example | x@xn--bcher-kva.example",
      "1@2.be | 1@2.be"})
  void typedAddressesAreKeptWithTheirDomainInLowerCase(String typed, String expected) {
    EmailAddress email = EmailAddress.of(typed);
    assertEquals(expected, email.value());
  }

  @Test
  void partsOfTheAddress() {
    EmailAddress email = EmailAddress.of("Jan.Peeters@Example.BE");
    assertEquals("Jan.Peeters", email.localPart());
    assertEquals("example.be", email.domain());
  }

  @Test
  void theLocalPartsCaseCounts() {
    assertEquals(EmailAddress.of("jan@example.be"), EmailAddress.of("jan@EXAMPLE.be"));
    assertNotEquals(EmailAddress.of("jan@example.be"), EmailAddress.of("Jan@example.be"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "mailto:"})
  void nothingIsRequired(String text) {
    assertRefused(text, Reason.REQUIRED);
  }

  @Test
  void nullIsRequired() {
    assertRefused(null, Reason.REQUIRED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jan peeters@example.be", "jan@exa mple.be", "josé@example.be", "jan@exämple.be",
      "jan\u0000@example.be", "jan(work)@example.be", "\"jan\"@example.be", "jan@exa_mple.be", "jan@[10.0.0.1]"})
  void charactersOutsideTheSyntaxAreRefused(String text) {
    assertRefused(text, Reason.INVALID_CHARACTERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jan.example.be", "jan@@example.be", "jan@work@example.be", "@example.be", "jan@",
      "jan@localhost", ".jan@example.be", "jan.@example.be", "jan..peeters@example.be", "jan@.example.be",
      "jan@example.be.", "jan@example..be", "jan@-example.be", "jan@example-.be", "jan@example.123"})
  void misplacedPartsAreRefused(String text) {
    assertRefused(text, Reason.INVALID_FORMAT);
  }

  @Test
  void theLocalPartHasAtMost64Characters() {
    assertEquals(64, EmailAddress.of("a".repeat(64) + "@example.be").localPart().length());
    assertRefused("a".repeat(65) + "@example.be", Reason.INVALID_FORMAT);
  }

  @Test
  void theAddressHasAtMost254Characters() {
    String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example.be";
    String longest = "a".repeat(254 - domain.length() - 1) + "@" + domain;
    assertEquals(254, EmailAddress.of(longest).value().length());
    Refusal refusal = refusalOf("a" + longest);
    assertEquals(Reason.TOO_LONG, refusal.reason());
    assertEquals(List.of(254), refusal.arguments());
  }

  @Test
  void aDomainLabelHasAtMost63Characters() {
    assertRefused("jan@" + "d".repeat(64) + ".be", Reason.INVALID_FORMAT);
  }
}
