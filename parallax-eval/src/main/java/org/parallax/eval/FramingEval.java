package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;

/**
 * Framing cues scored on BASIL (Fan et al. 2019): Fox News, New York Times and HuffPost articles
 * on the same events, whose annotators marked the words and phrases that frame an actor
 * (lexical bias), each with the actor it frames ({@code target}) and whether it stands inside a
 * quotation ({@code quote}), and the longer informational-bias spans with the same two marks.
 * Three scores:
 *
 * <ul>
 *   <li><b>targets</b>: for each lexical-bias span aimed directly at an actor, the entity
 *       Parallax gives a loaded word there ({@code Analyzer.read}) against the annotated actor.
 *       Precision over the spans Parallax gives an entity, recall over all of them;
 *   <li><b>quoted voice</b>: for every span with a quote mark (lexical and informational), whether
 *       Parallax puts a word there in the QUOTE voice, as precision, recall and F1 of "quoted";
 *   <li><b>lexical-bias spans</b>: the cues Parallax finds by itself (loaded terms, labels, scare
 *       quotes) against the lexical-bias spans, with the partial-overlap credit of the PTC task.
 * </ul>
 *
 * <p>The texts are the articles' sentences joined by spaces, paragraphs by blank lines, as the
 * clustering evaluation builds them; headline spans are left out (Parallax frames the body).
 * Halves by year, whole events together: {@code dev} is 2010-2013, {@code train} 2014-2017 (held
 * out), {@code test} 2018-2019 (not shipped in the development copy).
 */
public final class FramingEval {
  /**
   * What Parallax makes of one text.
   *
   * @param cues the framing cues it finds
   * @param entities its entities (the targets' names)
   * @param atSpans its reading of each asked span, in the order asked
   */
  public record Reading(List<FramingCue> cues, List<Entity> entities, List<FramingCue> atSpans) {}

  /** One annotated span: offsets into the built text, its kind, voice and target. */
  record Gold(int begin, int end, String text, boolean lexical, boolean quote, boolean direct,
      String target) {}

  /** One article: its name, built text and annotated spans. */
  record Doc(String name, String text, List<Gold> gold) {}

  /** Words of an actor's name too common to tell two actors apart. */
  private static final Set<String> GENERIC = Set.of("the", "and", "of", "for", "administration",
      "campaign", "government", "party", "house", "committee", "department", "office", "state",
      "states", "united", "national", "new", "american", "americans", "city", "county", "group");

  private FramingEval() {}

  public static EvalReport run(Path dataDir, EventEval.Split split,
      BiFunction<String, List<int[]>, Reading> read, Consumer<String> verbose)
      throws IOException {
    List<Doc> docs = docs(dataDir, split);
    int targetGold = 0;
    int targetGiven = 0;
    int targetRight = 0;
    int quoteTp = 0;
    int quoteFp = 0;
    int quoteFn = 0;
    PropagandaEval.Overlap spans = new PropagandaEval.Overlap();
    for (Doc d : docs) {
      List<int[]> asked = d.gold().stream().map(g -> new int[] {g.begin(), g.end()}).toList();
      Reading r = read.apply(d.text(), asked);
      if (r.atSpans().size() != asked.size()) {
        throw new IllegalStateException("asked about " + asked.size() + " spans of " + d.name()
            + ", got " + r.atSpans().size() + " readings");
      }
      List<int[]> predicted = new ArrayList<>();
      for (FramingCue c : r.cues()) {
        if (c.kind() == FramingCue.Kind.LOADED_TERM || c.kind() == FramingCue.Kind.LABEL
            || c.kind() == FramingCue.Kind.SCARE_QUOTES) {
          predicted.add(new int[] {c.begin(), c.end()});
        }
      }
      spans.add(PropagandaEval.distinct(predicted), d.gold().stream().filter(Gold::lexical)
          .map(g -> new int[] {g.begin(), g.end()}).toList());
      for (int i = 0; i < asked.size(); i++) {
        Gold g = d.gold().get(i);
        FramingCue ours = r.atSpans().get(i);
        boolean quoted = ours.voice() == FramingCue.Voice.QUOTE;
        quoteTp += quoted && g.quote() ? 1 : 0;
        quoteFp += quoted && !g.quote() ? 1 : 0;
        quoteFn += !quoted && g.quote() ? 1 : 0;
        if (quoted != g.quote()) {
          verbose.accept(d.name() + ": voice «" + g.text() + "» gold " + (g.quote() ? "quoted"
              : "not quoted") + ", ours " + ours.voice());
        }
        if (!g.lexical() || !g.direct() || g.target().isBlank()) {
          continue;
        }
        targetGold++;
        // a capital standing for its country gives the country's id, which may have no entity
        // of its own in the article: it is read by its id's words
        Entity e = ours.target() == null ? null : r.entities().stream()
            .filter(x -> x.id().equals(ours.target())).findFirst()
            .orElse(new Entity(ours.target(), ours.target().replaceAll("^[a-z]+:", "")
                .replace('-', ' '), org.parallax.model.analysis.EntityType.MISC, null, List.of(),
                List.of()));
        boolean right = e != null && sameActor(g.target(), e);
        targetGiven += ours.target() != null ? 1 : 0;
        targetRight += right ? 1 : 0;
        if (!right) {
          verbose.accept(d.name() + ": target «" + g.text() + "» gold " + g.target() + ", ours "
              + (ours.target() == null ? "none" : ours.target()) + " in «"
              + context(d.text(), g.begin(), g.end()) + "»");
        }
      }
    }
    double tp = targetGiven == 0 ? 0 : (double) targetRight / targetGiven;
    double tr = targetGold == 0 ? 0 : (double) targetRight / targetGold;
    EvalReport targets = new EvalReport(String.format(Locale.ROOT,
        "targets (%d lexical-bias spans aimed at an actor, %d given one)", targetGold,
        targetGiven), tp, tr, EvalReport.f1(tp, tr), docs.size(), List.of());
    double qp = quoteTp + quoteFp == 0 ? 0 : (double) quoteTp / (quoteTp + quoteFp);
    double qr = quoteTp + quoteFn == 0 ? 0 : (double) quoteTp / (quoteTp + quoteFn);
    EvalReport voice = new EvalReport(String.format(Locale.ROOT,
        "quoted voice (%d spans, %d quoted)", docs.stream().mapToInt(d -> d.gold().size()).sum(),
        quoteTp + quoteFn), qp, qr, EvalReport.f1(qp, qr), docs.size(), List.of());
    EvalReport lexical = spans.report("lexical-bias spans found", docs.size());
    return new EvalReport("framing (BASIL " + split + ", targets)", targets.precision(),
        targets.recall(), targets.f1(), docs.size(), List.of(targets, voice, lexical));
  }

