package org.customerkit.examples.demo;

import picocli.CommandLine.Command;

/** {@code demo}: the tour. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "The whole tour on fresh sample data.")
public final class DemoCommand implements Runnable {
  @Override
  public void run() {}
}
