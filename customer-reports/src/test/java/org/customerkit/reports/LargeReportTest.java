package org.customerkit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ReportHeader;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Sort;
import org.junit.jupiter.api.Test;

/**
 * Many rows, made one at a time by a store that never holds them: the use case hands each row on before the
 * next is read, and every format writes them all. 20,000 rows by default; with
 * {@code -Dcustomerkit.test.reportRows=N} above {@value #READ_BACK_LIMIT} the reports go to a stream that only
 * counts bytes and are not read back, so a run with a small heap ({@code -Xmx128m}) measures the writers alone.
 */
class LargeReportTest {

  private static final int ROWS = Integer.getInteger("customerkit.test.reportRows", 20_000);
  private static final TenantId ACME = TenantId.of("acme");
  private static final int READ_BACK_LIMIT = 50_000;
  private static final boolean READ_BACK = ROWS <= READ_BACK_LIMIT;

  /** A store whose stream makes its customers as they are read; everything else is the in-memory store. */
  private static final class Generating implements CustomerStore {
    private final CustomerStore delegate;
    final AtomicLong made = new AtomicLong();

    Generating(CustomerStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
      return IntStream.range(0, ROWS).mapToObj(i -> {
        made.incrementAndGet();
        return customer(tenant, i);
      });
    }

    @Override
    public Optional<Customer> find(TenantId tenant, CustomerId id) {
      return delegate.find(tenant, id);
    }

    @Override
    public Optional<Customer> findByNumber(TenantId tenant, CustomerNumber number) {
      return delegate.findByNumber(tenant, number);
    }

    @Override
    public void insert(Customer customer) {
      delegate.insert(customer);
    }

    @Override
    public boolean update(Customer customer, long expectedVersion) {
      return delegate.update(customer, expectedVersion);
    }

    @Override
    public boolean delete(TenantId tenant, CustomerId id) {
      return delegate.delete(tenant, id);
    }

    @Override
    public List<Customer> list(TenantId tenant, CustomerQuery query) {
      return delegate.list(tenant, query);
    }

    @Override
    public long count(TenantId tenant, Condition condition) {
      return ROWS;
    }
  }

  private static final Instant CREATED = Instant.parse("2026-01-01T08:00:00Z");

  private static Customer customer(TenantId tenant, int i) {
    Instant created = CREATED;
    return Customer.builder().id(CustomerId.random()).tenant(tenant).number(CustomerNumber.of(Integer.toString(100000 + i)))
        .party(new Party.Company("Groothandel Vandenbroucke-D\u00e9sir\u00e9 " + i, Optional.of("BV")))
        .address(Address.builder().street("Steenweg op Brussel").houseNumber(Integer.toString(i % 300 + 1))
            .postalCode("9000").city(i % 2 == 0 ? "Gent" : "Li\u00e8ge").country(CountryCode.BELGIUM).build())
        .vatRegime(VatRegime.PRIVATE_PERSON).language(Language.NL).created(created).updated(created).build();
  }

  private final InMemoryStores stores = new InMemoryStores();
  private final Generating store = new Generating(stores.customers());
  private final Customers customers = stores.moduleBuilder().customerStore(store).build().forTenant(ACME);

  /** Checks, at every row, that the store has made no more customers than the writer was given. */
  private final class Watching implements ReportWriter {
    private final ReportWriter writer;
    long rows;

    Watching(ReportWriter writer) {
      this.writer = writer;
    }

    @Override
    public void begin(ReportHeader header) {
      writer.begin(header);
    }

    @Override
    public void row(List<Cell> cells) {
      rows++;
      assertTrue(store.made.get() <= rows, "customers read ahead of the writer: " + store.made.get());
      writer.row(cells);
    }

    @Override
    public void end(long rows) {
      writer.end(rows);
    }
  }

  /** Counts what is written and keeps nothing. */
  private static final class Counting extends OutputStream {
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

  /** The report's bytes, or none when the report is too large to read back. */
  private byte[] report(Function<OutputStream, ReportWriter> format) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    Counting counted = new Counting();
    long start = System.nanoTime();
    Watching writer = new Watching(format.apply(READ_BACK ? kept : counted));
    assertEquals(ROWS, customers.generate(GenerateReport.Command.named("klantenlijst"), writer).orThrow().rows());
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("%d rows, %d bytes, %.0f rows/s, heap used %d MB of at most %d MB%n", ROWS,
        READ_BACK ? kept.size() : counted.bytes, ROWS / seconds,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    assertEquals(ROWS, writer.rows);
    assertTrue(READ_BACK ? kept.size() > ROWS : counted.bytes > ROWS);
    return kept.toByteArray();
  }

  @Test
  void csvWritesEveryRowAsItComes() {
    byte[] bytes = report(ReportFormats::csv);
    if (!READ_BACK) {
      return;
    }
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(ROWS + 1, csv.split("\r\n").length);
    assertTrue(csv.contains("\r\n" + (100000 + ROWS - 1) + ";Groothandel Vandenbroucke-D\u00e9sir\u00e9 " + (ROWS - 1)));
  }

  @Test
  void xlsxWritesEveryRowAsItComes() {
    byte[] bytes = report(ReportFormats::xlsx);
    if (!READ_BACK) {
      return;
    }
    List<List<String>> rows = Readers.xlsxTexts(bytes, 8);
    assertEquals(ROWS + 1, rows.size());
    assertEquals(Integer.toString(100000 + ROWS - 1), rows.get(ROWS).get(0));
  }

  @Test
  void pdfWritesEveryRowAsItComesAndNumbersEveryPage() throws Exception {
    byte[] pdf = report(ReportFormats::pdf);
    if (!READ_BACK) {
      return;
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages > ROWS / 40, "pages: " + pages);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      String last = stripper.getText(document);
      assertTrue(last.contains("pagina " + pages + " van " + pages), last);
      assertTrue(last.contains("Totaal: " + ROWS), last);
    }
  }
}
