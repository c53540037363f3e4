package org.parallax.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.Dates;

/**
 * Article metadata from a page's head and markup: JSON-LD {@code NewsArticle}, Open Graph and
 * {@code article:*} meta tags, Dublin Core, {@code itemprop}, {@code <time>}, {@code <link
 * rel=canonical>}, {@code <html lang>}.
 */
public record Metadata(
    @Nullable String title,
    @Nullable LocalDate published,
    @Nullable String publishedRaw,
    List<String> authors,
    @Nullable String canonicalUrl,
    @Nullable String siteName,
    @Nullable String language,
    @Nullable String jsonLdBody) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public Metadata {
    authors = List.copyOf(authors);
  }

  /** Reads the metadata of {@code page} (not modified). */
  public static Metadata of(Document page) {
    JsonLd ld = JsonLd.read(page);
    String title = first(ld.headline, meta(page, "og:title"), meta(page, "twitter:title"),
        meta(page, "dc.title"), h1(page), page.title());
    String rawDate = first(ld.datePublished, meta(page, "article:published_time"),
        meta(page, "og:published_time"), meta(page, "datePublished"), meta(page, "pubdate"),
        meta(page, "publishdate"), meta(page, "publish-date"), meta(page, "date"),
        meta(page, "dc.date"), meta(page, "dc.date.issued"), meta(page, "dcterms.created"),
        meta(page, "sailthru.date"), meta(page, "parsely-pub-date"),
        itemprop(page, "datePublished"), timeTag(page));
    List<String> authors = new ArrayList<>(ld.authors);
    if (authors.isEmpty()) {
      for (String key : List.of("author", "article:author", "dc.creator", "parsely-author",
          "sailthru.author")) {
        String a = meta(page, key);
        if (a != null && !a.startsWith("http")) {
          authors.add(a);
          break;
        }
      }
    }
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String url = first(canonical == null ? null : canonical.absUrl("href").isEmpty()
        ? canonical.attr("href") : canonical.absUrl("href"), meta(page, "og:url"), ld.url);
    String lang = page.selectFirst("html[lang]") == null ? null
        : page.selectFirst("html[lang]").attr("lang");
    lang = first(lang, meta(page, "og:locale"), meta(page, "content-language"), ld.inLanguage);
    String siteName = first(meta(page, "og:site_name"), ld.publisher);
    title = Titles.clean(title, siteName, h1(page));
    return new Metadata(title, Dates.parse(rawDate), rawDate,
        authors, url, siteName, lang, ld.articleBody);
  }

  @SafeVarargs
  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable String meta(Document page, String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (Element m : page.select("meta[content]")) {
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        if (m.attr(attr).toLowerCase(Locale.ROOT).equals(k)) {
          return m.attr("content");
        }
      }
    }
    return null;
  }

  private static @Nullable String itemprop(Document page, String prop) {
    Element e = page.selectFirst("[itemprop=" + prop + "]");
    if (e == null) {
      return null;
    }
    return first(e.attr("content"), e.attr("datetime"), e.text());
  }

  /**
   * The publication {@code <time>}: one marked pubdate, else the first inside the article, else
   * the first outside page furniture (header, nav, aside, footer, related or sidebar blocks, where
   * "today" widgets and teaser dates live).
   */
  private static @Nullable String timeTag(Document page) {
    for (String query : List.of("time[pubdate][datetime]", "article time[datetime]",
        "main time[datetime]", "time[datetime]")) {
      for (Element t : page.select(query)) {
        if (!inFurniture(t)) {
          return t.attr("datetime");
        }
      }
    }
    return null;
  }

  private static boolean inFurniture(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      String tag = a.normalName();
      // a page header (site banner, "today" widget) is furniture; an article header, which
      // holds the headline, is not
      if (tag.equals("header") && a.closest("article") == null && a.selectFirst("h1") == null
          || tag.equals("nav")
          || tag.equals("aside") || tag.equals("footer")) {
        return true;
      }
      String names = (a.className() + " " + a.id()).toLowerCase(java.util.Locale.ROOT);
      if (names.matches(".*(related|sidebar|recommend|most-?read|trending|comment).*")) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String h1(Document page) {
    Element h = page.selectFirst("article h1, h1");
    return h == null ? null : h.text();
  }

  /** What JSON-LD says about the article, from the first object typed as an article. */
  private static final class JsonLd {
    @Nullable String headline;
    @Nullable String datePublished;
    @Nullable String url;
    @Nullable String publisher;
    @Nullable String inLanguage;
    @Nullable String articleBody;
    final List<String> authors = new ArrayList<>();

    static JsonLd read(Document page) {
      JsonLd out = new JsonLd();
      for (Element script : page.select("script[type=application/ld+json]")) {
        try {
          JsonNode root = JSON.readTree(script.data());
          if (out.visit(root)) {
            break;
          }
        } catch (IOException e) {
          // broken JSON-LD is common; the other metadata sources still apply
        }
      }
      return out;
    }

    /** Returns true when an article object was found. */
    boolean visit(@Nullable JsonNode node) {
      if (node == null) {
        return false;
      }
      if (node.isArray()) {
        for (JsonNode n : node) {
          if (visit(n)) {
            return true;
          }
        }
        return false;
      }
      if (!node.isObject()) {
        return false;
      }
      if (node.has("@graph") && visit(node.get("@graph"))) {
        return true;
      }
      String type = node.path("@type").isArray() ? node.path("@type").toString()
          : node.path("@type").asText("");
      if (!type.matches("(?i).*(Article|Posting|Report|BlogPosting).*")) {
        return false;
      }
      headline = text(node.get("headline"));
      datePublished = first(text(node.get("datePublished")), text(node.get("dateCreated")));
      url = text(node.get("url"));
      inLanguage = text(node.get("inLanguage"));
      articleBody = text(node.get("articleBody"));
      JsonNode pub = node.get("publisher");
      publisher = pub == null ? null : pub.isObject() ? text(pub.get("name")) : text(pub);
      JsonNode author = node.get("author");
      if (author != null) {
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
          String name = a.isObject() ? text(a.get("name")) : text(a);
          if (name != null && !name.startsWith("http")) {
            authors.add(name);
          }
        }
      }
      return true;
    }

    private static @Nullable String text(@Nullable JsonNode n) {
      return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }
  }
}
