package org.customerkit.core.domain.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The Belgian bank identification codes: the first three digits of a Belgian account number name the bank,
 * and through it the BIC. The list is the National Bank of Belgium's protocol code list, shipped as the
 * resource {@code be-bank-codes.tsv} beside this class and read once, on first use.
 *
 * <p>A code outside the list belongs to no bank that this version knows; an IBAN with it is accepted without BIC
 * (the National Bank assigns new codes every year; {@code docs/bank-codes.md} says how to refresh the list). A few codes in the list
 * belong to institutions without a BIC (clearing houses, card processors, some bpost ranges).
 */
public final class BelgianBanks {

  private static final String RESOURCE = "be-bank-codes.tsv";

  /**
   * One bank of the list.
   *
   * @param bic the bank's BIC, empty when the list gives none; never null
   * @param name the bank's name as the list writes it, never null
   */
  public record Bank(Optional<Bic> bic, String name) {
    public Bank {
      Objects.requireNonNull(bic, "bic");
      Objects.requireNonNull(name, "name");
    }
  }

  private BelgianBanks() {}

  /**
   * The bank of a three-digit bank code such as {@code "320"}; empty for a code that is not three digits
   * or that no bank has.
   */
  public static Optional<Bank> byCode(String threeDigits) {
    if (threeDigits == null || threeDigits.length() != 3) {
      return Optional.empty();
    }
    int code = 0;
    for (int i = 0; i < 3; i++) {
      char c = threeDigits.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      code = code * 10 + (c - '0');
    }
    return Optional.ofNullable(Table.BANKS[code]);
  }

  /** Holder of the table, so that the resource is read on first use and only once. */
  private static final class Table {

    static final Bank[] BANKS = load();

    private static Bank[] load() {
      Bank[] banks = new Bank[1000];
      try (InputStream in = BelgianBanks.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + RESOURCE);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          read(line, number, banks);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return banks;
    }

    private static void read(String line, int number, Bank[] banks) {
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalStateException(RESOURCE + " line " + number + ": expected 4 columns");
      }
      int first = Integer.parseInt(columns[0].trim());
      int last = Integer.parseInt(columns[1].trim());
      Optional<Bic> bic = columns[2].isBlank() ? Optional.empty() : Optional.of(Bic.of(columns[2]));
      Bank bank = new Bank(bic, columns[3].strip());
      for (int code = first; code <= last; code++) {
        if (banks[code] != null) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": code " + code + " listed twice");
        }
        banks[code] = bank;
      }
    }
  }
}
