package org.parallax.ingest;

/**
 * An input that cannot be read as articles at all: binary content, an empty file, a file over the
 * size limit, a feed that is not XML. The message is one line naming the problem; the caller adds
 * the source.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
