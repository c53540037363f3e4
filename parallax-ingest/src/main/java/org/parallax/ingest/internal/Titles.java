package org.parallax.ingest.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a page title: undoes double-escaped entities ({@code &amp;ouml;}) and cuts a site-name
 * suffix or prefix ("Headline | Börsen-Zeitung", "Headline - Golem.de", "Headline | DW |
 * 28.04.2023") when the page's own headline or site name shows it is one.
 */
final class Titles {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—•·»-]\\s+");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");

  private Titles() {}

  static @Nullable String clean(@Nullable String title, @Nullable String siteName,
      @Nullable String h1) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    if (ENTITY.matcher(t).find()) {
      t = Parser.unescapeEntities(t, false);
    }
    t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    String heading = h1 == null ? null : h1.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    // the page's own <h1> is one of the parts, or the text before the first separator
    if (heading != null && !heading.isEmpty()) {
      String lower = heading.toLowerCase(Locale.ROOT);
      if (t.toLowerCase(Locale.ROOT).startsWith(lower + " ") && lower.length() >= 15) {
        return heading;
      }
    }
    String site = siteName == null ? "" : siteName.toLowerCase(Locale.ROOT).strip();
    String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
    String firstPart = parts[0].toLowerCase(Locale.ROOT);
    if (!site.isEmpty() && (last.contains(site) || site.contains(last))) {
      return t.substring(0, t.toLowerCase(Locale.ROOT).lastIndexOf(last)).replaceAll(
          SEPARATOR.pattern() + "$", "").replaceAll("[\\s|–—•·»-]+$", "").strip();
    }
    if (!site.isEmpty() && (firstPart.contains(site) || site.contains(firstPart))) {
      return t.substring(parts[0].length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
    }
    // "Headline - Example.com": a trailing part that is a domain
    if (last.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
      return t.substring(0, t.toLowerCase(Locale.ROOT).lastIndexOf(last))
          .replaceAll("[\\s|–—•·»-]+$", "").strip();
    }
    return t;
  }
}
