package org.customerkit.core.view;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * Turns a {@link Keyset} into the opaque cursor people pass back for the next page, and back. A cursor is
 * signed with HMAC-SHA256 and bound to the sort it was made for, so a cursor that was cut, edited or made
 * for another sort is refused with a clear reason instead of giving a wrong page. It only ever positions a
 * list within the tenant the caller already named, so the key guards correctness, not secrecy.
 */
public final class Cursors {

  private static final String VERSION = "1";
  private static final char SEPARATOR = '\u0000';
  private static final int TAG_BYTES = 12;

  private final SecretKeySpec key;

  public Cursors(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("a cursor secret has at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** Cursors signed with a fixed key: fine for one process or for hosts that do not care. */
  public static Cursors withDefaultKey() {
    return new Cursors("customerkit cursor key, version 1".getBytes(StandardCharsets.UTF_8));
  }

  public String encode(Sort sort, Keyset keyset) {
    StringBuilder payload = new StringBuilder(VERSION).append(SEPARATOR).append(sort.text())
        .append(SEPARATOR).append(keyset.id());
    for (String k : keyset.keys()) {
      payload.append(SEPARATOR).append(k);
    }
    byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(bytes) + "." + b64.encodeToString(tag(bytes));
  }

  /** The keyset of a cursor made for {@code sort}; refused (field {@code cursor}) when it is not one. */
  public Parsed<Keyset> decode(String cursor, Sort sort) {
    Optional<Keyset> keyset = tryDecode(cursor, sort);
    return keyset.map(Parsed::valid).orElseGet(() -> Parsed.invalid("cursor", Reason.INVALID_FORMAT));
  }

  private Optional<Keyset> tryDecode(String cursor, Sort sort) {
    if (cursor == null || cursor.length() > 8192) {
      return Optional.empty();
    }
    int dot = cursor.strip().indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    byte[] bytes;
    byte[] tag;
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      bytes = b64.decode(cursor.strip().substring(0, dot));
      tag = b64.decode(cursor.strip().substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(tag, tag(bytes))) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(Arrays.asList(
        new String(bytes, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1)));
    if (parts.size() != 3 + sort.keys().size() || !parts.get(0).equals(VERSION)
        || !parts.get(1).equals(sort.text())) {
      return Optional.empty();
    }
    return CustomerId.parse(parts.get(2)).map(id -> new Keyset(parts.subList(3, parts.size()), id));
  }

  private byte[] tag(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}
