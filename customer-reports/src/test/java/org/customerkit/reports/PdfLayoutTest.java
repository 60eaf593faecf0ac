package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageReports;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.report.Orientation;
import org.customerkit.core.report.ReportDefinition;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.junit.jupiter.api.Test;

/** What the PDF looks like: pages, headings, page numbers, wrapping, fonts, groups, and a rendered page. */
class PdfLayoutTest {

  private static final GenerateReport.Command KLANTENLIJST = GenerateReport.Command.named("klantenlijst")
      .tenantName("Boekhouding Peeters BV");

  private final Tenant tenant = new Tenant();

  private void customers(int count) {
    String[] cities = {"Gent", "Brugge", "Antwerpen", "Leuven"};
    String[] codes = {"9000", "8000", "2000", "3000"};
    for (int i = 0; i < count; i++) {
      tenant.aBelgianCompany("Bedrijf " + i, "Straat " + i, codes[i % 4], cities[i % 4]);
    }
  }

  @Test
  void everyPageRepeatsTheHeadingsAndSaysWhichPageOfHowManyItIs() {
    customers(130);

    List<String> pages = Readers.pdfPages(tenant.pdf(KLANTENLIJST));

    assertTrue(pages.size() >= 3, "pages: " + pages.size());
    for (int p = 0; p < pages.size(); p++) {
      String page = pages.get(p);
      assertTrue(page.contains("Klantnummer Volledige naam Adres Postcode Plaats Land"), page);
      assertTrue(page.contains("pagina " + (p + 1) + " van " + pages.size()), page);
      assertTrue(page.contains("Boekhouding Peeters BV"), page);
    }
    String all = String.join("", pages);
    for (int i = 0; i < 130; i++) {
      assertTrue(all.contains("Bedrijf " + i + " Straat " + i), "customer " + i);
    }
    assertTrue(pages.get(pages.size() - 1).contains("Totaal: 130"));
  }

