package org.customerkit.examples.cli;

/** The exit codes of every command, as DESIGN.md fixes them. */
public final class ExitCodes {

  public static final int DONE = 0;
  public static final int REFUSED = 1;
  public static final int BAD_INPUT = 2;
  public static final int FAILED = 3;

  private ExitCodes() {}
}
