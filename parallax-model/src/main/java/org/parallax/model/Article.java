package org.parallax.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read from an input, with clean body text.
 *
 * @param id content hash of outlet, title and body (hex); equal inputs give equal ids
 * @param source where it was read from: a file path, {@code path#record}, a URL, or {@code -}
 * @param inputKind the format it was read from
 * @param outlet the publisher
 * @param url canonical URL, or null when the input gives none
 * @param published publication date, or null when the input does not say (never guessed)
 * @param dateline the place in the dateline (e.g. {@code NAIROBI}), or null
 * @param title headline, or null when the input has none
 * @param language ISO 639-1 code guessed from the text or declared by the input, or null
 * @param authors bylines, possibly empty
 * @param text clean body text; paragraphs separated by a blank line
 * @param paragraphs the paragraphs of {@code text}, in order
 * @param boilerplate lines removed from the body as scraper residue or repeated boilerplate
 * @param problems what was wrong with the input but did not stop it being read
 */
public record Article(
    String id,
    String source,
    InputKind inputKind,
    Outlet outlet,
    @Nullable String url,
    @Nullable LocalDate published,
    @Nullable String dateline,
    @Nullable String title,
    @Nullable String language,
    List<String> authors,
    String text,
    List<TextSpan> paragraphs,
    List<String> boilerplate,
    List<Problem> problems) {

  /** The most problems an article keeps; further ones are summarised in the last. */
  public static final int MAX_PROBLEMS = 20;

  public Article {
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (source " + source + ")");
    }
    authors = List.copyOf(authors);
    paragraphs = List.copyOf(paragraphs);
    boilerplate = List.copyOf(boilerplate);
    problems = List.copyOf(problems);
    for (TextSpan p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException(
            "paragraph " + p + " exceeds text length " + text.length() + " (source " + source + ")");
      }
    }
    if (problems.size() > MAX_PROBLEMS) {
      throw new IllegalArgumentException(
          "at most " + MAX_PROBLEMS + " problems per article, got " + problems.size());
    }
  }

  /** The text of paragraph {@code i}. */
  public String paragraph(int i) {
    return paragraphs.get(i).of(text);
  }
}
