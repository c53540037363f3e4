package org.parallax.story;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Outlet;
import org.parallax.model.analysis.FramingCue;

/**
 * Renders comparisons as Markdown, HTML or JSON (schema: {@code docs/SCHEMA.md}). Every cell
 * names its evidence: {@code [A1 120–131]} in Markdown (article A1, characters 120 to 131 of its
 * text), a link to the span in the article's text in HTML, offsets in JSON.
 */
public final class Reports {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NL = "\n";

  /**
   * One part of a report: a storyline (all its articles compared) or a single story.
   *
   * @param level {@code storyline} or {@code story}
   * @param stories the stories it holds (one for a story)
   */
  public record Section(String level, String storylineId, List<Story> stories,
      Comparison comparison) {
    public Section {
      if (!level.equals("storyline") && !level.equals("story")) {
        throw new IllegalArgumentException("level must be storyline or story, got " + level);
      }
      stories = List.copyOf(stories);
    }
  }

  private Reports() {}

  // ---- Markdown -------------------------------------------------------------------------------

  public static String markdown(List<Section> sections) {
    StringBuilder sb = new StringBuilder();
    for (Section s : sections) {
      markdown(s, sb);
    }
    return sb.toString();
  }

  private static void markdown(Section s, StringBuilder sb) {
    Comparison c = s.comparison();
    Map<String, String> tag = articleTags(c);
    Map<String, String> outletName = outletNames(c);
    sb.append("# ").append(s.level().equals("storyline") ? "Storyline" : "Story").append(": ")
        .append(md(c.label())).append(NL).append(NL);
    sb.append('`').append(c.id()).append('`');
    if (s.level().equals("storyline")) {
      sb.append(" — ").append(s.stories().size()).append(s.stories().size() == 1 ? " story" : " stories");
    }
    sb.append(", ").append(c.articles().size()).append(c.articles().size() == 1 ? " article" : " articles")
        .append(", ").append(c.outlets().size()).append(c.outlets().size() == 1 ? " outlet" : " outlets")
        .append(NL).append(NL);
    sb.append("## Articles").append(NL).append(NL);
    for (Comparison.ArticleRef a : c.articles()) {
      sb.append("- **").append(tag.get(a.id())).append("** ").append(md(outletName.get(a.outletId())))
          .append(", ").append(a.published() == null ? "date unknown" : a.published()).append(": ")
          .append(md(a.title() == null ? "(no title)" : a.title()))
          .append(a.url() == null || !a.url().matches("https?://[^\\s<>`]+") ? ""
              : " <" + a.url() + ">").append(" `").append(a.id())
          .append('`').append(NL);
    }
    if (s.level().equals("storyline") && s.stories().size() > 1) {
      sb.append(NL).append("Stories: ");
      List<String> parts = new ArrayList<>();
      for (Story st : s.stories()) {
        parts.add("`" + st.id() + "` (" + String.join(", ", st.articleIds().stream()
            .map(id -> tag.getOrDefault(id, id)).toList()) + ")");
      }
      sb.append(String.join("; ", parts)).append(NL);
    }
    sb.append(NL).append("## Outlets").append(NL).append(NL);
    sb.append("| outlet | country | kind | factuality | bias | articles |").append(NL);
    sb.append("|---|---|---|---|---|---|").append(NL);
    for (Comparison.OutletRow o : c.outlets()) {
      Outlet out = o.outlet();
      sb.append("| ").append(md(out.name())).append(" (").append(md(out.id())).append(") | ")
          .append(orDash(out.country())).append(" | ").append(out.kind().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(orDash(out.factuality())).append(" | ").append(orDash(out.bias()))
          .append(" | ").append(o.articles()).append(" |").append(NL);
    }
    sb.append(NL).append("## Timeline").append(NL).append(NL);
    boolean undatedHeader = false;
    List<String> minor = new ArrayList<>();
    for (Comparison.TimelineEntry t : c.timeline()) {
      if (minor(t)) {
        Comparison.EventReport r = t.reports().get(0);
        minor.add(t.type() + " “" + md(r.trigger().text()) + "”" + (t.date() == null ? ""
            : " (" + t.date() + ")") + " " + ref(tag, r.trigger()) + marks(r));
        continue;
      }
      if (t.date() == null && !undatedHeader) {
        sb.append(NL).append("Undated:").append(NL).append(NL);
        undatedHeader = true;
      }
      sb.append("- ").append(t.date() == null ? "date unknown" : "**" + t.date() + "** ("
          + t.precision() + datedBy(t) + ")").append(' ').append(t.type()).append(": ")
          .append(md(participants(t))).append(" — ");
      List<String> reps = new ArrayList<>();
      for (Comparison.EventReport r : t.reports()) {
        reps.add(md(outletName.get(r.outletId())) + " “" + md(r.trigger().text()) + "” "
            + ref(tag, r.trigger()) + (r.source() == null ? " narration" : " via " + md(r.source()))
            + marks(r) + (r.modality() == org.parallax.model.analysis.Event
                .Modality.ASSERTED ? "" : " " + r.modality().name().toLowerCase(Locale.ROOT)));
      }
      sb.append(String.join("; ", reps)).append(NL);
    }
    if (!minor.isEmpty()) {
      sb.append(NL).append("Also mentioned once, with no named participant: ")
          .append(String.join("; ", minor)).append(NL);
    }
    if (c.timeline().isEmpty()) {
      sb.append("No events found.").append(NL);
    }
    sb.append(NL).append("## Claim groups").append(NL).append(NL);
    List<String> outletIds = c.outlets().stream().map(o -> o.outlet().id()).toList();
    sb.append("| # | claim |");
    outletIds.forEach(o -> sb.append(' ').append(md(outletName.get(o))).append(" |"));
    sb.append(NL).append("|---|---|");
    outletIds.forEach(o -> sb.append("---|"));
    sb.append(NL);
    for (Comparison.ClaimGroup g : c.claimGroups()) {
      sb.append("| ").append(g.id()).append(g.contradiction() ? " ⚠" : "").append(" | ")
          .append(md(g.summary())).append(" |");
      for (String o : outletIds) {
        List<String> cell = new ArrayList<>();
        byStatus(g, o).forEach((st, claims) -> cell.add(status(st) + " " + String.join(" ",
            claims.stream().map(cl -> ref(tag, cl.content())).distinct().toList())));
        sb.append(' ').append(cell.isEmpty() ? status(Comparison.Status.ABSENT)
            : String.join("; ", cell)).append(" |");
      }
      sb.append(NL);
    }
    sb.append(NL).append("⚠ = contradiction: carried by one report, denied in another article's.")
        .append(NL);
    sb.append(NL).append("## Framing (actor × outlet)").append(NL).append(NL);
    sb.append("Own words = narration and paraphrase (the outlet's wording, also inside indirect"
        + " speech); quoted = inside a direct quote (the source's words).").append(NL).append(NL);
    Map<String, Map<String, List<Comparison.FramingRow>>> table = framingTable(c);
    if (outletIds.size() > SIDE_BY_SIDE) {
      // one row per actor and outlet that frames it, the outlets in the report's order
      sb.append("| actor | outlet | own words | quoted |").append(NL)
          .append("|---|---|---|---|").append(NL);
      table.forEach((actor, byOutlet) -> {
        String first = "**" + md(actor) + "**";
        for (String o : outletIds) {
          List<Comparison.FramingRow> rows = byOutlet.get(o);
          if (rows != null) {
            sb.append("| ").append(first).append(" | ").append(md(outletName.get(o)))
                .append(" | ").append(framingCell(rows, false, tag)).append(" | ")
                .append(framingCell(rows, true, tag)).append(" |").append(NL);
            first = "";
          }
        }
      });
    } else {
      sb.append("| actor |");
      outletIds.forEach(o -> sb.append(' ').append(md(outletName.get(o))).append(": own words | ")
          .append(md(outletName.get(o))).append(": quoted |"));
      sb.append(NL).append("|---|");
      outletIds.forEach(o -> sb.append("---|---|"));
      sb.append(NL);
      table.forEach((actor, byOutlet) -> {
        sb.append("| ").append(md(actor)).append(" |");
        for (String o : outletIds) {
          List<Comparison.FramingRow> rows = byOutlet.getOrDefault(o, List.of());
          sb.append(' ').append(framingCell(rows, false, tag)).append(" | ")
              .append(framingCell(rows, true, tag)).append(" |");
        }
        sb.append(NL);
      });
    }
    sb.append(NL).append("## Sourcing").append(NL);
    for (Comparison.SourcingProfile p : c.sourcing()) {
      sb.append(NL).append("### ").append(md(outletName.get(p.outletId()))).append(NL).append(NL);
      sb.append("Sources: ").append(p.categories().isEmpty() ? "none" : p.categories().toString()
          .replaceAll("[{}]", "")).append(byCountry(p)).append("; longest chain: ")
          .append(p.maxDepth()).append(NL).append(NL);
      for (Comparison.SourceNode n : p.chains()) {
        tree(n, 0, sb, tag);
      }
    }
    sb.append(NL);
  }

  private static void tree(Comparison.SourceNode n, int depth, StringBuilder sb,
      Map<String, String> tag) {
    String content = n.content().text().strip().replaceAll("\\s+", " ");
    if (content.length() > 110) {
      content = content.substring(0, 110) + "…";
    }
    sb.append("  ".repeat(depth)).append("- ").append(md(n.source())).append(" [")
        .append(n.category()).append(n.country() == null ? "" : ", " + md(n.country()))
        .append("] —").append(md(n.cue())).append("→ ")
        .append(n.negated() ? "not " : "")
        .append(n.stance().name().toLowerCase(Locale.ROOT)).append(": “").append(md(content))
        .append("” ").append(ref(tag, n.content())).append(NL);
    for (Comparison.SourceNode ch : n.children()) {
      tree(ch, depth + 1, sb, tag);
    }
  }

  /** One outlet's framing of one actor as two HTML cells: its own words, then quoted. */
  private static void htmlFramingCells(List<Comparison.FramingRow> rows, Map<String, String> tag,
      StringBuilder sb) {
    for (boolean quoted : new boolean[] {false, true}) {
      List<String> items = new ArrayList<>();
      for (Comparison.FramingRow r : rows) {
        if ((r.voice() == FramingCue.Voice.QUOTE) == quoted) {
          items.add(link(tag, r.evidence().get(0), shown(r)) + " ×" + r.count() + " <small>("
              + h(kind(r)) + ")</small>");
        }
      }
      sb.append("<td>").append(String.join("<br>", items)).append("</td>");
    }
  }

  private static String framingCell(List<Comparison.FramingRow> rows, boolean quoted,
      Map<String, String> tag) {
    List<String> out = new ArrayList<>();
    for (Comparison.FramingRow r : rows) {
      if ((r.voice() == FramingCue.Voice.QUOTE) != quoted) {
        continue;
      }
      String word = shown(r);
      out.add(md(word) + " ×" + r.count() + " (" + kind(r) + ") " + ref(tag, r.evidence().get(0)));
    }
    return out.isEmpty() ? "" : String.join("; ", out);
  }

  /**
   * A framing cell's words as shown: scare-quoted words in quotation marks, a naming variant as
   * the outlet wrote it ("Qasem Soleimani", "Kiev"; the row's label, which the JSON keeps, is
   * folded to lower case so that one spelling counts once however it is capitalised).
   */
  private static String shown(Comparison.FramingRow r) {
    return switch (r.kind()) {
      case SCARE_QUOTES -> "“" + r.label() + "”";
      case NAMING_VARIANT -> r.evidence().get(0).text();
      default -> r.label();
    };
  }

  private static String kind(Comparison.FramingRow r) {
    String k = r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return r.voice() == FramingCue.Voice.PARAPHRASE ? k + ", paraphrase" : k;
  }

  /**
   * Actor name → outlet → framing rows, the actors most outlets frame first (then most cues, then
   * by name: in a storyline of dozens of outlets the rows a reader compares are the actors every
   * outlet words its own way, not an alphabet of actors one outlet named once); cues without a
   * target last, under "(no target)".
   */
  private static Map<String, Map<String, List<Comparison.FramingRow>>> framingTable(
      Comparison c) {
    Map<String, Map<String, List<Comparison.FramingRow>>> t = new TreeMap<>();
    Map<String, Integer> cues = new HashMap<>();
    for (Comparison.FramingRow r : c.framing()) {
      String actor = r.targetName() == null ? NO_TARGET : r.targetName();
      t.computeIfAbsent(actor, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.outletId(), k -> new ArrayList<>()).add(r);
      cues.merge(actor, r.count(), Integer::sum);
    }
    List<String> order = new ArrayList<>(t.keySet());
    order.sort(Comparator.comparing((String a) -> a.equals(NO_TARGET))
        .thenComparing(a -> -t.get(a).size())
        .thenComparing(a -> -cues.get(a))
        .thenComparing(Comparator.naturalOrder()));
    Map<String, Map<String, List<Comparison.FramingRow>>> out = new LinkedHashMap<>();
    order.forEach(a -> out.put(a, t.get(a)));
    return out;
  }

  private static final String NO_TARGET = "(no target)";

  /**
   * Outlets up to which the framing table puts them side by side, two columns each; with more,
   * each actor has a row per outlet that frames it (eighteen outlets side by side made a table
   * of 37 columns that no screen shows).
   */
  static final int SIDE_BY_SIDE = 4;

  /** An event one report mentions with no named participant: listed in brief, after the rest. */
  static boolean minor(Comparison.TimelineEntry t) {
    return !t.named() && t.reports().size() == 1;
  }

  private static String participants(Comparison.TimelineEntry t) {
    StringBuilder sb = new StringBuilder();
    sb.append(t.actors().isEmpty() ? "?" : String.join(", ", t.actors()));
    if (!t.targets().isEmpty()) {
      sb.append(" → ").append(String.join(", ", t.targets()));
    }
    if (!t.locations().isEmpty()) {
      sb.append(" in ").append(String.join(", ", t.locations()));
    }
    return sb.toString();
  }

  /**
   * An outlet's claims in a group by status, in the order of {@link Comparison.Status}: an
   * outlet that carries a claim and reports its denial shows both, each with its evidence (the
   * group's {@code outlets} map keeps the first, for the JSON).
   */
  private static Map<Comparison.Status, List<Comparison.Claim>> byStatus(
      Comparison.ClaimGroup g, String outletId) {
    Map<Comparison.Status, List<Comparison.Claim>> out = new TreeMap<>();
    for (Comparison.Claim cl : g.claims()) {
      if (cl.outletId().equals(outletId)) {
        out.computeIfAbsent(cl.status(), k -> new ArrayList<>()).add(cl);
      }
    }
    return out;
  }

  /**
   * How many of a dated event's reports give its date, when not all do: "; dated by 1 of 30
   * reports" (the others give none, or another date the event's merge allowed).
   */
  private static String datedBy(Comparison.TimelineEntry t) {
    int by = Comparison.datedBy(t.date(), t.reports());
    return by >= t.reports().size() ? "" : "; dated by " + by + " of " + t.reports().size()
        + " reports";
  }

  /** What a report of an event says besides its words: " (not said)", " NEGATED". */
  private static String marks(Comparison.EventReport r) {
    return (r.notSaid() ? " (not said)" : "") + (r.negated() ? " NEGATED" : "");
  }

  private static String status(Comparison.Status s) {
    return switch (s) {
      case ASSERTED -> "asserted";
      case NAMED_SOURCE -> "named source";
      case UNNAMED_SOURCE -> "unnamed source";
      case DENIED -> "denied";
      case NOT_SAID -> "not said by source";
      case ABSENT -> "—";
    };
  }

  private static String ref(Map<String, String> tag, Evidence e) {
    return "[" + tag.getOrDefault(e.articleId(), e.articleId()) + " " + e.begin() + "–" + e.end()
        + "]";
  }

  private static Map<String, String> articleTags(Comparison c) {
    Map<String, String> tag = new HashMap<>();
    for (int i = 0; i < c.articles().size(); i++) {
      tag.put(c.articles().get(i).id(), "A" + (i + 1));
    }
    return tag;
  }

  private static Map<String, String> outletNames(Comparison c) {
    Map<String, String> n = new HashMap<>();
    c.outlets().forEach(o -> n.put(o.outlet().id(), o.outlet().name()));
    return n;
  }

  private static String orDash(@Nullable String s) {
    return s == null || s.isBlank() ? "—" : md(s);
  }

  /** Markdown-safe inline text: no table breaks, no line breaks, no stray markup. */
  static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
        .replace("`", "\\`").replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;")
        .replace(">", "&gt;").replace("\r", " ").replace("\n", " ");
  }

