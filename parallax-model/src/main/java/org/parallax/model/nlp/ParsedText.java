package org.parallax.model.nlp;

import java.util.List;

/**
 * A text as the NLP toolkit saw it.
 *
 * @param text the text that was parsed (offsets point into it)
 * @param sentences its sentences
 * @param spans entity and temporal spans, in text order
 */
public record ParsedText(String text, List<Sentence> sentences, List<NamedSpan> spans) {
  public ParsedText {
    sentences = List.copyOf(sentences);
    spans = List.copyOf(spans);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
