package org.customerkit.examples.cli.list;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Column;
import org.customerkit.examples.cli.TerminalText;

/**
 * Prints a page of the customer list as an aligned table: a header line of column headings in the user's
 * language, one customer a line, then {@code total: N} when counted, and last {@code next: CURSOR}, or
 * {@code next: -} on the last page. Columns are separated by two spaces; control characters in values
 * become spaces ({@link TerminalText#oneLine}), so a row is always one line.
 */
public final class TablePrinter {

  /** What the last line carries after {@code next: } when no page follows. */
  public static final String NO_NEXT_PAGE = "-";

  private final Messages messages;

  public TablePrinter(Messages messages) {
    this.messages = messages;
  }

  public void print(CustomerList list, PrintWriter out) {
    List<String> header = list.view().columns().stream().map(this::heading).collect(Collectors.toList());
    List<List<String>> rows = new ArrayList<>();
    for (List<Cell> cells : list.rows()) {
      rows.add(cells.stream().map(c -> TerminalText.oneLine(c.text(messages))).collect(Collectors.toList()));
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(header.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.println(line(header, widths));
    rows.forEach(row -> out.println(line(row, widths)));
    list.total().ifPresent(total -> out.println("total: " + total));
    out.println("next: " + list.page().next().orElse(NO_NEXT_PAGE));
    out.flush();
  }

  private String heading(Column column) {
    return TerminalText.oneLine(column.heading(messages));
  }

  private static String line(List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      line.append(value);
      if (i < values.size() - 1) {
        line.append(" ".repeat(widths[i] - width(value) + 2));
      }
    }
    return line.toString().stripTrailing();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
