package org.customerkit.core.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {

  private static final String AN_ING_ACCOUNT = "BE48 3200 7018 4927";
  private static final String A_DUTCH_ACCOUNT = "NL91 ABNA 0417 1643 00";

  private static Refusal refusalOf(Parsed<BankAccount> parsed) {
    return parsed.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + parsed));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aBelgianAccountGetsItsBicWithoutTypingIt(String typedBic) {
    BankAccount account = BankAccount.parse(AN_ING_ACCOUNT, typedBic).orThrow();
    assertEquals(Iban.of(AN_ING_ACCOUNT), account.iban());
    assertEquals(Optional.of(Bic.of("BBRUBEBB")), account.bic());
  }

  @ParameterizedTest
  @ValueSource(strings = {"BBRUBEBB", "bbru bebb", "BBRUBEBBXXX", "BBRUBEBB100"})
  void aTypedBicOfTheSameBankGivesTheDerivedOne(String typedBic) {
    assertEquals(Optional.of(Bic.of("BBRUBEBB")), BankAccount.parse(AN_ING_ACCOUNT, typedBic).orThrow().bic());
  }

  @Test
  void aTypedBicOfAnotherBankIsRefusedNamingTheExpectedOne() {
    Refusal refusal = refusalOf(BankAccount.parse(AN_ING_ACCOUNT, "GEBABEBB"));
    assertEquals("bic", refusal.field());
    assertEquals(Reason.BIC_MISMATCH, refusal.reason());
    assertEquals(List.of("BBRUBEBB"), refusal.arguments());
  }

  @Test
  void aForeignAccountKeepsTheTypedBic() {
    BankAccount account = BankAccount.parse(A_DUTCH_ACCOUNT, "abna nl 2a").orThrow();
    assertEquals(Optional.of(Bic.of("ABNANL2A")), account.bic());
  }

  @Test
  void aForeignAccountWithoutBicHasNone() {
    assertEquals(Optional.empty(), BankAccount.parse(A_DUTCH_ACCOUNT, null).orThrow().bic());
  }

  @Test
  void aBadIbanIsRefusedOnTheIbanField() {
    Refusal refusal = refusalOf(BankAccount.parse("BE41091811735141", "GEBABEBB"));
    assertEquals("iban", refusal.field());
    assertEquals(Reason.INVALID_NATIONAL_CHECKSUM, refusal.reason());
  }

  @Test
  void aMissingIbanIsRequired() {
    Refusal refusal = refusalOf(BankAccount.parse(null, "GEBABEBB"));
    assertEquals("iban", refusal.field());
    assertEquals(Reason.REQUIRED, refusal.reason());
  }

  @Test
  void aBadBicIsRefusedOnTheBicField() {
    Refusal refusal = refusalOf(BankAccount.parse(A_DUTCH_ACCOUNT, "ABNA NL"));
    assertEquals("bic", refusal.field());
    assertEquals(Reason.INVALID_LENGTH, refusal.reason());
  }

  @Test
  void theConstructorDerivesTheBelgianBic() {
    assertEquals(Optional.of(Bic.of("BBRUBEBB")), BankAccount.of(Iban.of(AN_ING_ACCOUNT)).bic());
  }

  @Test
  void theConstructorRefusesAnotherBanksBic() {
    Iban ingAccount = Iban.of(AN_ING_ACCOUNT);
    Optional<Bic> belfius = Optional.of(Bic.of("GKCCBEBB"));
    assertThrows(IllegalArgumentException.class, () -> new BankAccount(ingAccount, belfius));
  }
}
