package org.customerkit.core.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's words in the user's language: field labels, refusal and warning messages, view and column names.
 * Dutch, French, English and German are complete; any other locale gets English.
 */
public final class Messages {

  private static final String BUNDLE = "org.customerkit.core.messages";
  private static final String SUBJECT = "subject.";
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = supported(locale);
    this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The messages in {@code locale}'s language when it is nl, fr, en or de, else English. */
  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  public static Messages of(Language language) {
    return new Messages(language.locale());
  }

  public Locale locale() {
    return locale;
  }

  private static Locale supported(Locale locale) {
    return Language.fromCode(locale.getLanguage()).map(Language::locale).orElse(Locale.ENGLISH);
  }

  /** The text of a key, or the key itself when it has none (so a missing text is visible, not fatal). */
  public String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    // always a pattern, arguments or not, so a doubled apostrophe ("d''adresse") prints once
    return new MessageFormat(pattern, locale).format(arguments);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The label of a property path: {@code vatNumber} is "btw-nummer" in Dutch; {@code extraAddresses[1].city}
   * is "plaats (extra adres 2)"; {@code fields.birthday} is "extra veld birthday".
   */
  public String fieldLabel(String path) {
    String[] parts = path.split("\\.");
    String last = parts[parts.length - 1];
    String label;
    if (parts.length >= 2 && parts[parts.length - 2].equals("fields")) {
      label = text("field.extraField", last);
    } else {
      Matcher m = INDEXED.matcher(last);
      label = m.matches() ? text("field." + m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1)
          : label(last);
    }
    return label + context(parts);
  }

  /** Where a nested field sits, " (extra adres 2)", or nothing for a field of the card itself. */
  private String context(String[] parts) {
    StringBuilder context = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      Matcher m = INDEXED.matcher(parts[i]);
      if (m.matches()) {
        if (context.length() > 0) {
          context.append(", ");
        }
        context.append(text("item." + m.group(1), Integer.parseInt(m.group(2)) + 1));
      }
    }
    return context.length() == 0 ? "" : " (" + context + ")";
  }

  /**
   * A field's label; else a list column's heading ({@code created}); else an extra field's ({@code field:vip});
   * else the name itself, never a bundle key.
   */
  private String label(String name) {
    if (has("field." + name)) {
      return text("field." + name);
    }
    if (has("column." + name)) {
      return text("column." + name);
    }
    if (name.startsWith("field:")) {
      return text("field.extraField", name.substring("field:".length()));
    }
    return name;
  }

  /**
   * A property path as the subject of a sentence: where the language puts an article before a field's name
   * ({@code subject.*} texts, French and German), "le numéro de TVA", "die MwSt.-Nummer"; else its label.
   */
  private String subject(String path) {
    String[] parts = path.split("\\.");
    String last = parts[parts.length - 1];
    String key;
    Object[] arguments = {};
    Matcher indexed = INDEXED.matcher(last);
    if (parts.length >= 2 && parts[parts.length - 2].equals("fields")) {
      key = SUBJECT + "extraField";
      arguments = new Object[] {last};
    } else if (indexed.matches()) {
      key = SUBJECT + "item." + indexed.group(1);
      arguments = new Object[] {Integer.parseInt(indexed.group(2)) + 1};
    } else {
      key = SUBJECT + last;
    }
    return has(key) ? text(key, arguments) + context(parts) : fieldLabel(path);
  }

  /** One sentence: the field and why it was refused. */
  public String refusal(Refusal refusal) {
    return text(refusal.reason().messageKey(), withLabel(refusal.field(), refusal.arguments()));
  }

  /** One sentence: the field and what the user should know about its accepted value. */
  public String warning(Warning warning) {
    return text(warning.messageKey(), withLabel(warning.field(), warning.arguments()));
  }

  private Object[] withLabel(String field, List<Object> rest) {
    Object[] arguments = new Object[rest.size() + 1];
    arguments[0] = subject(field);
    for (int i = 0; i < rest.size(); i++) {
      arguments[i + 1] = rest.get(i);
    }
    return arguments;
  }
}
