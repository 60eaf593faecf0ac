package org.customerkit.testkit.logging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the tests' SLF4J backend (slf4j-simple, which writes to the current {@code System.err}) logs while a piece
 * of work runs, so a test that provokes a failure on purpose can assert the log instead of printing it.
 */
public final class CapturedLog {

  private CapturedLog() {}

  /** Runs {@code work} and returns everything logged meanwhile; the build output stays clean. */
  public static String during(Runnable work) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
