package org.customerkit.core.domain.fiscal;

import static org.customerkit.core.domain.fiscal.CheckDigits.digit;
import static org.customerkit.core.domain.fiscal.CheckDigits.isDate;
import static org.customerkit.core.domain.fiscal.CheckDigits.isDigits;
import static org.customerkit.core.domain.fiscal.CheckDigits.isZeros;
import static org.customerkit.core.domain.fiscal.CheckDigits.value;
import static org.customerkit.core.domain.fiscal.CheckDigits.weightedSum;
import static org.customerkit.core.domain.shared.Reason.INVALID_CHECKSUM;
import static org.customerkit.core.domain.shared.Reason.INVALID_COMPONENT;
import static org.customerkit.core.domain.shared.Reason.INVALID_FORMAT;
import static org.customerkit.core.domain.shared.Reason.INVALID_LENGTH;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customerkit.core.domain.shared.Reason;

/**
 * The VAT number rules of each supported prefix: how the national part is written in its shortest form and
 * what makes it valid (format, length, impossible components, check digits), following python-stdnum's
 * country modules. {@link #check} assumes its input went through {@link NumberText#clean} and {@link #compact}.
 */
enum VatCountry {
  AT {
    @Override
    Optional<Reason> check(String n) {
      if (!n.startsWith("U") || !isDigits(n.substring(1))) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      int check = Math.floorMod(6 - CheckDigits.luhnChecksum(n.substring(1, 8)), 10);
      return verify(check == digit(n, 8));
    }
  },
  BE {
    @Override
    String compact(String n) {
      return EnterpriseNumber.compact(n);
    }

    @Override
    Optional<Reason> check(String n) {
      return EnterpriseNumber.refusalOf(n);
    }
  },
  BG {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() == 9) {
        int check = weightedSum(n, 1, 2, 3, 4, 5, 6, 7, 8) % 11;
        if (check == 10) {
          check = weightedSum(n, 3, 4, 5, 6, 7, 8, 9, 10) % 11;
        }
        return verify(check % 10 == digit(n, 8));
      }
      if (n.length() == 10) {
        int other = Math.floorMod(11 - weightedSum(n, 4, 3, 2, 7, 6, 5, 4, 3, 2), 11);
        return verify(isBulgarianPersonalNumber(n) || isBulgarianForeignerNumber(n) || other == digit(n, 9));
      }
      return refuse(INVALID_LENGTH);
    }
  },
  CY {
    @Override
    Optional<Reason> check(String n) {
      if (n.length() < 2 || !isDigits(n.substring(0, n.length() - 1))) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      if (n.startsWith("12")) {
        return refuse(INVALID_COMPONENT);
      }
      int[] evenPositionValues = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += i % 2 == 0 ? evenPositionValues[digit(n, i)] : digit(n, i);
      }
      return verify(n.charAt(8) == (char) ('A' + sum % 26));
    }
  },
  CZ {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() == 8) {
        if (n.startsWith("9")) {
          return refuse(INVALID_COMPONENT);
        }
        int check = Math.floorMod(11 - weightedSum(n, 8, 7, 6, 5, 4, 3, 2), 11);
        return verify((check == 0 ? 1 : check) % 10 == digit(n, 7));
      }
      if (n.length() == 9 && n.startsWith("6")) {
        int sum = weightedSum(n.substring(1), 8, 7, 6, 5, 4, 3, 2) % 11;
        return verify(Math.floorMod(8 - (10 - sum) % 11, 10) == digit(n, 8));
      }
      if (n.length() == 9 || n.length() == 10) {
        return birthNumberRefusal(n);
      }
      return refuse(INVALID_LENGTH);
    }
  },
  DE {
    @Override
    String compact(String n) {
      return withoutCommas(n);
    }

    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      return verify(CheckDigits.isMod11_10Valid(n));
    }
  },
  DK {
    @Override
    String compact(String n) {
      return withoutCommas(n);
    }

    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0);
    }
  },
  EE {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 3, 7, 1, 3, 7, 1, 3, 7, 1) % 10 == 0);
    }
  },
  EL {
    @Override
    String compact(String n) {
      return n.length() == 8 ? "0" + n : n;
    }

    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum = sum * 2 + digit(n, i);
      }
      return verify(sum * 2 % 11 % 10 == digit(n, 8));
    }
  },
  ES {
    @Override
    Optional<Reason> check(String n) {
      if (n.length() < 3 || !isDigits(n.substring(1, n.length() - 1))) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      char first = n.charAt(0);
      char last = n.charAt(8);
      if ("KLM".indexOf(first) >= 0) {
        return verify(last == dniLetter(value(n.substring(1, 8))));
      }
      if (first >= '0' && first <= '9') {
        return verify(last == dniLetter(value(n.substring(0, 8))));
      }
      if ("XYZ".indexOf(first) >= 0) {
        return verify(last == dniLetter(value("XYZ".indexOf(first) + n.substring(1, 8))));
      }
      if ("ABCDEFGHJNPQRSUVW".indexOf(first) < 0) {
        return refuse(INVALID_FORMAT);
      }
      int check = CheckDigits.luhnCheckDigit(n.substring(1, 8));
      return verify(last == (char) ('0' + check) || last == "JABCDEFGHI".charAt(check));
    }
  },
  FI {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0);
    }
  },
  FR {
    private static final String KEY_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Override
    Optional<Reason> check(String n) {
      for (int i = 0; i < Math.min(2, n.length()); i++) {
        if (KEY_ALPHABET.indexOf(n.charAt(i)) < 0) {
          return refuse(INVALID_FORMAT);
        }
      }
      if (n.length() > 2 && !isDigits(n.substring(2))) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 11) {
        return refuse(INVALID_LENGTH);
      }
      String siren = n.substring(2);
      boolean monaco = siren.startsWith("000");
      if (!monaco && !CheckDigits.isLuhnValid(siren)) {
        return refuse(INVALID_CHECKSUM);
      }
      if (isDigits(n)) {
        return verify(value(n.substring(0, 2)) == value(siren + "12") % 97);
      }
      int first = KEY_ALPHABET.indexOf(n.charAt(0));
      int second = KEY_ALPHABET.indexOf(n.charAt(1));
      int check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
      return verify((value(siren) + 1 + check / 11) % 11 == check % 11);
    }

    @Override
    boolean isRepeatedIn(String rest) {
      // a two-letter key can be "FR": FR FR123456789 is a number, FR FR 12 123456789 a doubled prefix
      return super.isRepeatedIn(rest) && rest.length() != 11;
    }
  },
  HR {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 11) {
        return refuse(INVALID_LENGTH);
      }
      return verify(CheckDigits.isMod11_10Valid(n));
    }
  },
  HU {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0);
    }
  },
  IE {
    private static final String LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

    @Override
    Optional<Reason> check(String n) {
      if (n.length() < 7 || !isDigits(n.substring(0, 1)) || !isDigits(n.substring(2, 7))) {
        return refuse(INVALID_FORMAT);
      }
      for (int i = 7; i < n.length(); i++) {
        if (LETTERS.indexOf(n.charAt(i)) < 0) {
          return refuse(INVALID_FORMAT);
        }
      }
      if (n.length() != 8 && n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      int second = n.length() == 9 ? LETTERS.indexOf(n.charAt(8)) : 0;
      if (isDigits(n.substring(0, 7))) {
        return verify(n.charAt(7) == letter(n.substring(0, 7), second));
      }
      if ("ABCDEFGHIJKLMNOPQRSTUVWXYZ+*".indexOf(n.charAt(1)) >= 0) {
        return verify(n.charAt(7) == letter("0" + n.substring(2, 7) + n.charAt(0), second));
      }
      return refuse(INVALID_FORMAT);
    }

    private char letter(String sevenDigits, int second) {
      return LETTERS.charAt((weightedSum(sevenDigits, 8, 7, 6, 5, 4, 3, 2) + 9 * second) % 23);
    }
  },
  IT {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 11) {
        return refuse(INVALID_LENGTH);
      }
      long province = value(n.substring(7, 10));
      boolean knownProvince = (province >= 1 && province <= 100) || Set.of(120L, 121L, 888L, 999L).contains(province);
      if (isZeros(n.substring(0, 7)) || !knownProvince) {
        return refuse(INVALID_COMPONENT);
      }
      return verify(CheckDigits.isLuhnValid(n));
    }
  },
  LT {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9 && n.length() != 12) {
        return refuse(INVALID_LENGTH);
      }
      if (n.charAt(n.length() - 2) != '1') {
        return refuse(INVALID_COMPONENT);
      }
      int sum = 0;
      for (int i = 0; i < n.length() - 1; i++) {
        sum += (1 + i % 9) * digit(n, i);
      }
      int check = sum % 11;
      if (check == 10) {
        sum = 0;
        for (int i = 0; i < n.length() - 1; i++) {
          sum += (1 + (i + 2) % 9) * digit(n, i);
        }
        check = sum % 11;
      }
      return verify(check % 10 == digit(n, n.length() - 1));
    }
  },
  LU {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      return verify(value(n.substring(0, 6)) % 89 == value(n.substring(6)));
    }
  },
  LV {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 11) {
        return refuse(INVALID_LENGTH);
      }
      if (n.charAt(0) > '3') {
        return verify(weightedSum(n, 9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1) % 11 == 3);
      }
      if (!n.startsWith("32")) {
        int year = 1800 + 100 * digit(n, 6) + (int) value(n.substring(4, 6));
        if (!isDate(year, (int) value(n.substring(2, 4)), (int) value(n.substring(0, 2)))) {
          return refuse(INVALID_COMPONENT);
        }
      }
      int check = (1 + weightedSum(n, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9)) % 11 % 10;
      return verify(check == digit(n, 10));
    }
  },
  MT {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 3, 4, 6, 7, 8, 9, 10, 1) % 37 == 0);
    }
  },
  NL {
    @Override
    String compact(String n) {
      int b = n.length() - 3;
      if (b >= 1 && b < 9 && n.charAt(b) == 'B' && isDigits(n.substring(0, b)) && isDigits(n.substring(b + 1))) {
        return "0".repeat(9 - b) + n;
      }
      return n;
    }

    @Override
    Optional<Reason> check(String n) {
      if (n.length() < 11 || !isDigits(n.substring(0, 9)) || isZeros(n.substring(0, 9))
          || !isDigits(n.substring(10)) || isZeros(n.substring(10))) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 12) {
        return refuse(INVALID_LENGTH);
      }
      if (n.charAt(9) != 'B') {
        return refuse(INVALID_FORMAT);
      }
      boolean elevenProof = (weightedSum(n, 9, 8, 7, 6, 5, 4, 3, 2) - digit(n, 8)) % 11 == 0;
      return verify(elevenProof || CheckDigits.isMod97_10Valid("NL" + n));
    }
  },
  PL {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 10) {
        return refuse(INVALID_LENGTH);
      }
      return verify(weightedSum(n, 6, 5, 7, 2, 3, 4, 5, 6, 7, -1) % 11 == 0);
    }
  },
  PT {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 9) {
        return refuse(INVALID_LENGTH);
      }
      int check = Math.floorMod(11 - weightedSum(n, 9, 8, 7, 6, 5, 4, 3, 2), 11) % 10;
      return verify(check == digit(n, 8));
    }
  },
  RO {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() == 13) {
        return personalCodeRefusal(n);
      }
      if (n.length() < 2 || n.length() > 10) {
        return refuse(INVALID_LENGTH);
      }
      String body = "0".repeat(10 - n.length()) + n.substring(0, n.length() - 1);
      int check = 10 * weightedSum(body, 7, 5, 3, 2, 1, 7, 5, 3, 2) % 11 % 10;
      return verify(check == digit(n, n.length() - 1));
    }

    private Optional<Reason> personalCodeRefusal(String n) {
      int century = switch (n.charAt(0)) {
        case '3', '4' -> 1800;
        case '5', '6' -> 2000;
        default -> 1900;
      };
      int year = century + (int) value(n.substring(1, 3));
      if (!isDate(year, (int) value(n.substring(3, 5)), (int) value(n.substring(5, 7)))) {
        return refuse(INVALID_COMPONENT);
      }
      int check = weightedSum(n, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9) % 11;
      return verify((check == 10 ? 1 : check) == digit(n, 12));
    }
  },
  SE {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || !n.endsWith("01")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 12) {
        return refuse(INVALID_LENGTH);
      }
      return verify(CheckDigits.isLuhnValid(n.substring(0, 10)));
    }
  },
  SI {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n) || n.startsWith("0")) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 8) {
        return refuse(INVALID_LENGTH);
      }
      int check = 11 - weightedSum(n, 8, 7, 6, 5, 4, 3, 2) % 11;
      return verify((check == 10 ? 0 : check) == digit(n, 7));
    }
  },
  SK {
    @Override
    Optional<Reason> check(String n) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      if (n.length() != 10) {
        return refuse(INVALID_LENGTH);
      }
      if (birthNumberRefusal(n).isEmpty()) {
        return ok();
      }
      if (n.startsWith("0") || "234789".indexOf(n.charAt(2)) < 0) {
        return refuse(INVALID_COMPONENT);
      }
      return verify(value(n) % 11 == 0);
    }
  },
  /** Northern Ireland, with the United Kingdom's rules. */
  XI {
    @Override
    Optional<Reason> check(String n) {
      return britishRefusal(n);
    }
  },
  GB {
    @Override
    boolean isMemberState() {
      return false;
    }

    @Override
    Optional<Reason> check(String n) {
      return britishRefusal(n);
    }
  },
  /** One Stop Shop, non-union scheme. */
  EU {
    @Override
    boolean isMemberState() {
      return false;
    }

    @Override
    Optional<Reason> check(String n) {
      return oneStopShopRefusal(n, 9);
    }
  },
  /** One Stop Shop, import scheme. */
  IM {
    @Override
    boolean isMemberState() {
      return false;
    }

    @Override
    Optional<Reason> check(String n) {
      return oneStopShopRefusal(n, 10);
    }
  };

  private static final Map<String, VatCountry> BY_CODE = byCode();

  /** ISO 3166-1 numeric codes of the member states (and 900 for Northern Ireland), digits 3 to 5 of OSS numbers. */
  private static final Set<String> MEMBER_STATE_NUMBERS = Set.of(
      "040", "056", "100", "191", "196", "203", "208", "233", "246", "250", "276", "300", "348", "372", "380",
      "428", "440", "442", "470", "528", "616", "620", "642", "703", "705", "724", "752", "900");

  /**
   * Whether sales to a business with this prefix are intra-Community: the member states, and Northern Ireland
   * for goods; not the United Kingdom or the One Stop Shop schemes.
   */
  boolean isMemberState() {
    return true;
  }

  /** The national part in its shortest form; the default keeps it as typed (after cleaning). */
  String compact(String number) {
    return number;
  }

  /** German and Danish numbers may be written with commas between digit groups, as python-stdnum reads them. */
  private static String withoutCommas(String n) {
    return n.indexOf(',') < 0 ? n : n.replace(",", "");
  }

  /** Why the compact national part is not a valid number, or empty when it is. */
  abstract Optional<Reason> check(String number);

  /** The country of a VAT prefix or hint such as {@code BE}, {@code EL} or {@code GR}; empty for any other. */
  static Optional<VatCountry> forCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** Whether the part after this country's prefix starts with the same prefix again ({@code BE BE 0220764971}). */
  boolean isRepeatedIn(String rest) {
    return rest.length() >= 2 && forCode(rest.substring(0, 2)).orElse(null) == this;
  }

  private static Map<String, VatCountry> byCode() {
    var codes = new java.util.HashMap<String, VatCountry>();
    for (VatCountry c : values()) {
      codes.put(c.name(), c);
    }
    codes.put("GR", EL);
    return Map.copyOf(codes);
  }

  private static Optional<Reason> ok() {
    return Optional.empty();
  }

  private static Optional<Reason> refuse(Reason reason) {
    return Optional.of(reason);
  }

  private static Optional<Reason> verify(boolean checkDigitsMatch) {
    return checkDigitsMatch ? ok() : refuse(INVALID_CHECKSUM);
  }

  private static char dniLetter(long number) {
    return "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (number % 23));
  }

  /** EGN: birth date (month +20 for the 1800s, +40 for the 2000s) and a weighted check digit. */
  private static boolean isBulgarianPersonalNumber(String n) {
    int year = 1900 + (int) value(n.substring(0, 2));
    int month = (int) value(n.substring(2, 4));
    if (month > 40) {
      year += 100;
      month -= 40;
    } else if (month > 20) {
      year -= 100;
      month -= 20;
    }
    return isDate(year, month, (int) value(n.substring(4, 6)))
        && weightedSum(n, 2, 4, 8, 5, 10, 9, 7, 3, 6) % 11 % 10 == digit(n, 9);
  }

  /** PNF, the personal number of a foreigner. */
  private static boolean isBulgarianForeignerNumber(String n) {
    return weightedSum(n, 21, 19, 17, 13, 11, 9, 7, 3, 1) % 10 == digit(n, 9);
  }

  /** Czech and Slovak birth number (RČ): 9 digits before 1954, else 10 with a mod-11 check digit. */
  private static Optional<Reason> birthNumberRefusal(String n) {
    int year = 1900 + (int) value(n.substring(0, 2));
    int month = (int) value(n.substring(2, 4)) % 50 % 20;
    int day = (int) value(n.substring(4, 6));
    if (n.length() == 9) {
      if (year >= 1980) {
        year -= 100;
      }
      if (year > 1953) {
        return refuse(INVALID_LENGTH);
      }
    } else if (year < 1954) {
      year += 100;
    }
    if (!isDate(year, month, day)) {
      return refuse(INVALID_COMPONENT);
    }
    if (n.length() == 10) {
      return verify(value(n.substring(0, 9)) % 11 % 10 == digit(n, 9));
    }
    return ok();
  }

  /** United Kingdom: standard (9), branch (12), government department (GD) and health authority (HA) numbers. */
  private static Optional<Reason> britishRefusal(String n) {
    if (n.length() == 5) {
      if (!isDigits(n.substring(2))) {
        return refuse(INVALID_FORMAT);
      }
      return isGovernmentOrHealth(n.substring(0, 2), value(n.substring(2))) ? ok() : refuse(INVALID_COMPONENT);
    }
    if (n.length() == 11 && (n.startsWith("GD8888") || n.startsWith("HA8888"))) {
      if (!isDigits(n.substring(6))) {
        return refuse(INVALID_FORMAT);
      }
      long unit = value(n.substring(6, 9));
      if (!isGovernmentOrHealth(n.substring(0, 2), unit)) {
        return refuse(INVALID_COMPONENT);
      }
      return verify(unit % 97 == value(n.substring(9)));
    }
    if (n.length() == 9 || n.length() == 12) {
      if (!isDigits(n)) {
        return refuse(INVALID_FORMAT);
      }
      int sum = weightedSum(n, 8, 7, 6, 5, 4, 3, 2, 10, 1) % 97;
      boolean restarted = value(n.substring(0, 3)) >= 100;
      return verify(sum == 0 || (restarted && (sum == 42 || sum == 55)));
    }
    return refuse(INVALID_LENGTH);
  }

  private static boolean isGovernmentOrHealth(String kind, long unit) {
    return (kind.equals("GD") && unit < 500) || (kind.equals("HA") && unit >= 500);
  }

  private static Optional<Reason> oneStopShopRefusal(String n, int length) {
    if (!isDigits(n)) {
      return refuse(INVALID_FORMAT);
    }
    if (n.length() != length) {
      return refuse(INVALID_LENGTH);
    }
    return MEMBER_STATE_NUMBERS.contains(n.substring(0, 3)) ? ok() : refuse(INVALID_COMPONENT);
  }
}
