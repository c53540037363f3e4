package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.Paragraphs;
import org.parallax.model.Problem;
import org.parallax.model.TextSpan;

/**
 * Assembles an {@link Article}: joins paragraphs with blank lines and records their spans,
 * computes the content-hash id, guesses the language when none was declared and bounds the
 * problem list.
 */
public final class ArticleBuilder {
  private final String source;
  private final InputKind kind;
  private Outlet outlet = Outlet.unregistered(Outlet.UNKNOWN_ID);
  private @Nullable String url;
  private @Nullable LocalDate published;
  private @Nullable String dateline;
  private @Nullable String title;
  private @Nullable String language;
  private final List<String> authors = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> boilerplate = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  public ArticleBuilder(String source, InputKind kind) {
    this.source = source;
    this.kind = kind;
  }

  public ArticleBuilder outlet(Outlet outlet) {
    this.outlet = outlet;
    return this;
  }

  public Outlet outlet() {
    return outlet;
  }

  public ArticleBuilder url(@Nullable String url) {
    this.url = url == null || url.isBlank() ? null : url.trim();
    return this;
  }

  public @Nullable String url() {
    return url;
  }

  public ArticleBuilder published(@Nullable LocalDate published) {
    this.published = published;
    return this;
  }

  public @Nullable LocalDate published() {
    return published;
  }

  public ArticleBuilder dateline(@Nullable String dateline) {
    this.dateline = dateline;
    return this;
  }

  public ArticleBuilder title(@Nullable String title) {
    this.title = title == null || title.isBlank() ? null : collapse(title);
    return this;
  }

  public @Nullable String title() {
    return title;
  }

  public ArticleBuilder language(@Nullable String language) {
    this.language = Languages.normalise(language);
    return this;
  }

  public ArticleBuilder author(@Nullable String author) {
    if (author != null && !author.isBlank() && !authors.contains(collapse(author))) {
      authors.add(collapse(author));
    }
    return this;
  }

  /**
   * Adds a body paragraph; whitespace inside it is collapsed, a person's hover card spliced into
   * it is removed (kept with the removed lines, {@link HoverCards}), empty ones are skipped.
   */
  public ArticleBuilder paragraph(String paragraph) {
    String p = HoverCards.strip(collapse(paragraph), card -> boilerplate.add(collapse(card)));
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    return this;
  }

  public ArticleBuilder paragraphs(List<String> ps) {
    ps.forEach(this::paragraph);
    return this;
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  /** Replaces the paragraphs, e.g. after residue filtering. */
  public ArticleBuilder replaceParagraphs(List<String> ps) {
    paragraphs.clear();
    return paragraphs(ps);
  }

  public ArticleBuilder removed(List<String> lines) {
    lines.forEach(l -> boilerplate.add(collapse(l)));
    return this;
  }

  public ArticleBuilder problem(String code, String message) {
    problems.add(new Problem(code, message));
    return this;
  }

  public ArticleBuilder problems(List<Problem> ps) {
    problems.addAll(ps);
    return this;
  }

  public Article build() {
    Paragraphs joined = Paragraphs.join(paragraphs);
    String body = joined.text();
    List<TextSpan> spans = joined.spans();
    String lang = language != null ? language : Languages.guess(body);
    List<Problem> bounded = problems;
    if (problems.size() > Article.MAX_PROBLEMS) {
      bounded = new ArrayList<>(problems.subList(0, Article.MAX_PROBLEMS - 1));
      bounded.add(new Problem("more-problems",
          (problems.size() - Article.MAX_PROBLEMS + 1) + " further problems not kept"));
    }
    return new Article(contentId(outlet.id(), title, body), source, kind, outlet, url, published,
        dateline, title, lang, authors, body, spans, boilerplate, bounded);
  }

  /** The content hash that keys an article: SHA-256 of outlet, title and body, 32 hex digits. */
  public static String contentId(String outletId, @Nullable String title, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(outletId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  static String collapse(String s) {
    // soft hyphens and zero-width characters are invisible layout hints, not text; so is a "¬"
    // inside a word, where some publishing systems put the soft hyphen ("Secre¬tary")
    return s.replaceAll("[\\u00ad\\u200b\\u200c\\u200d\\ufeff]|(?<=\\p{Ll})\u00ac(?=\\p{Ll})", "")
        .replace('\u00a0', ' ')
        .replaceAll("[\\s\\u2028\\u2029]+", " ").strip();
  }
}
