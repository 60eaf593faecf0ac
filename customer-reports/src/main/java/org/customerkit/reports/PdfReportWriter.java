package org.customerkit.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.ColumnType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report as an A4 PDF drawn with PDFBox: on every page a title block (title, tenant, generation date) and
 * the column headings on a grey band, then the rows; "page n of m" at the foot of every page. The "m" is one
 * small form XObject that every page draws and that is filled in once the last page exists, so the pages are
 * written in one pass. Text is LiberationSans, the title and headings in its bold, embedded as subsets, so
 * accented and Central European letters and the euro sign print. Columns keep at least {@value #COLUMN_GAP}
 * points between their texts. A value wider than its column wraps onto further lines and is cut with an ellipsis
 * after the last allowed one; nothing is drawn past its column's edge.
 *
 * <p>Column widths are set from the headings and the first {@value #SAMPLE_ROWS} rows, which are held until
 * then; after that every row is drawn as it comes. A finished page's content goes to a temporary file
 * ({@link SpillingStreamCache}), so the pages of a long report do not fill the heap.
 */
final class PdfReportWriter implements ReportWriter {

  static final int SAMPLE_ROWS = 100;
  private static final Logger LOG = LoggerFactory.getLogger(PdfReportWriter.class);
  private static final float MARGIN = 36;
  private static final float PAD = 3;
  /**
   * The least room between the text of two neighbouring columns, in points: each column keeps half of it free
   * on either side, and wrapping and cutting keep a cell's text inside what is left.
   */
  static final float COLUMN_GAP = 6;
  private static final float INSET = COLUMN_GAP / 2;
  private static final float FOOTER = 28;
  private static final float MAX_SAMPLED_WIDTH = 220;
  private static final float BAND_GREY = 0.88f;

  private final OutputStream out;
  private final PdfOptions options;
  private final float size;
  private final float leading;
  private final List<Object> sample = new ArrayList<>();

  private ReportHeader header;
  private Messages messages;
  private CellTexts texts;
  private PDDocument document;
  private SpillingStreamCache streams;
  private PdfText text;
  private PdfText bold;
  private PDRectangle pageSize;
  private List<String> headings;
  private boolean[] rightAligned;
  /** The index of the column the rows are grouped by among the header's, -1 when they are not. */
  private int grouped;
  private float[] widths;
  private float[] lefts;
  private float[] sampled;
  private int sampledRows;
  private boolean laidOut;
  private PDPageContentStream content;
  private float y;
  private int pages;
  private String pageLabelStart;
  private PDAppearanceStream pageTotal;
  /** One resource dictionary (the font, the page-total form) that every page shares. */
  private final PDResources pageResources = new PDResources();

  PdfReportWriter(OutputStream out, PdfOptions options) {
    this.out = out;
    this.options = options;
    this.size = options.fontSize();
    this.leading = size * 1.25f;
  }

  private record GroupStart(Cell value) {}

  private record GroupEnd(Cell value, long rows) {}

  @Override
  public void begin(ReportHeader header) {
    this.header = header;
    this.messages = header.messages();
    this.texts = new CellTexts(messages);
    this.streams = new SpillingStreamCache();
    this.document = new PDDocument(() -> streams);
    this.text = PdfText.regular(document);
    this.bold = PdfText.bold(document);
    Orientation orientation = options.orientation().orElse(header.orientation());
    this.pageSize = orientation == Orientation.LANDSCAPE
        ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    // the grouping column's value heads each group, so its rows leave it out
    this.grouped = header.groupHeading().filter(g -> header.headings().size() > 1)
        .map(g -> header.headings().indexOf(g)).orElse(-1);
    List<String> all = CellTexts.headings(header.headings());
    int columns = grouped < 0 ? all.size() : all.size() - 1;
    this.headings = new ArrayList<>(columns);
    this.rightAligned = new boolean[columns];
    for (int c = 0; c < all.size(); c++) {
      if (c != grouped) {
        rightAligned[headings.size()] = header.types().get(c) == ColumnType.NUMBER;
        headings.add(bold.printable(all.get(c)));
      }
    }
    this.sampled = new float[columns];
    var info = document.getDocumentInformation();
    info.setTitle(header.title());
    info.setAuthor(header.tenantName());
    info.setCreator("customerkit");
    Calendar created = GregorianCalendar.from(header.generatedAt().atZone(header.zone()));
    info.setCreationDate(created);
    String marker = "\u0000";
    String label = messages.text("report.page", "{page}", marker);
    int at = label.indexOf(marker);
    this.pageLabelStart = at < 0 ? label + " " : label.substring(0, at);
    this.pageTotal = new PDAppearanceStream(document.getDocument().createCOSStream());
    pageTotal.setResources(new PDResources());
    pageTotal.setBBox(new PDRectangle(0, -size, 20 * size, 3 * size));
  }

  @Override
  public void groupStart(Cell value) {
    if (!laidOut) {
      sample.add(new GroupStart(value));
      return;
    }
    drawGroupStart(value);
  }

  @Override
  public void row(List<Cell> cells) {
    if (!laidOut) {
      List<String> shown = shown(cells);
      for (int c = 0; c < shown.size(); c++) {
        sampled[c] = Math.max(sampled[c], Math.min(MAX_SAMPLED_WIDTH, text.width(shown.get(c), size)));
      }
      sample.add(shown);
      if (++sampledRows >= SAMPLE_ROWS) {
        layOut();
      }
      return;
    }
    drawRow(shown(cells));
  }

  @Override
  public void groupEnd(Cell value, long rows) {
    if (!laidOut) {
      sample.add(new GroupEnd(value, rows));
      return;
    }
    drawGroupEnd(value, rows);
  }

  @Override
  public void end(long rows) {
    try {
      if (!laidOut) {
        layOut();
      }
      String total = messages.text("report.total", Long.toString(rows));
      ensureRoom(leading + PAD);
      y -= PAD;
      drawLine(total, lefts[0] + INSET, y - size, false);
      y -= leading;
      drawPageNumber();
      content.close();
      content = null;
      streams.spill();
      writePageTotal();
      // Object streams would pack the page dictionaries smaller, but PDFBox builds them all in the heap at
      // save, which for a million-row report took the heap from 36 MB to 114 MB; a plain cross-reference
      // table writes each object as it goes.
      document.save(new UnclosedOutput(out), CompressParameters.NO_COMPRESSION);
      out.flush();
      LOG.debug("PDF report {}: {} rows on {} pages", header.title(), rows, pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close();
    }
  }

  @Override
  public void abandon() {
    if (document != null) {
      close();
    }
  }

  private void close() {
    try {
      if (content != null) {
        content.close();
        content = null;
      }
      document.close();
      document = null;
      streams.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> shown(List<Cell> cells) {
    List<String> shown = new ArrayList<>(cells.size());
    for (int c = 0; c < cells.size(); c++) {
      if (c != grouped) {
        shown.add(text.printable(texts.text(cells.get(c))));
      }
    }
    return shown;
  }

  /** Fixes the column widths from headings and sampled rows, then draws what was held back. */
  @SuppressWarnings("unchecked")
  private void layOut() {
    laidOut = true;
    int columns = headings.size();
    float available = pageSize.getWidth() - 2 * MARGIN;
    float[] desired = new float[columns];
    for (int c = 0; c < columns; c++) {
      float heading = Math.min(MAX_SAMPLED_WIDTH, bold.width(headings.get(c), size));
      desired[c] = Math.max(Math.max(heading, sampled[c]), size * 2) + COLUMN_GAP;
    }
    widths = share(desired, available);
    lefts = new float[columns + 1];
    lefts[0] = MARGIN;
    for (int c = 0; c < columns; c++) {
      lefts[c + 1] = lefts[c] + widths[c];
    }
    newPage();
    for (Object held : sample) {
      if (held instanceof GroupStart start) {
        drawGroupStart(start.value());
      } else if (held instanceof GroupEnd groupEnd) {
        drawGroupEnd(groupEnd.value(), groupEnd.rows());
      } else {
        drawRow((List<String>) held);
      }
    }
    sample.clear();
  }

  /**
   * Widths that fill {@code available}: narrow columns get what they ask, the widest share the rest equally;
   * when everything fits, each column grows in proportion.
   */
  static float[] share(float[] desired, float available) {
    int n = desired.length;
    float sum = 0;
    for (float d : desired) {
      sum += d;
    }
    float[] widths = new float[n];
    if (sum <= available) {
      for (int c = 0; c < n; c++) {
        widths[c] = desired[c] * available / sum;
      }
      return widths;
    }
    Integer[] order = new Integer[n];
    for (int c = 0; c < n; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Float.compare(desired[a], desired[b]));
    float remaining = available;
    for (int i = 0; i < n; i++) {
      int c = order[i];
      float fair = remaining / (n - i);
      widths[c] = Math.min(desired[c], fair);
      remaining -= widths[c];
    }
    return widths;
  }

  private void newPage() {
    try {
      if (content != null) {
        drawPageNumber();
        content.close();
        streams.spill();
      }
      PDPage page = new PDPage(pageSize);
      page.setResources(pageResources);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = pageSize.getHeight() - MARGIN;
      drawTitleBlock();
      drawHeadings();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drawTitleBlock() throws IOException {
    float titleSize = size + 5;
    float left = MARGIN;
    float width = pageSize.getWidth() - 2 * MARGIN;
    y -= titleSize;
    drawText(bold, fitted(bold, bold.printable(FormulaGuard.neutralise(header.title())), width, titleSize), left,
        y, titleSize);
    y -= leading + 2;
    drawText(text, fitted(text, text.printable(FormulaGuard.neutralise(header.tenantName())), width, size + 1),
        left, y, size + 1);
    y -= leading;
    DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", messages.locale())
        .withZone(header.zone());
    drawText(text, text.printable(messages.text("report.generated", format.format(header.generatedAt()))), left,
        y, size);
    y -= leading;
    y -= size;
  }

  private static String fitted(PdfText font, String printable, float width, float fontSize) {
    return font.width(printable, fontSize) <= width ? printable : font.ellipsised(printable, width, fontSize);
  }

  private void drawHeadings() throws IOException {
    List<List<String>> lines = new ArrayList<>(headings.size());
    int most = 1;
    for (int c = 0; c < headings.size(); c++) {
      List<String> wrapped = bold.wrap(headings.get(c), widths[c] - COLUMN_GAP, size, options.maxLinesPerCell());
      lines.add(wrapped);
      most = Math.max(most, wrapped.size());
    }
    float height = most * leading + 2 * PAD;
    content.setNonStrokingColor(BAND_GREY);
    content.addRect(lefts[0], y - height, lefts[lefts.length - 1] - lefts[0], height);
    content.fill();
    content.setNonStrokingColor(0f);
    drawLines(bold, lines, y - PAD);
    y -= height + PAD;
  }

  private void drawRow(List<String> cells) {
    List<List<String>> lines = new ArrayList<>(cells.size());
    int most = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> wrapped = text.wrap(cells.get(c), widths[c] - COLUMN_GAP, size, options.maxLinesPerCell());
      lines.add(wrapped);
      most = Math.max(most, wrapped.size());
    }
    float height = most * leading + PAD;
    ensureRoom(height);
    try {
      drawLines(text, lines, y);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  /** Draws wrapped cells line by line across the row, so text extraction reads a row's first line first. */
  private void drawLines(PdfText font, List<List<String>> lines, float top) throws IOException {
    int most = 0;
    for (List<String> cell : lines) {
      most = Math.max(most, cell.size());
    }
    content.beginText();
    content.setFont(font.font(), size);
    float lineX = 0;
    float lineY = 0;
    for (int line = 0; line < most; line++) {
      float baseline = top - size - line * leading;
      for (int c = 0; c < lines.size(); c++) {
        if (line >= lines.get(c).size()) {
          continue;
        }
        String shown = lines.get(c).get(line);
        float x = rightAligned[c] ? lefts[c + 1] - INSET - font.width(shown, size) : lefts[c] + INSET;
        content.newLineAtOffset(x - lineX, baseline - lineY);
        lineX = x;
        lineY = baseline;
        content.showText(shown);
      }
    }
    content.endText();
  }

  private void drawGroupStart(Cell value) {
    String shown = text.printable(texts.text(value));
    if (shown.isEmpty()) {
      shown = messages.text("report.empty-group");
    }
    String label = header.groupHeading().map(h -> text.printable(FormulaGuard.neutralise(h)) + ": ").orElse("")
        + shown;
    float height = leading + 2 * PAD;
    ensureRoom(height + leading + PAD);
    try {
      content.setNonStrokingColor(0.95f);
      content.addRect(lefts[0], y - height, lefts[lefts.length - 1] - lefts[0], height);
      content.fill();
      content.setNonStrokingColor(0f);
      drawLine(fitted(text, label, lefts[lefts.length - 1] - lefts[0] - COLUMN_GAP, size + 1), lefts[0] + INSET,
          y - PAD - size, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height + PAD;
  }

  private void drawGroupEnd(Cell value, long rows) {
    String shown = text.printable(texts.text(value));
    if (shown.isEmpty()) {
      shown = messages.text("report.empty-group");
    }
    String label = fitted(text, text.printable(messages.text("report.subtotal", shown, Long.toString(rows))),
        lefts[lefts.length - 1] - lefts[0] - COLUMN_GAP, size);
    ensureRoom(leading + PAD);
    float x = lefts[lefts.length - 1] - INSET - text.width(label, size);
    drawLine(label, x, y - size, false);
    y -= leading + 2 * PAD;
  }

  private void drawLine(String shown, float x, float baseline, boolean larger) {
    try {
      drawText(text, shown, x, baseline, larger ? size + 1 : size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void drawText(PdfText font, String shown, float x, float baseline, float fontSize) throws IOException {
    if (shown.isEmpty()) {
      return;
    }
    content.beginText();
    content.setFont(font.font(), fontSize);
    content.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
    content.showText(shown);
    content.endText();
  }

  /** Starts a new page unless {@code height} points still fit above the footer. */
  private void ensureRoom(float height) {
    if (y - height < MARGIN + FOOTER) {
      newPage();
    }
  }

  /** "page n of " at the foot of the page being finished, followed by the form that will say m. */
  private void drawPageNumber() throws IOException {
    pages++;
    String start = text.printable(pageLabelStart.replace("{page}", Integer.toString(pages)));
    float x = (pageSize.getWidth() - text.width(start, size) - 2 * size) / 2;
    drawText(text, start, x, MARGIN, size);
    content.saveGraphicsState();
    content.transform(Matrix.getTranslateInstance(x + text.width(start, size), MARGIN));
    content.drawForm(pageTotal);
    content.restoreGraphicsState();
  }

  /** Fills in the "m" of "page n of m", and whatever the language puts after it, now that m is known. */
  private void writePageTotal() throws IOException {
    String label = messages.text("report.page", "{page}", "\u0000");
    int at = label.indexOf('\u0000');
    String rest = text.printable(Integer.toString(pages) + (at < 0 ? "" : label.substring(at + 1)));
    try (PDPageContentStream total = new PDPageContentStream(document, pageTotal)) {
      total.beginText();
      total.setFont(text.font(), size);
      total.newLineAtOffset(0, 0);
      total.showText(rest);
      total.endText();
    }
  }
}
