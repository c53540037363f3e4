package org.parallax.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;

/**
 * Reads scraped plain-text dumps: an optional header line ({@code " date 2024-10-10"}, possibly
 * followed on the same line by the body), an optional domain or URL line ({@code kyivpost.com}), an
 * optional title line, then the body, with scraper residue mixed in. The outlet comes from the
 * domain line or from the agency named in the dateline ({@code /TASS/}); the publication date from
 * the header, a "Published …" line or a dateline that gives a year. A date the text does not give
 * stays null.
 */
public final class TextDumpReader {
  private static final Pattern HEADER_DATE =
      Pattern.compile("^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2}"
          + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOMAIN =
      Pattern.compile("^(?:https?://)?(?:www\\.)?([a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})/?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("^https?://\\S+$");
  private static final Pattern PUBLISHED_LINE = Pattern.compile(
      "^(?:published|posted|first published|date)(?: on)?\\s*[:\\-]?\\s*(.{6,60}?)(?:\\s*[|·•].*)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’:;…)]$");

  private final OutletRegistry registry;

  public TextDumpReader(OutletRegistry registry) {
    this.registry = registry;
  }

  public ArticleBuilder read(String source, Decoded decoded) {
    ArticleBuilder b = new ArticleBuilder(source, InputKind.TEXT_DUMP).problems(decoded.problems());
    List<String> lines = new ArrayList<>(List.of(decoded.text().split("\\r?\\n|\\r", -1)));
    int i = skipBlank(lines, 0);
    List<String> removed = new ArrayList<>();
    String headerRaw = null;
    // header line: " date 2024-10-10 NAIROBI, October 10. /TASS/. Body…"
    if (i < lines.size()) {
      Matcher m = HEADER_DATE.matcher(lines.get(i));
      if (m.matches()) {
        headerRaw = m.group(1);
        b.published(Dates.parse(headerRaw));
        if (b.published() == null) {
          b.problem("date-unparsed", "header date '" + headerRaw + "' is not a date");
        }
        removed.add("date " + headerRaw);
        if (m.group(2).isBlank()) {
          i = skipBlank(lines, i + 1);
        } else {
          lines.set(i, m.group(2));
        }
      }
    }
    // domain or URL line
    if (i < lines.size()) {
      String line = lines.get(i).strip();
      // a registrable name is at most 253 characters: never run the pattern on longer lines
      Matcher d = DOMAIN.matcher(line.length() <= 253 ? line : "");
      if (d.matches()) {
        b.outlet(registry.byDomain(d.group(1)));
        removed.add(line);
        i = skipBlank(lines, i + 1);
      } else if (line.length() <= 2048 && URL.matcher(line).matches()) {
        b.url(line);
        Outlet o = registry.byUrl(line);
        if (o != null) {
          b.outlet(o);
        }
        removed.add(line);
        i = skipBlank(lines, i + 1);
      }
    }
    List<String> paragraphs = paragraphs(lines.subList(Math.min(i, lines.size()), lines.size()));
    // title: a first line that reads as a headline rather than as body text
    if (!paragraphs.isEmpty() && isTitle(paragraphs.get(0), paragraphs.size())) {
      b.title(paragraphs.remove(0));
    }
    // "Published 08 May 2025 | Updated …" lines give the date and are not body
    List<String> body = new ArrayList<>();
    for (String p : paragraphs) {
      Matcher pm = PUBLISHED_LINE.matcher(p.strip());
      if (pm.matches() && Dates.parse(pm.group(1)) != null) {
        if (b.published() == null) {
          b.published(Dates.parse(pm.group(1)));
        }
        removed.add(p);
      } else {
        body.add(p);
      }
    }
    if (!body.isEmpty()) {
      applyDateline(b, body, registry);
    }
    ResidueFilter.Result filtered =
        ResidueFilter.filter(body, b.title() == null ? "" : b.title(), true);
    removed.addAll(filtered.removed());
    return b.paragraphs(filtered.kept()).removed(removed);
  }

  /**
   * Looks for a dateline in the first paragraph; records place and agency, takes the outlet from
   * the agency when none is known yet, and the date when the dateline gives a year. The dateline
   * is cut from the paragraph.
   */
  static void applyDateline(ArticleBuilder b, List<String> body, OutletRegistry registry) {
    Datelines.Dateline dl = Datelines.find(body.get(0));
    if (dl == null) {
      return;
    }
    b.dateline(dl.place());
    body.set(0, body.get(0).substring(dl.length()));
    if (dl.agency() != null && b.outlet().id().equals(Outlet.UNKNOWN_ID)) {
      Outlet agency = registry.byAlias(dl.agency());
      b.outlet(agency != null ? agency : registry.byNameOrDomain(dl.agency()));
    }
    if (b.published() == null && dl.month() != null) {
      LocalDate date = dl.date();
      if (date != null) {
        b.published(date);
      } else {
        b.problem("date-incomplete", "dateline gives " + dl.month() + " " + dl.day()
            + " without a year; publication date left unknown");
      }
    }
  }

  private static boolean isTitle(String first, int paragraphs) {
    if (paragraphs < 2 || Datelines.find(first) != null) {
      return false;
    }
    String s = first.strip();
    int words = s.split("\\s+").length;
    return words <= 30 && s.length() <= 250 && (!SENTENCE_END.matcher(s).find()
        || s.endsWith("?") || s.endsWith("!"));
  }

  /**
   * Splits body lines into paragraphs. Blank lines separate paragraphs; when the text is
   * hard-wrapped (most lines end mid-sentence and run on into the next), lines between blank
   * lines are joined, else every line is a paragraph.
   */
  static List<String> paragraphs(List<String> lines) {
    int runOn = 0;
    int candidates = 0;
    for (int j = 0; j + 1 < lines.size(); j++) {
      String l = lines.get(j).strip();
      if (!l.isEmpty() && !lines.get(j + 1).isBlank()) {
        candidates++;
        if (!SENTENCE_END.matcher(l).find() && l.length() > 40) {
          runOn++;
        }
      }
    }
    boolean hardWrapped = candidates >= 3 && runOn > candidates / 2;
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        flush(current, out);
      } else if (hardWrapped) {
        current.append(current.length() == 0 ? "" : " ").append(l);
      } else {
        flush(current, out);
        current.append(l);
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** The publication date a "date" header line gives, for sniffing; null when none. */
  static @Nullable String headerDate(String firstLine) {
    Matcher m = HEADER_DATE.matcher(firstLine);
    return m.matches() ? m.group(1) : null;
  }
}
