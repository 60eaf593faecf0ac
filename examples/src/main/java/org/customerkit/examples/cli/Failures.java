package org.customerkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns what went wrong into one sentence on standard error and the matching exit code. */
final class Failures {

  private Failures() {}

  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    line.getErr().println(sentence(e.getMessage()) + " See '" + line.getCommandSpec().qualifiedName()
        + " --help'.");
    line.getErr().flush();
    return ExitCodes.BAD_INPUT;
  }

  static int onFailure(Exception e, CommandLine line, ParseResult parsed) {
    int code;
    String message;
    if (e instanceof RefusedException) {
      code = ExitCodes.REFUSED;
      message = e.getMessage();
    } else if (e instanceof BadInputException || e instanceof ParameterException) {
      code = ExitCodes.BAD_INPUT;
      message = e.getMessage();
    } else {
      code = ExitCodes.FAILED;
      message = "customerkit failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    line.getErr().println(sentence(message));
    line.getErr().flush();
    return code;
  }

  private static String sentence(String message) {
    String text = message == null ? "Something went wrong" : message.strip();
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
