package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 lines from a stream without ever holding a line longer than a limit: an over-long
 * line is skipped to its end and reported as {@link #TOO_LONG}. Invalid UTF-8 in a line is decoded
 * with {@link TextDecoding}'s fallback.
 */
final class BoundedLines implements Closeable {
  /** Returned (by identity) for a line over the limit. */
  static final String TOO_LONG = new String("<line too long>");

  private final InputStream in;
  private final int limit;
  private final byte[] buf = new byte[65_536];
  private int pos;
  private int len;
  private boolean eof;

  BoundedLines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  @Nullable String next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        if (eof) {
          break;
        }
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          eof = true;
          len = 0;
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        if (line.size() + (pos - start) > limit) {
          tooLong = true;
          line.reset();
        } else {
          line.write(buf, start, pos - start);
        }
      }
      if (pos < len) {
        pos++; // the newline
        break;
      }
    }
    if (!any) {
      return null;
    }
    if (tooLong) {
      return TOO_LONG;
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    return TextDecoding.decode(java.util.Arrays.copyOf(bytes, end)).text();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
