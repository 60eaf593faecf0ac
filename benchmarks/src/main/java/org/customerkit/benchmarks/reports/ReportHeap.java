package org.customerkit.benchmarks.reports;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Function;
import org.customerkit.core.application.port.in.GenerateReport;
import org.customerkit.core.application.port.out.ReportWriter;
import org.customerkit.reports.ReportFormats;

/**
 * Writes the Klantenlijst of generated customers in one format to a stream that only counts bytes, and prints
 * rows per second and the peak heap. Run it with a small heap:
 * {@code java -Xmx128m -cp benchmarks/target/benchmarks.jar
 * org.customerkit.benchmarks.reports.ReportHeap pdf 1000000}.
 */
public final class ReportHeap {

  private ReportHeap() {}

  public static void main(String[] args) {
    String format = args.length > 0 ? args[0] : "pdf";
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Function<OutputStream, ReportWriter> writer = switch (format) {
      case "csv" -> ReportFormats::csv;
      case "xlsx" -> ReportFormats::xlsx;
      case "pdf" -> ReportFormats::pdf;
      default -> throw new IllegalArgumentException("format csv, xlsx or pdf: " + format);
    };
    Counting out = new Counting();
    long start = System.nanoTime();
    long written = GeneratedCustomers.customers(rows)
        .generate(GenerateReport.Command.named("klantenlijst"), writer.apply(out)).orThrow().rows();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long gcs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
    }
    System.out.printf("%s: %d rows, %d bytes in %.1f s, %.0f rows/s; heap max %d MB, peak of heap pools %d MB,"
        + " %d collections%n", format, written, out.bytes, seconds, written / seconds,
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, gcs);
  }

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
}
