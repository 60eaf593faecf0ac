package org.customerkit.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The host's stream handed to a library that closes what it writes to: closing only flushes. */
final class UnclosedOutput extends FilterOutputStream {

  UnclosedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
