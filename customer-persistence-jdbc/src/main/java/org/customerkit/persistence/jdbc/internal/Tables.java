package org.customerkit.persistence.jdbc.internal;

import java.util.regex.Pattern;

/**
 * The table names of one installation: a validated prefix and fixed names. The prefix is the only part of any
 * SQL text that does not come from a constant, which is why it is checked so strictly.
 */
public final class Tables {

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}");

  private final String prefix;

  public Tables(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "a table prefix is a lower-case letter then up to 20 lower-case letters, digits or '_': " + prefix);
    }
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  public String customers() {
    return prefix + "customers";
  }

  public String addresses() {
    return prefix + "customer_addresses";
  }

  public String contacts() {
    return prefix + "customer_contacts";
  }

  public String fieldValues() {
    return prefix + "customer_field_values";
  }

  public String numbers() {
    return prefix + "customer_numbers";
  }

  public String extraFields() {
    return prefix + "extra_fields";
  }

  public String savedViews() {
    return prefix + "saved_views";
  }

  public String reportDefinitions() {
    return prefix + "report_definitions";
  }

  public String history() {
    return prefix + "schema_history";
  }
}
