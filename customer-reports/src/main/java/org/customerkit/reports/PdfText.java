package org.customerkit.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report font, embedded as a subset, and what the layout needs of it: which characters it can print, how
 * wide text is, and how text wraps into a width. The regular LiberationSans comes from the PDFBox jar, the
 * bold one (for headings and the title) from OpenPDF's extra fonts jar, both under the SIL Open Font License.
 * Widths are cached per code point, so measuring a row costs a few map lookups.
 */
final class PdfText {

  private static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";
  private static final String ELLIPSIS = "\u2026";
  /** What {@link #advance} gives for a code point the font has no glyph for. */
  private static final float NO_GLYPH = -1;

  private final PDType0Font font;
  /**
   * Advance width per code point in 1/1000 of the font size, {@link #NO_GLYPH} when the font has none; zero is
   * a width like any other (combining marks, zero-width spaces). The Basic Multilingual Plane sits in an array
   * with a bit per code point saying whether it was measured; the rest, rare in customer data, in a map.
   */
  private final float[] bmpAdvances = new float[0x10000];
  private final BitSet bmpMeasured = new BitSet(0x10000);
  private final Map<Integer, Float> otherAdvances = new HashMap<>();

  private PdfText(PDDocument document, String resource) {
    try {
      this.font = PDType0Font.load(document, new ByteArrayInputStream(fontWithoutGlyphSubstitution(resource)),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** LiberationSans, for the rows. */
  static PdfText regular(PDDocument document) {
    return new PdfText(document, REGULAR);
  }

  /** LiberationSans Bold, for the headings and the title. */
  static PdfText bold(PDDocument document) {
    return new PdfText(document, BOLD);
  }

  private static final Map<String, byte[]> CACHED_FONTS = new HashMap<>();

  /**
   * The font file with its GSUB table hidden. PDFBox applies a font's glyph substitutions (ligatures, Arabic
   * and Indic shaping) on every {@code showText}, compiling regular expressions each time, which made a report
   * fifty times slower; customer lists need none of it. The table's tag in the table directory is renamed, so
   * PDFBox finds no substitutions and the subset it embeds leaves the table out.
   */
  private static synchronized byte[] fontWithoutGlyphSubstitution(String resource) throws IOException {
    byte[] cached = CACHED_FONTS.get(resource);
    if (cached == null) {
      byte[] bytes;
      try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no " + resource + " on the class path");
        }
        bytes = in.readAllBytes();
      }
      int tables = ((bytes[4] & 0xFF) << 8) | (bytes[5] & 0xFF);
      for (int t = 0; t < tables; t++) {
        int entry = 12 + 16 * t;
        if (bytes[entry] == 'G' && bytes[entry + 1] == 'S' && bytes[entry + 2] == 'U' && bytes[entry + 3] == 'B') {
          bytes[entry] = 'g';
          bytes[entry + 1] = 's';
          bytes[entry + 2] = 'u';
          bytes[entry + 3] = 'b';
        }
      }
      CACHED_FONTS.put(resource, bytes);
      cached = bytes;
    }
    return cached.clone();
  }

  PDType0Font font() {
    return font;
  }

  private float advance(int codePoint) {
    if (codePoint < 0x10000) {
      if (!bmpMeasured.get(codePoint)) {
        bmpAdvances[codePoint] = measure(codePoint);
        bmpMeasured.set(codePoint);
      }
      return bmpAdvances[codePoint];
    }
    return otherAdvances.computeIfAbsent(codePoint, this::measure);
  }

  private float measure(int codePoint) {
    if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
      return NO_GLYPH;
    }
    try {
      float width = font.getStringWidth(new String(Character.toChars(codePoint)));
      return Float.isFinite(width) && width >= 0 ? width : NO_GLYPH;
    } catch (IOException | IllegalArgumentException e) {
      return NO_GLYPH;
    }
  }

  /**
   * The text as the font can print it on one line: line breaks, tabs and other control characters become
   * spaces; format characters and marks without a glyph (bidi controls, joiners, variation selectors) are left
   * out, as they show nothing; any other character without a glyph, a lone surrogate too, becomes {@code ?}.
   */
  String printable(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String replacement = null;
      if (Character.isISOControl(cp)) {
        replacement = " ";
      } else if (advance(cp) == NO_GLYPH) {
        replacement = showsNothing(cp) ? "" : "?";
      }
      if (replacement != null && shown == null) {
        shown = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (shown != null) {
        if (replacement != null) {
          shown.append(replacement);
        } else {
          shown.appendCodePoint(cp);
        }
      }
      i = next;
    }
    return shown == null ? text : shown.toString();
  }

  private static boolean showsNothing(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** The width of printable text in points at {@code size}. */
  float width(String printable, float size) {
    float total = 0;
    for (int i = 0; i < printable.length(); ) {
      int cp = printable.codePointAt(i);
      total += advance(cp);
      i += Character.charCount(cp);
    }
    return total * size / 1000f;
  }

  /**
   * Printable text broken into at most {@code maxLines} lines no wider than {@code width}: at spaces where it
   * can, inside a word where it must; the last line ends in an ellipsis when text is left over. No line is
   * ever wider than {@code width}: where not even one character fits, the text is cut there, with an ellipsis
   * if that fits. Empty text gives no lines.
   */
  List<String> wrap(String printable, float width, float size, int maxLines) {
    List<String> lines = new ArrayList<>(2);
    String rest = printable.strip();
    while (!rest.isEmpty()) {
      if (width(rest, size) <= width) {
        lines.add(rest);
        break;
      }
      if (lines.size() == maxLines - 1) {
        lines.add(ellipsised(rest, width, size));
        break;
      }
      int fit = fitting(rest, width, size);
      if (fit == 0) {
        String cut = ellipsised(rest, width, size);
        if (!cut.isEmpty()) {
          lines.add(cut);
        }
        break;
      }
      int cut = rest.lastIndexOf(' ', fit);
      if (cut <= 0) {
        cut = fit;
      }
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    return lines;
  }

  /** The longest start of the text that fits with an ellipsis after it. */
  String ellipsised(String printable, float width, float size) {
    float room = width - width(ELLIPSIS, size);
    if (room <= 0) {
      return "";
    }
    return printable.substring(0, fitting(printable, room, size)).stripTrailing() + ELLIPSIS;
  }

  /** How many chars of the text fit into the width, never splitting a surrogate pair. */
  private int fitting(String printable, float width, float size) {
    float used = 0;
    int i = 0;
    while (i < printable.length()) {
      int cp = printable.codePointAt(i);
      used += advance(cp) * size / 1000f;
      if (used > width) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }
}
