package org.parallax.ingest;

import java.nio.charset.Charset;
import java.util.List;
import org.parallax.model.Problem;

/**
 * Text decoded from bytes, with the charset used and what went wrong on the way.
 *
 * @param text the decoded text, without a byte order mark
 * @param charset the charset that decoded most of it
 * @param problems e.g. invalid UTF-8 decoded line by line as windows-1252
 */
public record Decoded(String text, Charset charset, List<Problem> problems) {
  public Decoded {
    problems = List.copyOf(problems);
  }
}
