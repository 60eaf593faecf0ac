package org.customerkit.core.domain.customer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The host's company or administration that owns a set of customers (Winfakt's "dossier"). Every read and
 * write of the library names one; nothing ever crosses from one tenant to another.
 *
 * @param value 1 to 64 characters of letters, digits, {@code . _ -}; never null
 */
public record TenantId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public TenantId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("a tenant id is 1 to 64 letters, digits, '.', '_' or '-': " + value);
    }
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
