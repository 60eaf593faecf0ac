package org.customerkit.reports;

import java.util.ArrayList;
import java.util.List;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.view.Cell;

/** The text every format shows for a cell, formula-like text neutralised: one definition for all writers. */
final class CellTexts {

  private final Messages messages;

  CellTexts(Messages messages) {
    this.messages = messages;
  }

  /**
   * The shown text: a text cell neutralised, a number as plain digits, a date as ISO, a timestamp in
   * Brussels time to the minute, yes or no in the report's language, an empty cell as {@code ""}.
   */
  String text(Cell cell) {
    if (cell instanceof Cell.Text text) {
      return FormulaGuard.neutralise(text.value());
    }
    return cell.text(messages);
  }

  List<String> texts(List<Cell> cells) {
    List<String> texts = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      texts.add(text(cell));
    }
    return texts;
  }

  /** Headings are user text too (extra field labels): neutralised like text cells. */
  static List<String> headings(List<String> headings) {
    List<String> safe = new ArrayList<>(headings.size());
    for (String heading : headings) {
      safe.add(FormulaGuard.neutralise(heading));
    }
    return safe;
  }
}
