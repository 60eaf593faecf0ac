package org.customerkit.core.domain.bank;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;

/** Builds Belgian IBANs with both check digit pairs right, for tests that need many good ones. */
final class BelgianIbans {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private BelgianIbans() {}

  /** Every three-digit bank code that the National Bank's list assigns to a bank. */
  static List<String> assignedBankCodes() {
    return IntStream.range(0, 1000)
        .mapToObj(code -> String.format("%03d", code))
        .filter(code -> BelgianBanks.byCode(code).isPresent())
        .toList();
  }

  /** The canonical IBAN of an account at the bank with {@code bankCode}, e.g. ("320", 701849) -> BE48320070184927. */
  static String aBelgianIban(String bankCode, int accountNumber) {
    String first10 = bankCode + String.format("%07d", accountNumber);
    String bban = first10 + nationalCheckDigits(first10);
    return "BE" + ibanCheckDigits("BE", bban) + bban;
  }

  static String nationalCheckDigits(String first10) {
    int check = (int) (Long.parseLong(first10) % 97);
    return String.format("%02d", check == 0 ? 97 : check);
  }

  /** ISO 13616 check digits: 98 minus the remainder of BBAN + country + "00", letters as 10 to 35. */
  static String ibanCheckDigits(String country, String bban) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int remainder = new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    return String.format("%02d", 98 - remainder);
  }
}
