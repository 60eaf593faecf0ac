package org.customerkit.core.domain.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BelgianBanksTest {

  @ParameterizedTest
  @CsvSource({
      "000, BPOTBEB1, bpost bank",
      "001, GEBABEBB, BNP Paribas Fortis",
      "049, GEBABEBB, BNP Paribas Fortis",
      "100, NBBEBEBB203, Nationale Bank van België",
      "320, BBRUBEBB, ING België",
      "734, KREDBEBB, KBC Bank",
      "979, ARSPBE22, Argenta Spaarbank (ASPA)"})
  void aCodeInARangeGivesItsBank(String code, String bic, String name) {
    BelgianBanks.Bank bank = BelgianBanks.byCode(code).orElseThrow();
    assertEquals(Optional.of(Bic.of(bic)), bank.bic());
    assertEquals(name, bank.name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"102", "538", "990", "999"})
  void someBanksHaveNoBic(String code) {
    assertEquals(Optional.empty(), BelgianBanks.byCode(code).orElseThrow().bic());
  }

  @ParameterizedTest
  @ValueSource(strings = {"112", "138", "539", "215", "219"})
  void gapsInTheListBelongToNoBank(String code) {
    assertEquals(Optional.empty(), BelgianBanks.byCode(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "32", "3200", "32a", "-32", "３２０"})
  void anythingButThreeDigitsBelongsToNoBank(String code) {
    assertEquals(Optional.empty(), BelgianBanks.byCode(code));
  }

  @Test
  void nullBelongsToNoBank() {
    assertEquals(Optional.empty(), BelgianBanks.byCode(null));
  }

  @Test
  void theWholeListLoadsWithItsBics() {
    long withBic = BelgianIbans.assignedBankCodes().stream()
        .filter(code -> BelgianBanks.byCode(code).orElseThrow().bic().isPresent())
        .count();
    assertTrue(BelgianIbans.assignedBankCodes().size() > 800, "codes: " + BelgianIbans.assignedBankCodes().size());
    assertTrue(withBic > 700, "with BIC: " + withBic);
  }
}
