package org.parallax.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How an article's body is laid out: paragraphs joined by one blank line, with the span of each.
 *
 * @param text the joined text
 * @param spans the span of each paragraph in {@code text}, in order
 */
public record Paragraphs(String text, List<TextSpan> spans) {
  public Paragraphs {
    spans = List.copyOf(spans);
  }

  /** Joins {@code paragraphs} with blank lines, recording where each one lies. */
  public static Paragraphs join(List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<TextSpan> spans = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      spans.add(new TextSpan(text.length(), text.length() + p.length()));
      text.append(p);
    }
    return new Paragraphs(text.toString(), spans);
  }
}
