package org.customerkit.testkit.sample;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.customerkit.core.domain.bank.BelgianBanks;
import org.customerkit.core.domain.bank.Iban;

/**
 * Makes up Belgian IBANs that pass every check: a bank code of a known Belgian bank, seven more digits, the
 * national check (the ten digits mod 97, 97 for 0) and the IBAN check digits (98 minus the mod 97 of the BBAN
 * followed by {@code BE00} in digits).
 */
final class SampleIbans {

  /** Bank codes of banks most Belgian customers have an account with (BNP Paribas Fortis, ING, KBC, ...). */
  private static final List<String> BANK_CODES =
      List.of("001", "063", "068", "143", "310", "320", "363", "390", "551", "734", "736", "751", "850", "973");

  /** The codes of {@link #BANK_CODES} the bundled bank list knows with a BIC. */
  private static final List<String> CODES = BANK_CODES.stream()
      .filter(code -> BelgianBanks.byCode(code).flatMap(b -> b.bic()).isPresent()).toList();

  private final Random random;

  SampleIbans(Random random) {
    this.random = random;
  }

  /** A valid Belgian IBAN, canonical. */
  String belgian() {
    for (int attempt = 0; attempt < 100; attempt++) {
      String account = CODES.get(random.nextInt(CODES.size())) + String.format("%07d", random.nextInt(10_000_000));
      long national = Long.parseLong(account) % 97;
      String bban = account + String.format("%02d", national == 0 ? 97 : national);
      // B = 11, E = 14: "BE00" after the BBAN, in digits
      int check = 98 - new BigInteger(bban + "111400").mod(BigInteger.valueOf(97)).intValue();
      String iban = String.format("BE%02d%s", check, bban);
      if (Iban.parse(iban).isValid()) {
        return iban;
      }
    }
    throw new IllegalStateException("no valid sample IBAN");
  }
}
