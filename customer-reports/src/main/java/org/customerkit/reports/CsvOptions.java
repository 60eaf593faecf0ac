package org.customerkit.reports;

/**
 * How a CSV report is written. The default ({@link #excelBelgium()}) is what Excel opens correctly in
 * Belgium: semicolons and UTF-8 with a byte-order mark. {@link #rfc4180()} is plain UTF-8 with commas. Both
 * quote as RFC 4180 says (quotes doubled) any field with a comma, a semicolon, a tab, a quote or a line break,
 * so that a spreadsheet splitting on another separator than the file's still sees one cell, and end lines with
 * CRLF.
 *
 * @param separator the field separator: {@code ;}, {@code ,} or a tab
 * @param byteOrderMark whether the file starts with the UTF-8 byte-order mark
 */
public record CsvOptions(char separator, boolean byteOrderMark) {

  public CsvOptions {
    if (separator == '"' || separator == '\r' || separator == '\n') {
      throw new IllegalArgumentException("not a usable separator: " + (int) separator);
    }
  }

  /** Semicolons, UTF-8 with a byte-order mark. */
  public static CsvOptions excelBelgium() {
    return new CsvOptions(';', true);
  }

  /** Commas, plain UTF-8. */
  public static CsvOptions rfc4180() {
    return new CsvOptions(',', false);
  }

  public CsvOptions withSeparator(char separator) {
    return new CsvOptions(separator, byteOrderMark);
  }

  public CsvOptions withByteOrderMark(boolean byteOrderMark) {
    return new CsvOptions(separator, byteOrderMark);
  }
}