  @Test
  void aReportWithoutRowsIsOnePageWithHeadings() throws IOException {
    byte[] pdf = tenant.pdf(KLANTENLIJST);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
    }
    String page = Readers.pdfPages(pdf).get(0);
    assertTrue(page.contains("Klantnummer Volledige naam Adres"), page);
    assertTrue(page.contains("pagina 1 van 1"), page);
    assertTrue(page.contains("Totaal: 0"), page);
  }

  @Test
  void theFontsAreEmbeddedAsSubsets() throws IOException {
    customers(1);
    try (PDDocument document = Loader.loadPDF(tenant.pdf(KLANTENLIJST))) {
      var resources = document.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (var name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertTrue(font.isEmbedded(), font.getName());
        fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", "subset+"));
      }
      assertEquals(List.of("subset+LiberationSans", "subset+LiberationSans-Bold"), fonts.stream().sorted().toList());
    }
  }

  @Test
  void theTitleAndTheHeadingsAreBoldTheRowsRegular() throws IOException {
    customers(1);

    List<TextPosition> glyphs = glyphs(tenant.pdf(KLANTENLIJST));

    assertEquals("LiberationSans-Bold", fontOf(glyphs, "Klantenlijst"));
    assertEquals("LiberationSans-Bold", fontOf(glyphs, "Klantnummer"));
    assertEquals("LiberationSans-Bold", fontOf(glyphs, "Plaats"));
    assertEquals("LiberationSans", fontOf(glyphs, "Boekhouding Peeters BV"));
    assertEquals("LiberationSans", fontOf(glyphs, "Bedrijf 0"));
    assertEquals("LiberationSans", fontOf(glyphs, "Gent"));
  }

  private static String fontOf(List<TextPosition> glyphs, String word) {
    return glyphs.get(indexOf(glyphs, word)).getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
  }

  @Test
  void longValuesWrapOntoMoreLinesNeverCrossingIntoTheNextColumn() throws IOException {
    byte[] pdf = reportOfOneLongName(PdfOptions.defaults());

    List<TextPosition> glyphs = glyphs(pdf);
    float nameLeft = leftOf(glyphs, "Volledige");
    float cityLeft = leftOf(glyphs, "Plaats");
    float nameTop = glyphs.get(indexOf(glyphs, "Algemene")).getY();
    List<TextPosition> nameGlyphs = glyphs.stream()
        .filter(g -> g.getX() >= nameLeft - 1 && g.getX() < cityLeft && g.getY() >= nameTop - 1)
        .filter(g -> g.getY() < nameTop + 40).toList();
    assertTrue(nameGlyphs.stream().map(TextPosition::getY).distinct().count() >= 2, "wrapped onto 2+ lines");
    for (TextPosition g : nameGlyphs) {
      assertTrue(g.getX() + g.getWidth() < cityLeft - 1, "glyph " + g.getUnicode() + " crosses into the next column");
    }
    String page = Readers.pdfPages(pdf).get(0);
    assertTrue(page.contains("Vandenberghe-Vanderstraeten"), page);
    assertTrue(page.contains("Maldegem"), page);
  }

  @Test
  void valuesLongerThanTheLinesAllowedAreCutWithAnEllipsis() throws IOException {
    byte[] pdf = reportOfOneLongName(PdfOptions.defaults().withMaxLinesPerCell(1));

    List<TextPosition> glyphs = glyphs(pdf);
    float cityLeft = leftOf(glyphs, "Plaats");
    int ellipsis = indexOf(glyphs, "\u2026");
    assertTrue(glyphs.get(ellipsis).getX() + glyphs.get(ellipsis).getWidth() < cityLeft);
    String page = Readers.pdfPages(pdf).get(0);
    assertFalse(page.contains("Vandenberghe-Vanderstraeten"), page);
    assertTrue(page.contains("Maldegem"), page);
  }

  private byte[] reportOfOneLongName(PdfOptions options) {
    String longName = "Algemene Aannemingen en Renovatiewerken van het Oost-Vlaamse Meetjesland "
        + "Vandenberghe-Vanderstraeten";
    tenant.register(CustomerForm.builder().companyName(longName).street("Kerkstraat")
        .houseNumber("1").postalCode("9990").city("Maldegem").country("BE").build());
    return tenant.report(GenerateReport.Command.of(ReportDefinition.builder().name("smal").title("Smal")
        .addColumns(StandardColumn.NUMBER, StandardColumn.FULL_NAME, StandardColumn.CITY, StandardColumn.ADDRESS,
            StandardColumn.PHONE, StandardColumn.VAT_NUMBER)
        .sort(Sort.by(StandardColumn.NUMBER)).build()), out -> ReportFormats.pdf(out, options));
  }

  private static int indexOf(List<TextPosition> glyphs, String word) {
    StringBuilder text = new StringBuilder();
    for (TextPosition g : glyphs) {
      text.append(g.getUnicode());
    }
    int at = text.indexOf(word);
    assertTrue(at >= 0, word + " in " + text);
    return at;
  }

  private static float leftOf(List<TextPosition> glyphs, String word) {
    return glyphs.get(indexOf(glyphs, word)).getX();
  }

  private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.add(text);
        }
      };
      stripper.getText(document);
    }
    return glyphs;
  }

  @Test
  void groupsCloseWithTheirSubtotalCount() {
    customers(10);
    tenant.customers.saveReport(new ManageReports.SaveReport("per-plaats", "Klanten per plaats",
        ListRequest.builder().addColumns("number", "full-name", "city").build(), java.util.Optional.of(org.customerkit.core.domain.shared.Language.NL),
        java.util.Optional.of(org.customerkit.core.report.Orientation.PORTRAIT), java.util.Optional.of("city"))).orThrow();

    byte[] pdf = tenant.pdf(GenerateReport.Command.named("per-plaats"));
    String page = Readers.pdfPages(pdf).get(0);

    assertTrue(page.contains("Plaats: Antwerpen"), page);
    assertTrue(page.contains("Subtotaal Antwerpen: 2"), page);
    assertTrue(page.contains("Subtotaal Brugge: 3"), page);
    assertTrue(page.contains("Subtotaal Gent: 3"), page);
    assertTrue(page.contains("Subtotaal Leuven: 2"), page);
    assertTrue(page.indexOf("Plaats: Antwerpen") < page.indexOf("Plaats: Brugge"), page);
    assertTrue(page.contains("Totaal: 10"), page);
    try {
      Files.write(Files.createDirectories(Path.of("target")).resolve("per-plaats.pdf"), pdf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theGroupingColumnIsShownOnceAGroupNotInEachRow() {
    customers(10);
    tenant.customers.saveReport(new ManageReports.SaveReport("per-plaats", "Klanten per plaats",
        ListRequest.builder().addColumns("number", "full-name", "city").build(),
        java.util.Optional.of(org.customerkit.core.domain.shared.Language.NL), java.util.Optional.empty(),
        java.util.Optional.of("city"))).orThrow();

    String page = Readers.pdfPages(tenant.pdf(GenerateReport.Command.named("per-plaats"))).get(0);

    assertEquals(2, occurrences(page, "Brugge"), page);
    assertEquals(2, occurrences(page, "Gent"), page);
    assertEquals(4, occurrences(page, "Plaats"), "once a group, not as a column heading: " + page);
    assertTrue(page.contains("Volledige naam"), page);
  }

  private static int occurrences(String text, String word) {
    return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
  }

  @Test
  void landscapeWhenTheDefinitionSaysSo() throws IOException {
    customers(1);
    ReportDefinition portrait = ReportDefinition.builder().name("staand").title("Staand")
        .addColumns(StandardColumn.NUMBER).sort(Sort.by(StandardColumn.NUMBER)).build();
    try (PDDocument document = Loader.loadPDF(tenant.pdf(GenerateReport.Command.of(portrait)))) {
      var box = document.getPage(0).getMediaBox();
      assertTrue(box.getHeight() > box.getWidth());
      assertEquals(595, Math.round(box.getWidth()));
    }
    ReportDefinition landscape = ReportDefinition.builder().from(portrait).orientation(Orientation.LANDSCAPE)
        .build();
    try (PDDocument document = Loader.loadPDF(tenant.pdf(GenerateReport.Command.of(landscape)))) {
      var box = document.getPage(0).getMediaBox();
      assertTrue(box.getWidth() > box.getHeight());
    }
  }

  @Test
  void anAbandonedPdfReleasesItsDocument() {
    var writer = ReportFormats.pdf(new java.io.ByteArrayOutputStream());
    writer.begin(new org.customerkit.core.application.port.out.ReportHeader("Half", "acme", Tenant.NOW,
        java.time.ZoneId.of("Europe/Brussels"), Language.NL, List.of("A"),
        List.of(org.customerkit.core.view.ColumnType.TEXT), Orientation.PORTRAIT, java.util.Optional.empty()));
    writer.row(List.of(org.customerkit.core.view.Cell.text("een")));
    writer.abandon();
    writer.abandon();
  }

  @Test
  void aRenderedPageIsNotBlank() throws IOException {
    customers(12);
    tenant.register(CustomerForm.builder().companyName("Çà et là € ß ł ë").street("Grand-Place").houseNumber("1")
        .postalCode("1000").city("Bruxelles").country("BE").build());
    byte[] pdf = tenant.pdf(KLANTENLIJST.in(Language.FR));

    BufferedImage image;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      image = new PDFRenderer(document).renderImageWithDPI(0, 100);
    }
    Path target = Path.of("target", "klantenlijst-page-1.png");
    Files.createDirectories(target.getParent());
    ImageIO.write(image, "png", target.toFile());
    Files.write(Path.of("target", "klantenlijst.pdf"), pdf);
    long dark = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y);
        int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
        if (grey < 128) {
          dark++;
        }
      }
    }
    assertTrue(dark > 2000, "dark pixels: " + dark);
    assertFalse(dark > image.getWidth() * (long) image.getHeight() / 2, "mostly dark: " + dark);
  }

}
