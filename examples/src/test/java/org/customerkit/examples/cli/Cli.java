package org.customerkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in this JVM against one database, capturing what it prints. */
final class Cli {

  private final String db;

  private Cli(String db) {
    this.db = db;
  }

  /** A command line on a fresh H2 file database under {@code dir}. */
  static Cli onFreshDatabase(Path dir) {
    return new Cli("jdbc:h2:file:" + dir.toAbsolutePath().toString().replace('\\', '/') + "/customerkit");
  }

  /** A command line on the database at {@code url}, any JDBC URL. */
  static Cli onDatabase(String url) {
    return new Cli(url);
  }

  String db() {
    return db;
  }

  /** Runs {@code customerkit ARGS --db DB}. */
  Result run(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--db");
    all.add(db);
    return runAsGiven(all.toArray(String[]::new));
  }

  /** Runs {@code customerkit ARGS} exactly as given. */
  static Result runAsGiven(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CustomerkitCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** What a run printed and how it ended. */
  record Result(int exit, String out, String err) {

    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }

    String lastLine() {
      List<String> lines = lines();
      return lines.get(lines.size() - 1);
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
