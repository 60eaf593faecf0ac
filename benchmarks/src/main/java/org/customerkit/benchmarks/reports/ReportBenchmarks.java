package org.customerkit.benchmarks.reports;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Sort;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;
import org.customerkit.reports.ReportFormats;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Klantenlijst of {@value #ROWS} customers in each format, in rows per second: through customerkit (the
 * {@code GenerateReport} use case streaming the store into {@link ReportFormats}' writers) beside the same
 * library writing the same cells directly (FastCSV, fastexcel, PDFBox with the same font) as the baseline.
 * Output goes to a stream that only counts bytes.
 *
 * <p>{@code source=memory} (default): the customers are made once per trial and held in a list, which both
 * sides read. {@code source=h2}: they are inserted once per trial (about a minute) into an in-memory H2
 * database through {@code customer-persistence-jdbc}, and customerkit streams them from its
 * {@code CustomerStore}; the baseline streams the same store and writes the cells itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReportBenchmarks.ROWS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ReportBenchmarks {

  static final int ROWS = 100_000;
  private static final String[] HEADINGS =
      {"Nummer", "Naam", "Adres", "Postcode", "Gemeente", "Land", "Telefoon", "Btw-nummer"};

  @Param({"memory"})
  public String source;

  private CustomerStore store;
  private Customers customers;
  private final TenantId tenant = GeneratedCustomers.TENANT;

  @Setup(Level.Trial)
  public void load() {
    InMemoryStores memory = new InMemoryStores();
    if (source.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:reportbench;DB_CLOSE_DELAY=-1");
      DataSource dataSource = h2;
      JdbcCustomerStores jdbc = JdbcCustomerStores.create(dataSource);
      jdbc.install();
      store = jdbc.customers();
      long there = store.count(tenant, new Condition.Always());
      if (there == 0) {
        for (int i = 0; i < ROWS; i++) {
          store.insert(GeneratedCustomers.customer(tenant, i));
        }
      } else if (there != ROWS) {
        throw new IllegalStateException(there + " customers in " + h2.getURL() + ", not " + ROWS
            + " (a load was interrupted?): delete the database files and run again");
      }
      customers = jdbc.moduleBuilder().reportDefinitionStore(memory.reportDefinitions()).build().forTenant(tenant);
    } else {
      List<Customer> held = new ArrayList<>(ROWS);
      for (int i = 0; i < ROWS; i++) {
        held.add(GeneratedCustomers.customer(tenant, i));
      }
      store = new Held(memory.customers(), held);
      customers = memory.moduleBuilder().customerStore(store).build().forTenant(tenant);
    }
  }

  private long customerkit(Function<OutputStream, ReportWriter> format) {
    Counting out = new Counting();
    customers.generate(GenerateReport.Command.named("klantenlijst"), format.apply(out)).orThrow();
    return out.bytes;
  }

  private Stream<Customer> rows() {
    return store.stream(tenant, new Condition.Always(), Sort.by(org.customerkit.core.view.StandardColumn.NUMBER));
  }

  /** The Klantenlijst cells as the bare baseline reads them off a customer. */
  static String[] cells(Customer c) {
    Optional<Address> address = c.address();
    return new String[] {c.number().value(), c.fullName(), address.map(a -> a.firstLine(c.language())).orElse(""),
        address.flatMap(Address::postalCode).orElse(""), address.flatMap(Address::city).orElse(""),
        address.map(a -> a.country().value()).orElse(""), c.phone().map(p -> p.national()).orElse(""),
        c.vatNumber().map(v -> v.display()).orElse("")};
  }

  @Benchmark
  public long csvCustomerkit() {
    return customerkit(ReportFormats::csv);
  }

  @Benchmark
  public long csvBaseline() throws IOException {
    Counting out = new Counting();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
        .build(out, StandardCharsets.UTF_8);
    csv.writeRecord(HEADINGS);
    try (Stream<Customer> rows = rows()) {
      rows.forEach(c -> csv.writeRecord(cells(c)));
    }
    csv.flush();
    return out.bytes;
  }

  @Benchmark
  public long xlsxCustomerkit() {
    return customerkit(ReportFormats::xlsx);
  }

  @Benchmark
  public long xlsxBaseline() throws IOException {
    Counting out = new Counting();
    Workbook workbook = new Workbook(out, "baseline", "1.0");
    Worksheet sheet = workbook.newWorksheet("Klantenlijst");
    for (int c = 0; c < HEADINGS.length; c++) {
      sheet.inlineString(0, c, HEADINGS[c]);
    }
    int[] r = {1};
    try (Stream<Customer> rows = rows()) {
      rows.forEach(customer -> {
        String[] cells = cells(customer);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            sheet.inlineString(r[0], c, cells[c]);
          }
        }
        if (r[0] % 500 == 0) {
          try {
            sheet.flush();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        r[0]++;
      });
    }
    workbook.finish();
    return out.bytes;
  }

  @Benchmark
  public long pdfCustomerkit() {
    return customerkit(ReportFormats::pdf);
  }

  /**
   * PDFBox alone: LiberationSans (with the same GSUB table hidden as customerkit does) embedded as a subset,
   * eight fixed columns, each cell one {@code showText} cut to a fixed number of characters, the headings on
   * every page and "page n" at its foot.
   */
  @Benchmark
  public long pdfBaseline() throws IOException {
    Counting out = new Counting();
    float size = 8;
    float leading = 10;
    float[] lefts = {36, 86, 236, 376, 416, 486, 506, 566};
    int[] chars = {10, 36, 34, 8, 16, 4, 14, 16};
    try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(fontWithoutGsub()), true);
      PDPageContentStream[] content = {null};
      float[] y = {0};
      int[] pages = {0};
      try (Stream<Customer> rows = rows()) {
        rows.forEach(customer -> {
          try {
            if (content[0] == null || y[0] < 64) {
              if (content[0] != null) {
                content[0].beginText();
                content[0].newLineAtOffset(280, 36);
                content[0].showText("pagina " + pages[0]);
                content[0].endText();
                content[0].close();
              }
              PDPage page = new PDPage(PDRectangle.A4);
              document.addPage(page);
              pages[0]++;
              content[0] = new PDPageContentStream(document, page);
              content[0].setFont(font, size);
              y[0] = 790;
              showRow(content[0], HEADINGS, lefts, chars, y[0]);
              y[0] -= 2 * leading;
            }
            showRow(content[0], cells(customer), lefts, chars, y[0]);
            y[0] -= leading;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
      if (content[0] != null) {
        content[0].close();
      }
      document.save(out);
    }
    return out.bytes;
  }

  private static void showRow(PDPageContentStream content, String[] cells, float[] lefts, int[] chars, float y)
      throws IOException {
    content.beginText();
    float x = 0;
    for (int c = 0; c < cells.length; c++) {
      content.newLineAtOffset(lefts[c] - x, c == 0 ? y : 0);
      x = lefts[c];
      String cell = cells[c];
      content.showText(cell.length() > chars[c] ? cell.substring(0, chars[c]) : cell);
    }
    content.endText();
  }

  private static byte[] fontWithoutGsub() throws IOException {
    byte[] bytes;
    try (InputStream in = PDType0Font.class.getResourceAsStream(
        "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      bytes = in.readAllBytes();
    }
    int tables = ((bytes[4] & 0xFF) << 8) | (bytes[5] & 0xFF);
    for (int t = 0; t < tables; t++) {
      int entry = 12 + 16 * t;
      if (bytes[entry] == 'G' && bytes[entry + 1] == 'S' && bytes[entry + 2] == 'U' && bytes[entry + 3] == 'B') {
        bytes[entry] = 'g';
      }
    }
    return bytes;
  }

  /** The in-memory store, but streaming a list held for the whole trial. */
  private static final class Held extends DelegatingStore {
    private final List<Customer> held;

    Held(CustomerStore delegate, List<Customer> held) {
      super(delegate);
      this.held = held;
    }

    @Override
    public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
      return held.stream();
    }

    @Override
    public long count(TenantId tenant, Condition condition) {
      return held.size();
    }
  }

  static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
