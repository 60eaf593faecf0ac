package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnType;

/**
 * However long the values and however many the columns, the text of two neighbouring columns keeps
 * {@link PdfReportWriter#COLUMN_GAP} points apart, in the headings and in the rows. Every line of a cell is
 * one text-showing operation in the page, so the glyphs of one operation are one cell's line; on a baseline,
 * each such run must end at least the gap before the next one starts.
 */
class PdfColumnGapProperties {

  private static final float TOLERANCE = 0.01f;

  @Property(tries = 40)
  void neighbouringColumnsNeverComeCloserThanTheGap(@ForAll @IntRange(min = 2, max = 48) int columns,
      @ForAll("values") List<String> values, @ForAll("values") List<String> headings,
      @ForAll @IntRange(min = 1, max = 4) int maxLines) throws IOException {
    List<String> shownHeadings = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      shownHeadings.add(headings.get(c % headings.size()));
      boolean number = c % 5 == 4;
      types.add(number ? ColumnType.NUMBER : ColumnType.TEXT);
      row.add(number ? new Cell.Number(new BigDecimal("12345678901234567890.25"))
          : Cell.text(values.get(c % values.size())));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var writer = ReportFormats.pdf(out, PdfOptions.defaults().withMaxLinesPerCell(maxLines));
    writer.begin(new ReportHeader("Kolommen", "acme", Instant.EPOCH, ZoneId.of("Europe/Brussels"), Language.NL,
        shownHeadings, types, Orientation.PORTRAIT, Optional.empty()));
    writer.row(row);
    writer.row(row);
    writer.end(2);

    for (Map.Entry<Float, List<Run>> line : runsByBaseline(out.toByteArray()).entrySet()) {
      List<Run> runs = line.getValue();
      runs.sort(Comparator.comparing(Run::left));
      for (int r = 1; r < runs.size(); r++) {
        float gap = runs.get(r).left() - runs.get(r - 1).right();
        assertTrue(gap >= PdfReportWriter.COLUMN_GAP - TOLERANCE,
            "only " + gap + " pt between '" + runs.get(r - 1).text() + "' and '" + runs.get(r).text() + "'");
      }
    }
  }

  @Provide
  Arbitrary<List<String>> values() {
    Arbitrary<String> word = Arbitraries.strings().withChars("WMmwQ@ilj.-éßŁ€0123456789").ofMinLength(1)
        .ofMaxLength(40);
    return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words)).list().ofMinSize(1)
        .ofMaxSize(8);
  }

  private record Run(String text, float left, float right) {}

  /** The runs of the page above its footer, by baseline; the footer's "page n of" and "m" are two runs by design. */
  private static Map<Float, List<Run>> runsByBaseline(byte[] pdf) throws IOException {
    List<List<TextPosition>> runs = new ArrayList<>();
    float footerTop;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      footerTop = document.getPage(0).getMediaBox().getHeight() - 50;
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void showText(byte[] string) throws IOException {
          runs.add(new ArrayList<>());
          super.showText(string);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
          runs.get(runs.size() - 1).add(text);
        }
      };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(document);
    }
    Map<Float, List<Run>> byBaseline = new TreeMap<>();
    for (List<TextPosition> glyphs : runs) {
      if (glyphs.isEmpty() || glyphs.get(0).getY() > footerTop) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (TextPosition g : glyphs) {
        text.append(g.getUnicode());
        left = Math.min(left, g.getX());
        right = Math.max(right, g.getX() + g.getWidth());
      }
      float baseline = Math.round(glyphs.get(0).getY() * 10) / 10f;
      byBaseline.computeIfAbsent(baseline, b -> new ArrayList<>()).add(new Run(text.toString(), left, right));
    }
    return byBaseline;
  }
}
