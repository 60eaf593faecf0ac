package org.customerkit.examples.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one sentence on standard error and the matching exit code. A password of the
 * {@code --db} URL never shows in it.
 */
final class Failures {

  private Failures() {}

  static int onBadUsage(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String message = sentence(e.getMessage());
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " Did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
            + "?";
      }
    }
    line.getErr().println(masked(line, message) + " See '" + line.getCommandSpec().qualifiedName() + " --help'.");
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
    } else if (e instanceof DatabaseFailedException) {
      code = ExitCodes.FAILED;
      message = e.getMessage();
    } else {
      code = ExitCodes.FAILED;
      message = "customerkit failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    line.getErr().println(masked(line, sentence(message)));
    line.getErr().flush();
    return code;
  }

  private static String masked(CommandLine line, String message) {
    Object root = line.getCommandSpec().root().userObject();
    String db = root instanceof CustomerkitCommand command ? command.db : null;
    return db == null ? message : DatabaseUrl.masked(message, db);
  }

  private static String sentence(String message) {
    String text = message == null ? "Something went wrong" : message.strip();
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