  // ---- HTML -----------------------------------------------------------------------------------

  public static String html(List<Section> sections) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Parallax report</title><style>"
        + "body{font-family:system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem}"
        + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.3rem;"
        + "vertical-align:top;text-align:left}.absent{color:#999}.warn{color:#b00}"
        + "pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}a.ev{font-size:.8em}"
        + ":target{background:#ff0}</style></head><body>\n");
    for (Section s : sections) {
      html(s, sb);
    }
    sb.append("</body></html>\n");
    return sb.toString();
  }

  private static void html(Section s, StringBuilder sb) {
    Comparison c = s.comparison();
    Map<String, String> tag = articleTags(c);
    Map<String, String> outletName = outletNames(c);
    List<String> outletIds = c.outlets().stream().map(o -> o.outlet().id()).toList();
    sb.append("<section id=\"").append(h(c.id())).append("\"><h1>")
        .append(s.level().equals("storyline") ? "Storyline" : "Story").append(": ")
        .append(h(c.label())).append("</h1><p><code>").append(h(c.id())).append("</code>, ")
        .append(c.articles().size()).append(" articles, ").append(c.outlets().size())
        .append(" outlets</p>\n");
    sb.append("<h2>Outlets</h2><table><tr><th>outlet</th><th>country</th><th>kind</th>"
        + "<th>factuality</th><th>bias</th><th>articles</th></tr>\n");
    for (Comparison.OutletRow o : c.outlets()) {
      Outlet out = o.outlet();
      sb.append("<tr><td>").append(h(out.name())).append(" (").append(h(out.id()))
          .append(")</td><td>").append(h(nz(out.country()))).append("</td><td>")
          .append(h(out.kind().name().toLowerCase(Locale.ROOT))).append("</td><td>")
          .append(h(nz(out.factuality()))).append("</td><td>").append(h(nz(out.bias())))
          .append("</td><td>").append(o.articles()).append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Timeline</h2><table><tr><th>date</th><th>event</th>"
        + "<th>participants</th><th>reported by</th></tr>\n");
    List<String> minor = new ArrayList<>();
    for (Comparison.TimelineEntry t : c.timeline()) {
      if (minor(t)) {
        Comparison.EventReport r = t.reports().get(0);
        minor.add(t.type() + " " + link(tag, r.trigger(), "“" + r.trigger().text() + "”")
            + (t.date() == null ? "" : " (" + h(t.date()) + ")") + h(marks(r)));
        continue;
      }
      sb.append("<tr><td>").append(t.date() == null ? "<i>unknown</i>" : h(t.date()) + " ("
          + t.precision() + datedBy(t) + ")").append("</td><td>").append(t.type())
          .append("</td><td>")
          .append(h(participants(t))).append("</td><td>");
      List<String> reps = new ArrayList<>();
      for (Comparison.EventReport r : t.reports()) {
        reps.add(h(outletName.get(r.outletId())) + " " + link(tag, r.trigger(), "“"
            + r.trigger().text() + "”") + (r.source() == null ? " (narration)" : " (via "
            + h(r.source()) + (r.notSaid() ? ", not said" : "") + ")")
            + (r.source() == null && r.notSaid() ? " (not said)" : "")
            + (r.negated() ? " <b>negated</b>" : ""));
      }
      sb.append(String.join("<br>", reps)).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    if (!minor.isEmpty()) {
      sb.append("<p>Also mentioned once, with no named participant: ")
          .append(String.join("; ", minor)).append("</p>\n");
    }
    sb.append("<h2>Claim groups</h2><table><tr><th>#</th><th>claim</th>");
    outletIds.forEach(o -> sb.append("<th>").append(h(outletName.get(o))).append("</th>"));
    sb.append("</tr>\n");
    for (Comparison.ClaimGroup g : c.claimGroups()) {
      sb.append("<tr><td>").append(g.id()).append(g.contradiction()
          ? " <span class=\"warn\" title=\"contradiction\">⚠</span>" : "").append("</td><td>")
          .append(h(g.summary())).append("</td>");
      for (String o : outletIds) {
        Map<Comparison.Status, List<Comparison.Claim>> statuses = byStatus(g, o);
        sb.append(statuses.isEmpty() ? "<td class=\"absent\">" + h(status(
            Comparison.Status.ABSENT)) : "<td>");
        String sep = "";
        for (Map.Entry<Comparison.Status, List<Comparison.Claim>> e : statuses.entrySet()) {
          sb.append(sep).append(h(status(e.getKey())));
          e.getValue().stream().map(Comparison.Claim::content).distinct().forEach(ev -> sb
              .append(' ').append(link(tag, ev, "[" + tag.get(ev.articleId()) + "]")));
          sep = "; ";
        }
        sb.append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<h2>Framing (actor × outlet)</h2><table><tr><th>actor</th>");
    boolean wide = outletIds.size() > SIDE_BY_SIDE;
    if (wide) {
      sb.append("<th>outlet</th><th>own words</th><th>quoted</th>");
    } else {
      outletIds.forEach(o -> sb.append("<th>").append(h(outletName.get(o)))
          .append(": own words</th><th>").append(h(outletName.get(o))).append(": quoted</th>"));
    }
    sb.append("</tr>\n");
    framingTable(c).forEach((actor, byOutlet) -> {
      if (wide) {
        // one row per outlet that frames the actor, the actor's cell spanning them
        List<String> framing = outletIds.stream().filter(byOutlet::containsKey).toList();
        for (int i = 0; i < framing.size(); i++) {
          sb.append("<tr>");
          if (i == 0) {
            sb.append("<td rowspan=\"").append(framing.size()).append("\">").append(h(actor))
                .append("</td>");
          }
          sb.append("<td>").append(h(outletName.get(framing.get(i)))).append("</td>");
          htmlFramingCells(byOutlet.get(framing.get(i)), tag, sb);
          sb.append("</tr>\n");
        }
        return;
      }
      sb.append("<tr><td>").append(h(actor)).append("</td>");
      for (String o : outletIds) {
        htmlFramingCells(byOutlet.getOrDefault(o, List.of()), tag, sb);
      }
      sb.append("</tr>\n");
    });
    sb.append("</table>\n<h2>Sourcing</h2>\n");
    for (Comparison.SourcingProfile p : c.sourcing()) {
      sb.append("<h3>").append(h(outletName.get(p.outletId()))).append("</h3><p>")
          .append(h(p.categories().toString().replaceAll("[{}]", "") + byCountry(p)))
          .append("; longest chain: ")
          .append(p.maxDepth()).append("</p><ul>\n");
      for (Comparison.SourceNode n : p.chains()) {
        htmlTree(n, sb, tag);
      }
      sb.append("</ul>\n");
    }
    sb.append("<h2>Articles</h2>\n");
    for (Comparison.ArticleRef a : c.articles()) {
      sb.append("<h3>").append(tag.get(a.id())).append(": ").append(h(a.title() == null
          ? "(no title)" : a.title())).append("</h3><p>").append(h(outletName.get(a.outletId())))
          .append(", ").append(a.published() == null ? "date unknown" : h(a.published()))
          .append(" <code>").append(h(a.id())).append("</code></p><pre>");
      articleText(a, c, sb);
      sb.append("</pre>\n");
    }
    sb.append("</section>\n");
  }

  private static void htmlTree(Comparison.SourceNode n, StringBuilder sb, Map<String, String> tag) {
    String content = n.content().text().strip();
    if (content.length() > 160) {
      content = content.substring(0, 160) + "…";
    }
    sb.append("<li>").append(h(n.source())).append(" <small>[").append(h(n.category()))
        .append(n.country() == null ? "" : ", " + h(n.country())).append("]</small> — ").append(h(n.cue())).append(" → ")
        .append(n.negated() ? "not " : "").append(n.stance().name().toLowerCase(Locale.ROOT))
        .append(": ")
        .append(link(tag, n.content(), "“" + content + "”"));
    if (!n.children().isEmpty()) {
      sb.append("<ul>");
      n.children().forEach(ch -> htmlTree(ch, sb, tag));
      sb.append("</ul>");
    }
    sb.append("</li>\n");
  }

  /** The article's text with an anchor at the start of every evidence span the report cites. */
  private static void articleText(Comparison.ArticleRef a, Comparison c, StringBuilder sb) {
    TreeMap<Integer, List<String>> anchors = new TreeMap<>();
    List<Evidence> all = new ArrayList<>();
    c.timeline().forEach(t -> t.reports().forEach(r -> all.add(r.trigger())));
    c.claimGroups().forEach(g -> g.claims().forEach(cl -> all.add(cl.content())));
    c.framing().forEach(f -> all.addAll(f.evidence()));
    c.sourcing().forEach(p -> p.chains().forEach(n -> collect(n, all)));
    for (Evidence e : all) {
      if (e.articleId().equals(a.id()) && e.begin() <= a.text().length()) {
        List<String> at = anchors.computeIfAbsent(e.begin(), k -> new ArrayList<>());
        if (!at.contains(e.anchor())) {
          at.add(e.anchor());
        }
      }
    }
    int pos = 0;
    for (Map.Entry<Integer, List<String>> e : anchors.entrySet()) {
      sb.append(h(a.text().substring(pos, e.getKey())));
      for (String id : e.getValue()) {
        sb.append("<a id=\"").append(h(id)).append("\"></a>");
      }
      pos = e.getKey();
    }
    sb.append(h(a.text().substring(pos)));
  }

  private static void collect(Comparison.SourceNode n, List<Evidence> into) {
    into.add(n.content());
    n.children().forEach(ch -> collect(ch, into));
  }

  private static String link(Map<String, String> tag, Evidence e, String text) {
    return "<a class=\"ev\" href=\"#" + h(e.anchor()) + "\" title=\"" + h(tag.getOrDefault(
        e.articleId(), e.articleId()) + " " + e.begin() + "–" + e.end()) + "\">" + h(text)
        + "</a>";
  }

  static String h(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "—" : s;
  }

  // ---- JSON -----------------------------------------------------------------------------------

  /** {@code {"stories": [...]}}: one object per section (docs/SCHEMA.md). */
  public static String json(List<Section> sections) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode arr = root.putArray("stories");
    for (Section s : sections) {
      arr.add(json(s));
    }
    return root.toString();
  }

  static ObjectNode json(Section s) {
    Comparison c = s.comparison();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("level", s.level());
    o.put("storyline", s.storylineId());
    o.put("label", c.label());
    ArrayNode stories = o.putArray("stories");
    for (Story st : s.stories()) {
      ObjectNode n = stories.addObject();
      n.put("id", st.id());
      st.articleIds().forEach(n.putArray("articles")::add);
    }
    ArrayNode articles = o.putArray("articles");
    for (Comparison.ArticleRef a : c.articles()) {
      articles.addObject().put("id", a.id()).put("outlet", a.outletId()).put("title", a.title())
          .put("published", a.published()).put("url", a.url());
    }
    ArrayNode outlets = o.putArray("outlets");
    for (Comparison.OutletRow r : c.outlets()) {
      Outlet out = r.outlet();
      outlets.addObject().put("id", out.id()).put("name", out.name()).put("country",
          out.country()).put("kind", out.kind().name().toLowerCase(Locale.ROOT))
          .put("factuality", out.factuality()).put("bias", out.bias()).put("articles",
              r.articles());
    }
    ArrayNode timeline = o.putArray("timeline");
    for (Comparison.TimelineEntry t : c.timeline()) {
      ObjectNode n = timeline.addObject();
      n.put("date", t.date());
      n.put("precision", t.precision());
      n.put("type", t.type().name());
      n.put("named", t.named());
      t.actors().forEach(n.putArray("actors")::add);
      t.targets().forEach(n.putArray("targets")::add);
      t.locations().forEach(n.putArray("locations")::add);
      ArrayNode reps = n.putArray("reports");
      for (Comparison.EventReport r : t.reports()) {
        ObjectNode rn = reps.addObject();
        rn.put("outlet", r.outletId());
        rn.set("trigger", evidence(r.trigger()));
        rn.put("source", r.source());
        rn.put("negated", r.negated());
        rn.put("notSaid", r.notSaid());
        rn.put("modality", r.modality().name());
        rn.put("date", r.date());
      }
      n.put("datedBy", Comparison.datedBy(t.date(), t.reports()));
    }
    ArrayNode groups = o.putArray("claimGroups");
    for (Comparison.ClaimGroup g : c.claimGroups()) {
      ObjectNode n = groups.addObject();
      n.put("id", g.id());
      n.put("summary", g.summary());
      ObjectNode st = n.putObject("outlets");
      g.outlets().forEach((k, v) -> st.put(k, v.name().toLowerCase(Locale.ROOT)));
      n.put("contradiction", g.contradiction());
      ArrayNode claims = n.putArray("claims");
      for (Comparison.Claim cl : g.claims()) {
        ObjectNode cn = claims.addObject();
        cn.put("outlet", cl.outletId());
        cn.put("status", cl.status().name().toLowerCase(Locale.ROOT));
        cn.put("source", cl.source());
        cn.put("sourceEntity", cl.sourceEntity());
        cn.set("content", evidence(cl.content()));
      }
    }
    ObjectNode framing = o.putObject("framing");
    for (Comparison.FramingRow r : c.framing()) {
      ObjectNode byOutlet = framing.has(r.outletId()) ? (ObjectNode) framing.get(r.outletId())
          : framing.putObject(r.outletId());
      String target = r.target() == null ? "_none" : r.target();
      ArrayNode cells = byOutlet.has(target) ? (ArrayNode) byOutlet.get(target)
          : byOutlet.putArray(target);
      ObjectNode cell = cells.addObject();
      cell.put("label", r.label());
      cell.put("kind", r.kind().name());
      cell.put("voice", r.voice().name().toLowerCase(Locale.ROOT));
      cell.put("count", r.count());
      ArrayNode ev = cell.putArray("evidence");
      r.evidence().forEach(e -> ev.add(evidence(e)));
    }
    ArrayNode sourcing = o.putArray("sourcing");
    for (Comparison.SourcingProfile p : c.sourcing()) {
      ObjectNode n = sourcing.addObject();
      n.put("outlet", p.outletId());
      ObjectNode cats = n.putObject("categories");
      p.categories().forEach(cats::put);
      ObjectNode countries = n.putObject("countries");
      p.countries().forEach(countries::put);
      n.put("maxDepth", p.maxDepth());
      ArrayNode chains = n.putArray("chains");
      p.chains().forEach(ch -> chains.add(node(ch)));
    }
    return o;
  }

  /** "; by country: Russia 3, Mali 1", or nothing when no source's country is known. */
  private static String byCountry(Comparison.SourcingProfile p) {
    if (p.countries().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    p.countries().forEach((country, n) -> parts.add(country + " " + n));
    return "; by country: " + String.join(", ", parts);
  }

  private static ObjectNode node(Comparison.SourceNode n) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("source", n.source());
    o.put("entity", n.entity());
    o.put("category", n.category());
    o.put("country", n.country());
    o.put("cue", n.cue());
    o.put("stance", n.stance().name());
    o.put("negated", n.negated());
    o.set("content", evidence(n.content()));
    ArrayNode ch = o.putArray("children");
    n.children().forEach(c -> ch.add(node(c)));
    return o;
  }

  private static ObjectNode evidence(Evidence e) {
    return MAPPER.createObjectNode().put("article", e.articleId()).put("begin", e.begin())
        .put("end", e.end()).put("text", e.text());
  }
}
