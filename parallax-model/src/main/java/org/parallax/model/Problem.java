package org.parallax.model;

/**
 * Something wrong with an input that did not stop it from being read (a date that could not be
 * parsed, an undeclared encoding that had to be guessed). Articles carry a bounded list of these.
 *
 * @param code a short stable identifier, e.g. {@code date-unparsed}
 * @param message a sentence for people, naming the value that was wrong
 */
public record Problem(String code, String message) {
  public Problem {
    if (code.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("problem code and message must not be blank");
    }
  }
}
