package org.customerkit.core.domain.fiscal;

import java.time.YearMonth;

/**
 * The arithmetic behind the check digits of fiscal numbers. Every method expects ASCII digits (or, for
 * {@link #isMod97_10Valid}, ASCII digits and upper-case letters) that the caller has already checked, and bounded
 * lengths: nothing here parses more than 18 digits into a number.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** True for a non-empty string of ASCII digits only. */
  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isZeros(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /** The number written by at most 18 digits. */
  static long value(String digits) {
    if (digits.length() > 18) {
      throw new IllegalArgumentException("too many digits for a long: " + digits.length());
    }
    long v = 0;
    for (int i = 0; i < digits.length(); i++) {
      v = v * 10 + digit(digits, i);
    }
    return v;
  }

  /** Sum of digit × weight, position by position, over as many positions as there are weights. */
  static int weightedSum(String digits, int... weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(digits, i);
    }
    return sum;
  }

  /** The Luhn checksum: 0 for a number whose last digit is a correct Luhn check digit. */
  static int luhnChecksum(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digit(digits, i);
      if (doubled) {
        d *= 2;
        d = d / 10 + d % 10;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10;
  }

  static boolean isLuhnValid(String digits) {
    return luhnChecksum(digits) == 0;
  }

  /** The Luhn check digit to append to {@code digits}. */
  static int luhnCheckDigit(String digits) {
    return (10 - luhnChecksum(digits + "0")) % 10;
  }

  /** ISO 7064 MOD 11,10 over all digits, the last being the check digit (German USt-IdNr., Croatian OIB). */
  static boolean isMod11_10Valid(String digits) {
    int product = 10;
    for (int i = 0; i < digits.length() - 1; i++) {
      int sum = (digit(digits, i) + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10 == digit(digits, digits.length() - 1);
  }

  /** ISO 7064 MOD 97,10 with letters counted as 10 (A) to 35 (Z), as in IBANs: valid when the rest is 1. */
  static boolean isMod97_10Valid(String alphanumeric) {
    int rest = 0;
    for (int i = 0; i < alphanumeric.length(); i++) {
      char c = alphanumeric.charAt(i);
      if (c >= '0' && c <= '9') {
        rest = (rest * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        rest = (rest * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return rest == 1;
  }

  static boolean isDate(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
  }
}