  /**
   * Whether entity {@code e} is the actor BASIL names {@code target} ("Barack_Obama",
   * "Obama's_administration", "House_Democrats"): a word of the target's name, other than the
   * generic ones, is a word of the entity's name, of a spelling of it or of a mention by name.
   */
  static boolean sameActor(String target, Entity e) {
    List<String> wanted = words(target.replace('_', ' '));
    List<String> specific = wanted.stream().filter(w -> !GENERIC.contains(w)).toList();
    Set<String> names = new HashSet<>(words(e.name()));
    e.variants().forEach(v -> names.addAll(words(v.text())));
    for (Mention m : e.mentions()) {
      if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT) {
        names.addAll(words(m.text()));
      }
    }
    if (specific.isEmpty()) {
      return names.containsAll(wanted) && !wanted.isEmpty();
    }
    return specific.stream().anyMatch(names::contains);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}]+")) {
      if (w.length() >= 3) {
        out.add(w);
      }
    }
    return out;
  }

  private static String context(String text, int begin, int end) {
    int from = Math.max(0, begin - 80);
    int to = Math.min(text.length(), end + 40);
    return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ')
        + (to < text.length() ? "…" : "");
  }

  /** The articles of {@code split} with their annotated spans, in file order. */
  static List<Doc> docs(Path dataDir, EventEval.Split split) throws IOException {
    Path articles = dataDir.resolve("articles");
    Path annotations = dataDir.resolve("annotations");
    if (!Files.isDirectory(articles) || !Files.isDirectory(annotations)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected BASIL with articles/<year>/*.json and annotations/<year>/*_ann.json");
    }
    int from = switch (split) {
      case dev -> 2010;
      case train -> 2014;
      case test -> 2018;
    };
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).filter(p -> {
        String y = p.getParent().getFileName().toString();
        if (!y.matches("\\d{4}")) {
          return false;
        }
        int year = Integer.parseInt(y);
        return year >= from && year < from + (split == EventEval.Split.test ? 2 : 4);
      }).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--data " + dataDir + ": no BASIL articles of the "
          + split + " years (" + from + "-" + (from + (split == EventEval.Split.test ? 1 : 3))
          + "); the development copy holds 2010-2017");
    }
    ObjectMapper json = new ObjectMapper();
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode article = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
      StringBuilder text = new StringBuilder();
      List<Integer> sentenceStart = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      for (JsonNode para : article.path("body-paragraphs")) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        boolean first = true;
        for (JsonNode s : para) {
          if (!first) {
            text.append(' ');
          }
          first = false;
          sentenceStart.add(text.length());
          sentences.add(s.asText());
          text.append(s.asText());
        }
      }
      String name = f.getFileName().toString().replace(".json", "");
      Path ann = annotations.resolve(f.getParent().getFileName().toString())
          .resolve(name + "_ann.json");
      List<Gold> gold = new ArrayList<>();
      if (Files.exists(ann)) {
        for (JsonNode a : json.readTree(Files.readString(ann, StandardCharsets.UTF_8))
            .path("phrase-level-annotations")) {
          Gold g = gold(a, sentenceStart, sentences, name);
          if (g != null) {
            gold.add(g);
          }
        }
      }
      out.add(new Doc(name, text.toString(), gold));
    }
    return out;
  }

  /** One annotation as a span of the built text; null for headline spans. */
  private static @Nullable Gold gold(JsonNode a, List<Integer> sentenceStart,
      List<String> sentences, String name) {
    String id = a.path("id").asText();
    if (!id.matches("p\\d+")) {
      return null; // the headline: not part of the body Parallax frames
    }
    int s = Integer.parseInt(id.substring(1));
    int start = a.path("start").asInt();
    int end = a.path("end").asInt();
    if (s >= sentences.size() || start < 0 || end < start || end > sentences.get(s).length()) {
      throw new IllegalArgumentException(name + "_ann.json: span " + id + " [" + start + ", "
          + end + ") lies outside its sentence");
    }
    int base = sentenceStart.get(s);
    return new Gold(base + start, base + end, sentences.get(s).substring(start, end),
        a.path("bias").asText().equals("lex"), a.path("quote").asText().equals("yes"),
        a.path("aim").asText().equals("dir"), a.path("target").asText());
  }
}
