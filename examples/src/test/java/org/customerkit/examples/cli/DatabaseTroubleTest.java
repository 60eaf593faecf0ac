package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be reached or written: one sentence, exit 3, no password, no stack trace. */
class DatabaseTroubleTest {

  private static final String PASSWORD = "s3cret-Pw9";

  /** Runs {@code work} with the JVM's own standard error captured, and returns what reached it. */
  private static String jvmErrorsOf(Supplier<Cli.Result> work, Cli.Result[] result) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      result[0] = work.get();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static void oneSentenceWithoutThePassword(Cli.Result result) {
    assertEquals(1, result.err().strip().lines().count(), result::toString);
    assertTrue(!result.err().contains(PASSWORD) && !result.out().contains(PASSWORD), result::toString);
    assertTrue(result.err().contains("***"), result::toString);
  }

  @Test
  void anUnreachableServerFailsWithExit3AndThePasswordMasked() {
    Cli.Result query = Cli.runAsGiven("list", "--db",
        "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + PASSWORD + "&connectTimeout=2");
    Cli.Result userInfo = Cli.runAsGiven("list", "--db",
        "jdbc:postgresql://postgres:" + PASSWORD + "@127.0.0.1:1/test?connectTimeout=2");

    assertEquals(ExitCodes.FAILED, query.exit(), query::toString);
    oneSentenceWithoutThePassword(query);
    assertTrue(query.err().startsWith("Cannot open the database jdbc:postgresql://127.0.0.1:1/test?user=postgres"
        + "&password=***&connectTimeout=2: "), query::toString);
    assertEquals(ExitCodes.FAILED, userInfo.exit(), userInfo::toString);
    oneSentenceWithoutThePassword(userInfo);
  }

  @Test
  void anH2FileThatCannotBeWrittenFailsWithExit3AndNoStackTrace(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
    String url = "jdbc:h2:file:" + blocker.resolve("sub").resolve("customerkit").toString().replace('\\', '/')
        + ";PASSWORD=" + PASSWORD;
    Cli.Result[] result = new Cli.Result[1];

    String jvmErrors = jvmErrorsOf(() -> Cli.runAsGiven("list", "--db", url), result);

    assertEquals(ExitCodes.FAILED, result[0].exit(), result[0]::toString);
    oneSentenceWithoutThePassword(result[0]);
    assertEquals("", jvmErrors);
  }

  @Test
  void aUrlNoDriverUnderstandsIsBadUsageAndMasked() {
    Cli.Result result = Cli.runAsGiven("list", "--db", "jdbc:nosuchdriver:x;password=" + PASSWORD);

    assertEquals(ExitCodes.BAD_INPUT, result.exit(), result::toString);
    oneSentenceWithoutThePassword(result);
    assertTrue(result.err().contains("H2") && result.err().contains("PostgreSQL"), result::toString);
  }
}
