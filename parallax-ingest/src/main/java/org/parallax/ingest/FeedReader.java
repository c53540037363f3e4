package org.parallax.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.ReadOutcome;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with Rome: one article per item, its text from {@code
 * content:encoded} (or the description or Atom content when that is all there is). Items without
 * text are rejected one by one; the others are kept.
 */
public final class FeedReader {
  private final OutletRegistry registry;

  public FeedReader(OutletRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads every item of a decoded feed.
   *
   * @throws BadInputException when the document is not a well-formed RSS or Atom feed
   */
  public void read(String source, Decoded decoded, Consumer<ReadOutcome> sink)
      throws BadInputException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from hostile feeds
      feed = input.build(new StringReader(stripXmlEncoding(decoded.text())));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new BadInputException("not a well-formed feed" + where + ": "
          + rootMessage(e), e);
    } catch (FeedException | IllegalArgumentException e) {
      throw new BadInputException("not an RSS or Atom feed: " + rootMessage(e), e);
    }
    List<String[]> rawDates = rawDates(decoded.text());
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String itemSource = source + "#item=" + n;
      String html = entryHtml(entry);
      if (html == null || html.isBlank()) {
        sink.accept(new ReadOutcome.Rejected(itemSource, "feed item has no text"));
        continue;
      }
      ArticleBuilder b = new ArticleBuilder(itemSource, InputKind.FEED).problems(decoded.problems());
      b.url(entry.getLink()).title(entry.getTitle()).language(feed.getLanguage());
      Outlet o = registry.byUrl(entry.getLink());
      if (o == null) {
        o = registry.byUrl(feed.getLink());
      }
      if (o != null) {
        b.outlet(o);
      }
      // the date as written, in its own offset ("Thu, 10 Oct 2024 23:30 -0500" is 10 October);
      // an update date is not a publication date
      String[] raw = n - 1 < rawDates.size() ? rawDates.get(n - 1) : new String[2];
      LocalDate published = Dates.parse(raw[0]);
      if (published == null && entry.getPublishedDate() != null) {
        published = LocalDate.ofInstant(entry.getPublishedDate().toInstant(), ZoneOffset.UTC);
      }
      b.published(published);
      if (published == null && raw[1] != null) {
        b.problem("date-updated-only", "the item gives only an update date (" + raw[1].strip()
            + "); publication date left unknown");
      }
      if (entry.getAuthor() != null) {
        for (String a : entry.getAuthor().split("\\s*(?:,| and )\\s*")) {
          b.author(a);
        }
      }
      List<String> paragraphs = htmlParagraphs(html);
      if (!paragraphs.isEmpty()) {
        TextDumpReader.applyDateline(b, paragraphs, registry);
      }
      ResidueFilter.Result filtered =
          ResidueFilter.filter(paragraphs, b.title() == null ? "" : b.title(), false);
      b.paragraphs(filtered.kept()).removed(filtered.removed());
      if (b.paragraphs().isEmpty()) {
        sink.accept(new ReadOutcome.Rejected(itemSource, "feed item has no text"));
      } else {
        sink.accept(new ReadOutcome.Extracted(b.build()));
      }
    }
    if (n == 0) {
      throw new BadInputException("feed has no items");
    }
  }

  private static String entryHtml(SyndEntry entry) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue());
      }
    }
    if (sb.length() == 0 && entry.getDescription() != null) {
      sb.append(entry.getDescription().getValue());
    }
    return sb.toString();
  }

  /** Paragraphs of an item's HTML: its block elements, or its lines when it has none. */
  static List<String> htmlParagraphs(String html) {
    Document d = Jsoup.parseBodyFragment(html);
    List<String> out = new ArrayList<>();
    List<Element> blocks = d.body().select("p, h2, h3, h4, li, blockquote, pre");
    if (blocks.isEmpty()) {
      for (String line : d.body().wholeText().split("\\n\\s*\\n|\\n")) {
        if (!line.isBlank()) {
          out.add(line.strip());
        }
      }
      return out;
    }
    for (Element e : blocks) {
      if (!e.normalName().equals("li") && e.select("p, li, blockquote").size() > 1) {
        continue; // its children are visited themselves
      }
      String t = e.text();
      if (!t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }

  /** For each item or entry, in order: {raw publication date, raw update date} (null if none). */
  private static List<String[]> rawDates(String xml) {
    List<String[]> out = new ArrayList<>();
    Document d = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
    for (Element item : d.select("item, entry")) {
      String published = null;
      String updated = null;
      for (Element c : item.children()) {
        String tag = c.tagName().toLowerCase(java.util.Locale.ROOT);
        if (published == null && (tag.equals("pubdate") || tag.equals("published")
            || tag.equals("dc:date") || tag.equals("issued"))) {
          published = c.text();
        } else if (updated == null && (tag.equals("updated") || tag.equals("modified"))) {
          updated = c.text();
        }
      }
      out.add(new String[] {published, updated});
    }
    return out;
  }

  /** A Reader has no bytes to decode: drop the XML declaration's encoding so nobody re-decodes. */
  private static String stripXmlEncoding(String xml) {
    return xml.replaceFirst("^(\\s*<\\?xml[^>]*?)\\s+encoding\\s*=\\s*[\"'][^\"']*[\"']", "$1");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
