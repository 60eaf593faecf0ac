package org.customerkit.examples.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.customerkit.core.domain.shared.Messages;

/**
 * The runner's own words in the user's language: the lines of {@code views list} and {@code reports list}, what
 * {@code save}, {@code delete} and {@code report} print. The library's words (labels, refusals, view names) come
 * from the core's {@link Messages}; these sit beside them in {@code runner*.properties}, in the same four
 * languages.
 */
public final class RunnerTexts {

  private static final String BUNDLE = "org.customerkit.examples.cli.runner";

  private final ResourceBundle bundle;
  private final Locale locale;

  private RunnerTexts(Locale locale) {
    this.locale = Messages.of(locale).locale();
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The words in {@code locale}'s language when it is nl, fr, en or de, else English. */
  public static RunnerTexts of(Locale locale) {
    return new RunnerTexts(locale);
  }

  /** The text of a key with its arguments filled in; a key without text is a bug and throws. */
  public String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
