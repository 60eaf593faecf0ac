package org.customerkit.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.customerkit.examples.cli.CustomerkitCommand;
import org.customerkit.examples.cli.Session;
import org.customerkit.testkit.sample.SampleCustomers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole tour on fresh sample data in an H2 database under {@code ./customerkit-demo/}
 * ({@code --db} does not apply). The demo only ever removes files it wrote itself: it marks its folder, and
 * refuses a folder that holds anything else ({@link DemoFolder}). Each step prints a heading, then the
 * {@code customerkit} commands it runs and their output, so every step can be repeated by hand.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"The whole tour on fresh sample data.",
        "Runs on an H2 database in DIR (default customerkit-demo); --db does not apply.",
        "DIR must be new, empty, or a folder an earlier demo wrote: the demo replaces only its own files there."})
public final class DemoCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "customerkit-demo",
      description = "Where the demo's files go: a new or empty folder, or one of an earlier demo"
          + " (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--customers", paramLabel = "N", defaultValue = "2000",
      description = "How many sample customers (default: ${DEFAULT-VALUE}).")
  int customers;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SampleCustomers.DEMO_SEED,
      description = "Seed of the sample data (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Path home = dir.toAbsolutePath().normalize();
    String url = "jdbc:h2:file:" + home.resolve("customerkit").toString().replace('\\', '/');
    DemoFolder folder = DemoFolder.claim(home);
    CustomerkitCommand.GlobalOptions given = Session.options(spec);
    DemoContext context = new DemoContext(out,
        new CustomerkitCommand.GlobalOptions(url, given.tenant(), given.locale()), dir);
    try {
      out.println("customerkit demo: database " + url + ", tenant " + given.tenant());
      List<DemoStep> steps = DemoTour.steps(customers, seed);
      for (int i = 0; i < steps.size(); i++) {
        out.println();
        out.println("== " + (i + 1) + ". " + steps.get(i).heading());
        steps.get(i).run(context);
        out.flush();
      }
      out.println();
      out.println("Done: " + steps.size() + " steps; customerkit --help lists every command.");
      out.flush();
    } finally {
      folder.recordWhatWasWritten();
    }
  }
}
