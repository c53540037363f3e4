package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.internal.MainContent;
import org.parallax.ingest.internal.Metadata;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;

/**
 * Reads one HTML page: metadata (title, publication date, authors, canonical URL, language) and
 * the main content, with navigation, sidebars, share bars and comments left out.
 */
public final class HtmlReader {
  private final OutletRegistry registry;

  public HtmlReader(OutletRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads a decoded page.
   *
   * @param source where the page came from
   * @param html the page's markup
   * @param url the URL the page was fetched from (WARC target, feed link), or null
   */
  public ArticleBuilder read(String source, Decoded html, @Nullable String url, InputKind kind) {
    Document page = Jsoup.parse(html.text(), url == null ? "" : url);
    Metadata meta = Metadata.of(page);
    int scripts = page.select("script").size();
    List<String> paragraphs = MainContent.paragraphs(page);
    ArticleBuilder b = new ArticleBuilder(source, kind).problems(html.problems());
    String articleUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
    b.url(articleUrl).title(meta.title()).language(meta.language()).published(meta.published());
    meta.authors().forEach(b::author);
    if (meta.published() == null && meta.publishedRaw() != null) {
      b.problem("date-unparsed", "publication date '" + meta.publishedRaw() + "' is not a date");
    }
    Outlet outlet = registry.byUrl(articleUrl);
    if ((outlet == null || outlet.kind() == org.parallax.model.OutletKind.UNKNOWN)
        && meta.siteName() != null && registry.byAlias(meta.siteName()) != null) {
      outlet = registry.byAlias(meta.siteName());
    }
    if (outlet != null) {
      b.outlet(outlet);
    }
    int extracted = paragraphs.stream().mapToInt(String::length).sum();
    String ld = meta.jsonLdBody();
    if (ld != null && ld.strip().length() > Math.max(80, 2 * extracted)) {
      // pages rendered by JavaScript often carry the whole text only in their JSON-LD
      paragraphs = new ArrayList<>();
      for (String part : ld.split("\\s*\\n\\s*")) {
        if (!part.isBlank()) {
          paragraphs.add(org.jsoup.parser.Parser.unescapeEntities(part, false));
        }
      }
      b.problem("body-from-json-ld", "main content was thin (" + extracted
          + " characters); body taken from the page's JSON-LD articleBody");
    } else if (paragraphs.isEmpty() && scripts > 5 && page.body() != null
        && page.body().text().length() < 500) {
      b.problem("scripted-page", "the page has almost no text outside " + scripts
          + " scripts: it is probably rendered by JavaScript");
    }
    b.paragraphs(paragraphs);
    return b;
  }

  /** The main-content paragraphs of a page, for evaluation and for feed items. */
  public static List<String> mainContent(String html) {
    return MainContent.paragraphs(Jsoup.parse(html));
  }
}
