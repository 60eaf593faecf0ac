package org.customerkit.reports;

import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.report.Orientation;

/**
 * How a PDF report is laid out beyond what its definition says.
 *
 * @param fontSize the size of the rows' text in points, 6 to 14; headings use it too, the title more
 * @param maxLinesPerCell how many lines a long value may wrap onto before it is cut with an ellipsis, 1 to 10
 * @param orientation the page orientation instead of the definition's, when present
 */
public record PdfOptions(float fontSize, int maxLinesPerCell, Optional<Orientation> orientation) {

  public PdfOptions {
    if (fontSize < 6 || fontSize > 14) {
      throw new IllegalArgumentException("font size out of range: " + fontSize);
    }
    if (maxLinesPerCell < 1 || maxLinesPerCell > 10) {
      throw new IllegalArgumentException("lines per cell out of range: " + maxLinesPerCell);
    }
    Objects.requireNonNull(orientation, "orientation");
  }

  /** 9-point text, long values on up to 3 lines, the definition's orientation. */
  public static PdfOptions defaults() {
    return new PdfOptions(9, 3, Optional.empty());
  }

  public PdfOptions withFontSize(float fontSize) {
    return new PdfOptions(fontSize, maxLinesPerCell, orientation);
  }

  public PdfOptions withMaxLinesPerCell(int maxLinesPerCell) {
    return new PdfOptions(fontSize, maxLinesPerCell, orientation);
  }

  public PdfOptions withOrientation(Orientation orientation) {
    return new PdfOptions(fontSize, maxLinesPerCell, Optional.of(orientation));
  }
}
