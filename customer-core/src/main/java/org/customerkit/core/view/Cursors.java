package org.customerkit.core.view;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final byte VERSION = 1;
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(sort.text());
      out.writeUTF(keyset.id().toString());
      out.writeByte(keyset.keys().size());
      for (String key : keyset.keys()) {
        out.writeUTF(key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] payload = bytes.toByteArray();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString(payload) + "." + b64.encodeToString(tag(payload));
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
    String text = cursor.strip();
    int dot = text.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] tag;
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      payload = b64.decode(text.substring(0, dot));
      tag = b64.decode(text.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(tag, tag(payload))) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      if (in.readByte() != VERSION || !in.readUTF().equals(sort.text())) {
        return Optional.empty();
      }
      Optional<CustomerId> id = CustomerId.parse(in.readUTF());
      int count = in.readByte();
      if (id.isEmpty() || count != sort.keys().size()) {
        return Optional.empty();
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        keys.add(in.readUTF());
      }
      return in.available() == 0 ? Optional.of(new Keyset(keys, id.get())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
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
