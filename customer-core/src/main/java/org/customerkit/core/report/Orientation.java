package org.customerkit.core.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a PDF page of a report lies: upright A4 or A4 on its side, for reports with many columns. */
public enum Orientation {
  PORTRAIT,
  LANDSCAPE;

  /** {@code portrait} or {@code landscape}, as the command line and stored definitions write it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Orientation> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(o -> o.code().equals(c)).findFirst();
  }
}
