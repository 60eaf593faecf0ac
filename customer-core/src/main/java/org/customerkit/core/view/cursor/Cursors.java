package org.customerkit.core.view.cursor;

import org.customerkit.core.view.View;
import org.customerkit.core.view.Keyset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;

/**
 * Turns a {@link Keyset} into the opaque cursor people pass back for the next page, and back.
 *
 * <p>A cursor is encrypted and authenticated with AES-GCM: its content (the last row's sort keys and id) cannot
 * be read, so no personal data reaches URLs or logs, and it is bound to the tenant, the view's name and the
 * sort it was made for. A cursor that was cut, edited, or made for another tenant, view, sort or key is refused
 * with a clear reason (field {@code cursor}) instead of giving a wrong page.
 *
 * <p>The AES key is derived from a secret the host gives ({@link #Cursors(byte[])}), which all the host's
 * processes must share for a cursor to work across them; {@link #withRandomKey()} makes a key of its own, so
 * its cursors work only in the process (module) that made them.
 */
public final class Cursors {

  private static final byte VERSION = 2;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MAX_CURSOR_CHARS = 8192;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /** Cursors under a key derived from {@code secret}, at least 16 bytes (32 random bytes are best). */
  public Cursors(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("a cursor secret has at least 16 bytes");
    }
    this.key = new SecretKeySpec(derive(secret), "AES");
  }

  /** Cursors under a random key: they work only through this instance, never across processes. */
  public static Cursors withRandomKey() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return new Cursors(secret);
  }

  /** The cursor after {@code keyset} in a list of {@code tenant} through the view {@code view}. */
  public String encode(TenantId tenant, View view, Keyset keyset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(keyset.id().value().getMostSignificantBits());
      out.writeLong(keyset.id().value().getLeastSignificantBits());
      out.writeByte(keyset.keys().size());
      for (String sortKey : keyset.keys()) {
        out.writeUTF(sortKey);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed;
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, tenant, view);
      sealed = cipher.doFinal(bytes.toByteArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this JDK", e);
    }
    ByteBuffer cursor = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
    cursor.put(VERSION).put(nonce).put(sealed);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.array());
  }

  /**
   * The keyset of a cursor made for this tenant and view (its name and sort); refused (field {@code cursor})
   * when it is not one.
   */
  public Parsed<Keyset> decode(String cursor, TenantId tenant, View view) {
    Optional<Keyset> keyset = tryDecode(cursor, tenant, view);
    return keyset.map(Parsed::valid).orElseGet(() -> Parsed.invalid("cursor", Reason.INVALID_FORMAT));
  }

  private Optional<Keyset> tryDecode(String cursor, TenantId tenant, View view) {
    if (cursor == null || cursor.length() > MAX_CURSOR_CHARS) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(cursor.strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length < 1 + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
      return Optional.empty();
    }
    byte[] plain;
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(bytes, 1, 1 + NONCE_BYTES), tenant, view);
      plain = cipher.doFinal(bytes, 1 + NONCE_BYTES, bytes.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this JDK", e);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
      CustomerId id = new CustomerId(new UUID(in.readLong(), in.readLong()));
      int count = in.readByte();
      if (count != view.sort().keys().size()) {
        return Optional.empty();
      }
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        keys.add(in.readUTF());
      }
      return in.available() == 0 ? Optional.of(new Keyset(keys, id)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** AES-GCM with the tenant, view name and sort as associated data: authenticated, not carried. */
  private Cipher cipher(int mode, byte[] nonce, TenantId tenant, View view) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    ByteArrayOutputStream context = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(context)) {
      out.writeByte(VERSION);
      out.writeUTF(tenant.value());
      out.writeUTF(view.name());
      out.writeUTF(view.owner().orElse(""));
      out.writeUTF(view.sort().text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cipher.updateAAD(context.toByteArray());
    return cipher;
  }

  private static byte[] derive(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal("customerkit cursor key".getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}
