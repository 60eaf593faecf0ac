package org.customerkit.testkit.sample;

import java.util.Random;
import org.customerkit.core.domain.fiscal.VatNumber;

/**
 * Makes up VAT numbers that pass their country's check digits: Belgium (mod 97), Luxembourg (mod 89), France
 * (SIREN Luhn and key), the Netherlands (mod 11, {@code B01}) and Germany (ISO 7064 MOD 11,10). Each number is
 * also read back by {@link VatNumber#parse}, so only numbers the library accepts come out.
 */
final class SampleVatNumbers {

  private final Random random;

  SampleVatNumbers(Random random) {
    this.random = random;
  }

  /** A valid VAT number of {@code country} (BE, LU, FR, NL or DE), canonical. */
  String of(String country) {
    for (int attempt = 0; attempt < 100; attempt++) {
      String candidate = switch (country) {
        case "BE" -> belgian();
        case "LU" -> luxembourgish();
        case "FR" -> french();
        case "NL" -> dutch();
        case "DE" -> german();
        default -> throw new IllegalArgumentException("no sample VAT numbers for " + country);
      };
      var parsed = VatNumber.parse(candidate);
      if (parsed.isValid()) {
        return parsed.orThrow().canonical();
      }
    }
    throw new IllegalStateException("no valid sample VAT number for " + country);
  }

  /** BE + ten digits: the first eight from 0200.000.0 on, the last two 97 minus their remainder mod 97. */
  String belgian() {
    long first8 = 2_000_000 + random.nextInt(8_000_000);
    return String.format("BE%08d%02d", first8, 97 - first8 % 97);
  }

  private String luxembourgish() {
    int first6 = 100_000 + random.nextInt(900_000);
    return String.format("LU%06d%02d", first6, first6 % 89);
  }

  private String french() {
    String siren = withLuhnDigit(String.format("%08d", 10_000_000 + random.nextInt(89_999_999)));
    long key = (Long.parseLong(siren) * 100 + 12) % 97;
    return String.format("FR%02d%s", key, siren);
  }

  private String dutch() {
    int[] digits = new int[9];
    int sum;
    do {
      sum = 0;
      for (int i = 0; i < 8; i++) {
        digits[i] = random.nextInt(10);
        sum += digits[i] * (9 - i);
      }
    } while (sum % 11 == 10);
    digits[8] = sum % 11;
    StringBuilder number = new StringBuilder("NL");
    for (int d : digits) {
      number.append(d);
    }
    return number.append("B01").toString();
  }

  private String german() {
    StringBuilder number = new StringBuilder().append(1 + random.nextInt(9));
    for (int i = 1; i < 8; i++) {
      number.append(random.nextInt(10));
    }
    int product = 10;
    for (int i = 0; i < 8; i++) {
      int sum = (number.charAt(i) - '0' + product) % 10;
      product = (2 * (sum == 0 ? 10 : sum)) % 11;
    }
    int check = 11 - product;
    return "DE" + number + (check == 10 ? 0 : check);
  }

  private static String withLuhnDigit(String digits) {
    for (int check = 0; check < 10; check++) {
      if (luhnValid(digits + check)) {
        return digits + check;
      }
    }
    throw new IllegalStateException("no Luhn digit for " + digits);
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }
}
