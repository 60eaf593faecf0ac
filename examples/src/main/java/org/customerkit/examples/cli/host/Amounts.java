package org.customerkit.examples.cli.host;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.customerkit.examples.cli.BadInputException;

/** Reads the amounts and dates the sales and bank commands take. */
final class Amounts {

  private Amounts() {}

  /** A positive amount in euro such as {@code 121.50} or {@code 121,50}, to the cent. */
  static BigDecimal amount(String text) {
    try {
      BigDecimal amount = new BigDecimal(text.strip().replace(',', '.'));
      if (amount.signum() <= 0 || amount.scale() > 2) {
        throw new BadInputException("The amount " + text + " must be positive, to the cent at most.");
      }
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (NumberFormatException e) {
      throw new BadInputException("The amount " + text + " is not a number.", e);
    }
  }

  /** A date written year-month-day; today when absent. */
  static LocalDate date(String text) {
    if (text == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException("The date " + text + " must be written year-month-day, such as 2026-03-31.", e);
    }
  }
}
