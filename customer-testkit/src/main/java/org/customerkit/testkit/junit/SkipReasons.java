package org.customerkit.testkit.junit;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Says in the build output why a test did not run: a disabled test with its reason, and a test whose assumption
 * failed (a database without a URL, say) with the assumption's message. Registered through
 * {@code META-INF/services}, so every module whose tests have the test kit on their class path gets it.
 */
public final class SkipReasons implements TestExecutionListener {

  private final PrintStream out = System.out;

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    out.println("[customerkit] skipped " + test.getDisplayName() + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      out.println("[customerkit] skipped " + test.getDisplayName() + ": "
          + result.getThrowable().map(Throwable::getMessage).orElse("an assumption did not hold"));
    }
  }
}
