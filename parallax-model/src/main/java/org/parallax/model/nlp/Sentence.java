package org.parallax.model.nlp;

import java.util.List;

/**
 * One sentence.
 *
 * @param index position in the text, from 0
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param tokens its tokens
 * @param dependencies its dependency edges; empty when the sentence was not parsed
 */
public record Sentence(int index, int begin, int end, List<Token> tokens,
    List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
