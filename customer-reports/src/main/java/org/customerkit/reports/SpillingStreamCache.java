package org.customerkit.reports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * A PDFBox stream cache for documents written page by page: a stream is written to a heap buffer of its exact
 * size, and {@link #spill()} appends every buffer written since the last spill to one temporary file, after
 * which the buffer holds only its offset and length there. PDFBox's own temporary-file cache keeps a 4 KB page
 * buffer per stream until the document is saved, about half of what a page of a long report costs in heap; here
 * a finished page's content stream costs a few dozen bytes.
 *
 * <p>Buffers are not thread-safe, like PDFBox's; the file is read with positional reads, so any number of
 * spilled buffers can be read in turn. The file is deleted when the cache is closed.
 */
final class SpillingStreamCache implements RandomAccessStreamCache {

  private final List<Buffer> unspilled = new ArrayList<>();
  private Path path;
  private FileChannel file;
  private long fileLength;
  private boolean closed;

  @Override
  public RandomAccess createBuffer() throws IOException {
    if (closed) {
      throw new IOException("stream cache closed");
    }
    Buffer buffer = new Buffer();
    unspilled.add(buffer);
    return buffer;
  }

  /** Moves the data of every buffer written since the last spill to the temporary file. */
  void spill() throws IOException {
    for (Buffer buffer : unspilled) {
      buffer.spill();
    }
    unspilled.clear();
  }

  private FileChannel file() throws IOException {
    if (file == null) {
      path = Files.createTempFile("customerkit-pdf", ".tmp");
      file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    }
    return file;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    unspilled.clear();
    if (file != null) {
      try {
        file.close();
      } finally {
        Files.deleteIfExists(path);
        file = null;
      }
    }
  }

  private final class Buffer implements RandomAccess {
    private static final byte[] EMPTY = new byte[0];
    /** The data while in the heap; null once spilled. */
    private byte[] data = EMPTY;
    private long size;
    private long offset = -1;
    private long position;
    private boolean bufferClosed;

    private void spill() throws IOException {
      if (bufferClosed || data == null) {
        return;
      }
      FileChannel channel = file();
      ByteBuffer bytes = ByteBuffer.wrap(data, 0, (int) size);
      long at = fileLength;
      while (bytes.hasRemaining()) {
        at += channel.write(bytes, at);
      }
      offset = fileLength;
      fileLength = at;
      data = null;
    }

    /** Brings spilled data back into the heap before it is changed (PDFBox does not do this for pages). */
    private void unspill() throws IOException {
      if (data != null) {
        return;
      }
      byte[] back = new byte[(int) size];
      readFromFile(0, back, 0, back.length);
      data = back;
      offset = -1;
      unspilled.add(this);
    }

    private void readFromFile(long from, byte[] b, int off, int len) throws IOException {
      ByteBuffer target = ByteBuffer.wrap(b, off, len);
      long at = offset + from;
      while (target.hasRemaining()) {
        int n = file.read(target, at);
        if (n < 0) {
          throw new IOException("temporary file shorter than expected");
        }
        at += n;
      }
    }

    private void checkOpen() throws IOException {
      if (bufferClosed) {
        throw new IOException("buffer closed");
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
      write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      checkOpen();
      unspill();
      long end = position + len;
      if (end > Integer.MAX_VALUE - 16) {
        throw new IOException("stream too large for the heap buffer");
      }
      if (end > data.length) {
        data = Arrays.copyOf(data, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 16, data.length * 2L + 64)));
      }
      System.arraycopy(b, off, data, (int) position, len);
      position = end;
      size = Math.max(size, end);
    }

    @Override
    public void clear() throws IOException {
      checkOpen();
      unspill();
      data = EMPTY;
      size = 0;
      position = 0;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      checkOpen();
      if (len == 0) {
        return 0;
      }
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      if (data != null) {
        System.arraycopy(data, (int) position, b, off, n);
      } else {
        readFromFile(position, b, off, n);
      }
      position += n;
      return n;
    }

    @Override
    public long getPosition() throws IOException {
      checkOpen();
      return position;
    }

    @Override
    public void seek(long to) throws IOException {
      checkOpen();
      if (to < 0) {
        throw new IOException("negative position " + to);
      }
      position = Math.min(to, size);
    }

    @Override
    public long length() throws IOException {
      checkOpen();
      return size;
    }

    @Override
    public boolean isClosed() {
      return bufferClosed;
    }

    @Override
    public boolean isEOF() throws IOException {
      checkOpen();
      return position >= size;
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
      checkOpen();
      return new RandomAccessReadView(this, start, length);
    }

    @Override
    public void close() {
      bufferClosed = true;
      data = null;
    }
  }
}
