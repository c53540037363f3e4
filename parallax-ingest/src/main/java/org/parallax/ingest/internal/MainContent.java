package org.parallax.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;
import org.parallax.ingest.ResidueFilter;

/**
 * Finds the main content of a page and returns its paragraphs. Our own take on the ideas of
 * Readability and trafilatura:
 *
 * <ol>
 *   <li>strip what is never content (scripts, navigation, forms, hidden elements) and blocks
 *       whose class or id says they are comments, share bars, related links, promotions;
 *   <li>score each container by the text its paragraphs carry (length, commas), discounted by
 *       link density, and take the best one, widened to its parent when the best one holds only
 *       part of the article;
 *   <li>cut the container into block-level segments and drop link lists, residue lines and
 *       stray short lines at its edges.
 * </ol>
 */
public final class MainContent {
  private static final Set<String> REMOVE_TAGS = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "canvas", "button", "input", "select", "textarea", "nav", "footer", "aside",
      "object", "embed", "video", "audio", "map", "dialog", "menu", "label", "picture", "img");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
      "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "header", "form",
      "address", "hr", "br", "center", "details", "summary", "fieldset", "body", "html");
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|share|sharing|social|related|recommend|promo|newsletter|subscri|signup|sign-up"
          + "|advert|\\bads?\\b|\\bad-|-ad\\b|sponsor|sidebar|side-bar|footer|cookie|consent|popup"
          + "|modal|breadcrumb|\\btags?\\b|tag-list|pagination|pager|\\bmenu|masthead|widget"
          + "|outbrain|taboola|disqus|author-bio|authorbio|toolbar|\\bprint|login|paywall|skip"
          + "|caption|credit|banner|hidden|byline|dateline|timestamp|trending|most-?popular"
          + "|read-?more|more-?stories|next-?article|prev|navigation|\\bnav\\b|rail|teaser",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONG_NEGATIVE = Pattern.compile(
      "comment|disqus|share|sharing|social|related|recommend|promo|newsletter|subscri|outbrain"
          + "|taboola|cookie|consent|footer|trending|most-?popular|more-?stories|next-?article",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|main|post|story|text|blog|prose|rich-?text",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  private MainContent() {}

  /** The main-content paragraphs of {@code page}, which is modified. */
  public static List<String> paragraphs(Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    clean(body);
    LENGTHS.set(measure(body));
    Element best;
    try {
      best = bestContainer(body);
    } finally {
      LENGTHS.remove();
    }
    if (best == null) {
      return List.of();
    }
    List<Segment> segments = new ArrayList<>();
    segment(best, segments);
    return filter(segments);
  }

  private static void clean(Element body) {
    for (Element e : body.select("*")) {
      String tag0 = e.normalName();
      if (e.parent() != null && (REMOVE_TAGS.contains(tag0) || e.hasAttr("hidden")
          || "true".equals(e.attr("aria-hidden")) || HIDDEN_STYLE.matcher(e.attr("style")).find())) {
        e.remove();
      }
    }
    double pageText = goodText(body);
    for (Element e : body.select("*")) {
      if (e.parent() == null) {
        continue; // already removed with an ancestor
      }
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank()) {
        continue;
      }
      if (NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find()
          && !holdsArticle(e, names, pageText)) {
        e.remove();
      } else if (tag.equals("form") && e.select("p").size() < 3) {
        e.remove();
      }
    }
  }

  /**
   * Whether an element whose name sounds like furniture still holds article text: most of the
   * page's paragraph text, or (unless its name says comments, sharing, promotion) at least two
   * long, link-poor paragraphs. Layout wrappers named "sidebar-grid" or "rail-layout" hold
   * articles on real sites.
   */
  private static boolean holdsArticle(Element e, String names, double pageText) {
    double good = goodText(e);
    if (good >= 0.3 * pageText) {
      return true;
    }
    if (STRONG_NEGATIVE.matcher(names).find()) {
      return false;
    }
    int longParagraphs = 0;
    for (Element p : e.select("p")) {
      if (p.text().length() >= 150 && linkDensity(p) < 0.2 && ++longParagraphs >= 2) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Element bestContainer(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, div, section, article, dd, li")) {
      String own = ownText(p);
      if (own.length() < 25) {
        continue;
      }
      double score = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
      Element parent = p.parent();
      int level = 0;
      if (p.normalName().equals("div") || p.normalName().equals("section")
          || p.normalName().equals("article")) {
        scores.merge(p, score, Double::sum);
      }
      while (parent != null && level < 5) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(parent, score * share, Double::sum);
        parent = parent.parent();
        level++;
      }
    }
    Element best = null;
    double bestScore = 0;
    Map<Element, Double> finals = new HashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element el = e.getKey();
      // a name that says "content" only counts for elements that carry paragraph text
      double bonus = e.getValue() >= 10 ? initialScore(el) : Math.min(0, initialScore(el));
      double s = (e.getValue() + bonus) * (1 - linkDensity(el));
      finals.put(el, s);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    if (best == null) {
      return null;
    }
    // widen to the parent while the parent holds substantially more good text (split articles)
    Element current = best;
    for (int i = 0; i < 3; i++) {
      Element parent = current.parent();
      if (parent == null || parent == body.parent()) {
        break;
      }
      double here = goodText(current);
      double there = goodText(parent);
      if (there > here * 1.25 && linkDensity(parent) < 0.35) {
        current = parent;
      } else {
        break;
      }
    }
    return current;
  }

  /** Characters of paragraph-like text (long, few links) under {@code e}. */
  private static double goodText(Element e) {
    double total = 0;
    for (Element p : e.select("p, pre, blockquote, h2, h3, li")) {
      String t = p.text();
      if (t.length() >= 40 && linkDensity(p) < 0.3) {
        total += t.length();
      }
    }
    return total;
  }

  private static double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "article" -> 10;
      case "div", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "form", "ul", "ol", "dl", "li" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    String names = e.className() + " " + e.id();
    if (!names.isBlank()) {
      if (NEGATIVE.matcher(names).find()) {
        s -= 25;
      }
      if (POSITIVE.matcher(names).find()) {
        s += 25;
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      s += 50;
    }
    return s;
  }

  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
        sb.append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** Text and link-text lengths of every element, computed once per page (bottom-up). */
  private static final ThreadLocal<Map<Element, int[]>> LENGTHS = new ThreadLocal<>();

  private static Map<Element, int[]> measure(Element root) {
    Map<Element, int[]> lengths = new IdentityHashMap<>();
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("a")) {
          linkDepth[0]++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          int n = t.text().strip().length();
          Element p = t.parent();
          if (p != null && n > 0) {
            int[] l = lengths.computeIfAbsent(p, k -> new int[2]);
            l[0] += n;
            if (linkDepth[0] > 0) {
              l[1] += n;
            }
          }
        } else if (node instanceof Element e) {
          if (e.normalName().equals("a")) {
            linkDepth[0]--;
          }
          int[] mine = lengths.computeIfAbsent(e, k -> new int[2]);
          if (e.parent() != null) {
            int[] up = lengths.computeIfAbsent(e.parent(), k -> new int[2]);
            up[0] += mine[0];
            up[1] += mine[1];
          }
        }
      }
    }, root);
    return lengths;
  }

  static double linkDensity(Element e) {
    Map<Element, int[]> memo = LENGTHS.get();
    int[] l = memo == null ? null : memo.get(e);
    if (l != null) {
      return l[0] == 0 ? 0 : Math.min(1.0, (double) l[1] / l[0]);
    }
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  /**
   * Cuts the subtree into runs of inline text separated by block elements. Iterative (jsoup's
   * traversor), so hostile, deeply nested markup cannot exhaust the stack.
   */
  private static void segment(Element root, List<Segment> out) {
    StringBuilder text = new StringBuilder();
    int[] linkChars = {0};
    int[] linkDepth = {0};
    java.util.ArrayDeque<Element> blocks = new java.util.ArrayDeque<>();
    blocks.push(root);
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          text.append(s);
          if (linkDepth[0] > 0) {
            linkChars[0] += s.strip().length();
          }
        } else if (node instanceof Element e && node != root) {
          if (e.normalName().equals("a")) {
            linkDepth[0]++;
          }
          if (BLOCK_TAGS.contains(e.normalName())) {
            flush(blocks.peek(), text, linkChars, out);
            blocks.push(e);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && node != root) {
          if (e.normalName().equals("a")) {
            linkDepth[0]--;
          }
          if (BLOCK_TAGS.contains(e.normalName())) {
            flush(blocks.pop(), text, linkChars, out);
          }
        }
      }
    }, root);
    flush(root, text, linkChars, out);
  }

  private static void flush(Element block, StringBuilder text, int[] linkChars, List<Segment> out) {
    String s = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      out.add(new Segment(s, Math.min(linkChars[0], s.length()), block));
    }
    text.setLength(0);
    linkChars[0] = 0;
  }

  private static List<String> filter(List<Segment> segments) {
    List<String> kept = new ArrayList<>();
    for (Segment s : segments) {
      String t = s.text();
      if (s.linkDensity() > 0.5 && t.length() < 300) {
        continue;
      }
      if (ResidueFilter.isResidueLine(t)) {
        continue;
      }
      kept.add(t);
    }
    // trim short stray lines at the edges (bylines, dates, "Advertisement" leftovers)
    int from = 0;
    int to = kept.size();
    while (from < to && isStray(kept.get(from))) {
      from++;
    }
    while (to > from && isStray(kept.get(to - 1))) {
      to--;
    }
    return new ArrayList<>(kept.subList(from, to));
  }

  private static boolean isStray(String t) {
    return t.length() < 40 && !t.matches(".*[.!?\"”]$");
  }
}
