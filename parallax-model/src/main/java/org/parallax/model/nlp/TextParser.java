package org.parallax.model.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * Parses text into sentences, tokens and spans. Implementations are expensive to create and not
 * thread-safe: create one per thread and reuse it.
 */
public interface TextParser {
  /**
   * Parses {@code text}.
   *
   * @param needsDependencies which sentences (by their tokens) to parse for dependencies; the
   *     dependency parser is the costliest step, so callers ask only where they need it
   */
  ParsedText parse(String text, Predicate<List<Token>> needsDependencies);
}
