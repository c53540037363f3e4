package org.parallax.ingest.internal;

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

  private static boolean containsIgnoreCase(String haystack, String needle) {
    for (int i = 0; i + needle.length() <= haystack.length(); i++) {
      if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

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
    if (heading != null && heading.length() >= 15 && t.length() > heading.length()
        && t.regionMatches(true, 0, heading, 0, heading.length())
        && t.charAt(heading.length()) == ' ') {
      return heading;
    }
    String site = siteName == null ? "" : siteName.strip();
    String last = parts[parts.length - 1];
    String firstPart = parts[0];
    if (!site.isEmpty() && (containsIgnoreCase(last, site) || containsIgnoreCase(site, last))) {
      return t.substring(0, t.length() - last.length()).replaceAll("[\\s|–—•·»-]+$", "").strip();
    }
    if (!site.isEmpty() && (containsIgnoreCase(firstPart, site) || containsIgnoreCase(site, firstPart))) {
      return t.substring(firstPart.length()).replaceFirst("^[\\s|–—•·»-]+", "").strip();
    }
    // "Headline - Example.com": a trailing part that is a domain
    if (last.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
      return t.substring(0, t.length() - last.length()).replaceAll("[\\s|–—•·»-]+$", "").strip();
    }
    return t;
  }
}
