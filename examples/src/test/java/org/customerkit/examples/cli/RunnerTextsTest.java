package org.customerkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The runner's bundles, read from their files: the same texts in all four languages. */
class RunnerTextsTest {

  @Test
  void everyTextOfTheEnglishBundleExistsInEveryLanguageAndNoOther() {
    Set<String> english = keys("");
    for (String language : List.of("nl", "fr", "de")) {
      assertEquals(english, keys("_" + language), language);
    }
  }

  @Test
  void aTextFillsInItsArgumentsInTheChosenLanguage() {
    assertEquals("3 Zeilen in k.csv geschrieben", RunnerTexts.of(Locale.GERMAN).text("report.wrote", "3", "k.csv"));
    assertEquals("wrote 3 rows to k.csv", RunnerTexts.of(Locale.JAPANESE).text("report.wrote", "3", "k.csv"));
  }

  private static Set<String> keys(String suffix) {
    String name = "/org/customerkit/examples/cli/runner" + suffix + ".properties";
    try (InputStream in = RunnerTextsTest.class.getResourceAsStream(name)) {
      Properties texts = new Properties();
      texts.load(in);
      return new TreeSet<>(texts.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
