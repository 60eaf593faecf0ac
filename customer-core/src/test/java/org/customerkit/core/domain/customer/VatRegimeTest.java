package org.customerkit.core.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatRegimeTest {

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
      "BE0403019261, DOMESTIC",
      "NL806753742B01, INTRA_EU",
      "ATU13585627, INTRA_EU",
      "XI980780684, INTRA_EU",
      "GB980780684, EXPORT",
      "EU372000041, EXPORT"})
  void aVatNumberChoosesTheRegimeByItsCountry(String vat, VatRegime regime) {
    assertEquals(regime, VatRegime.defaultFor(Optional.of(VatNumber.of(vat)), false));
    assertEquals(regime, VatRegime.defaultFor(Optional.of(VatNumber.of(vat)), true));
  }

  @ParameterizedTest(name = "a person: {0}")
  @CsvSource({"true, PRIVATE_PERSON", "false, DOMESTIC"})
  void withoutAVatNumberAPersonIsAPrivatePersonAndACompanyDomestic(boolean person, VatRegime regime) {
    assertEquals(regime, VatRegime.defaultFor(Optional.empty(), person));
  }
}
