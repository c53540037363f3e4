package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Analysis;
import org.parallax.story.ArticleFeatures;
import org.parallax.story.LinkerConfig;
import org.parallax.story.Story;
import org.parallax.story.StoryLinker;

/**
 * Story clustering scored with B³ against gold document clusters: ECB+ (sub-topics as gold
 * stories, topics as gold storylines; no publication dates) and BASIL (the three outlets'
 * articles on one event as a gold story; dated). The articles are analysed, turned into {@link
 * ArticleFeatures} and linked one by one in file order (ECB+) or date order (BASIL), exactly as
 * the product links them.
 */
public final class ClusteringEval {
  /** One article with its gold story and storyline ({@code goldLine} null where none is given). */
  public record Item(ArticleFeatures features, String goldStory, @Nullable String goldLine) {}

  private ClusteringEval() {}

  /**
   * The ECB+ documents of {@code split}, analysed, each with the embedding of its text where
   * {@code embed} is given (null: terms alone).
   */
  public static List<Item> ecbPlus(Path dataDir, EventEval.Split split,
      Function<String, Analysis> analyze, @Nullable Function<String, float[]> embed)
      throws IOException {
    List<Path> files = EventEval.files(dataDir, split);
    List<Item> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".xml", "");
      EventEval.Doc doc = EventEval.read(f, java.util.Set.of());
      Analysis a = analyze.apply(doc.text());
      int topic = EventEval.topic(f);
      String sub = topic + (name.endsWith("ecbplus") ? "plus" : "");
      out.add(new Item(embedded(ArticleFeatures.of(name, "ecbplus", null, null, doc.text(), a),
          null, doc.text(), embed), sub, String.valueOf(topic)));
    }
    return out;
  }

  /**
   * The BASIL articles of {@code split} ({@code dev}: 2010–2017, {@code test}: 2018–2019, as the
   * dataset's provenance suggests: whole triplets held out), analysed, in date order, each with
   * the embedding of its title and text where {@code embed} is given.
   */
  public static List<Item> basil(Path dataDir, EventEval.Split split,
      Function<String, Analysis> analyze, @Nullable Function<String, float[]> embed)
      throws IOException {
    Path articles = dataDir.resolve("articles");
    if (!Files.isDirectory(articles)) {
      throw new IllegalArgumentException("--data " + dataDir
          + ": expected BASIL with articles/<year>/*.json");
    }
    if (split == EventEval.Split.train) {
      throw new IllegalArgumentException("--split train: BASIL has no training half here; use dev"
          + " (2010-2017) or test (2018-2019)");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".json")).filter(p -> {
        int year = Integer.parseInt(p.getParent().getFileName().toString());
        return split == EventEval.Split.dev ? year <= 2017 : year >= 2018;
      }).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--data " + dataDir + ": no BASIL articles of the "
          + split + " years (" + (split == EventEval.Split.dev ? "2010-2017" : "2018-2019")
          + ") in articles/; a held-out half is not shipped with the development copy");
    }
    ObjectMapper json = new ObjectMapper();
    record Raw(String name, String outlet, @Nullable LocalDate date, String title, String text,
        String triplet) {}
    List<Raw> raws = new ArrayList<>();
    for (Path f : files) {
      JsonNode o = json.readTree(Files.readString(f, StandardCharsets.UTF_8));
      StringBuilder text = new StringBuilder();
      for (JsonNode para : o.path("body-paragraphs")) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        List<String> sentences = new ArrayList<>();
        para.forEach(s -> sentences.add(s.asText()));
        text.append(String.join(" ", sentences));
      }
      LocalDate date;
      try {
        date = LocalDate.parse(o.path("date").asText());
      } catch (DateTimeParseException e) {
        date = null;
      }
      raws.add(new Raw(f.getFileName().toString(), o.path("source").asText()
          .toLowerCase(Locale.ROOT), date, o.path("title").asText(), text.toString(),
          o.path("triplet-uuid").asText()));
    }
    raws.sort(Comparator.comparing((Raw r) -> r.date() == null ? LocalDate.MIN : r.date())
        .thenComparing(Raw::name));
    List<Item> out = new ArrayList<>();
    for (Raw r : raws) {
      Analysis a = analyze.apply(r.text());
      out.add(new Item(embedded(ArticleFeatures.of(r.name(), r.outlet(), r.date(), r.title(),
          r.text(), a), r.title(), r.text(), embed), r.triplet(), null));
    }
    return out;
  }

  /** {@code f} with the embedding of its title and text, when {@code embed} is given. */
  static ArticleFeatures embedded(ArticleFeatures f, @Nullable String title, String text,
      @Nullable Function<String, float[]> embed) {
    return embed == null ? f : f.withEmbedding(embed.apply(ArticleFeatures.embeddingText(title,
        text)));
  }

  /**
   * Links {@code items} in order with {@code cfg} and scores stories (and storylines, where gold
   * ones exist) with B³.
   */
  public static EvalReport score(String dataset, List<Item> items, LinkerConfig cfg) {
    StoryLinker linker = StoryLinker.linkAll(cfg, items.stream().map(Item::features).toList());
    Map<String, String> story = new HashMap<>();
    Map<String, String> line = new HashMap<>();
    List<Story> stories = linker.stories();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        story.put(id, s.id());
        line.put(id, s.storylineId());
      }
    }
    List<String> ids = items.stream().map(i -> i.features().articleId()).toList();
    double[] st = bcubed(items.stream().map(Item::goldStory).toList(),
        ids.stream().map(story::get).toList());
    List<EvalReport> parts = new ArrayList<>();
    long goldStories = items.stream().map(Item::goldStory).distinct().count();
    parts.add(new EvalReport(String.format(Locale.ROOT, "stories B³ (%d predicted, %d gold)",
        stories.size(), goldStories), st[0], st[1], st[2], items.size(), List.of()));
    if (items.stream().allMatch(i -> i.goldLine() != null)) {
      double[] sl = bcubed(items.stream().map(i -> (String) i.goldLine()).toList(),
          ids.stream().map(line::get).toList());
      parts.add(new EvalReport(String.format(Locale.ROOT, "storylines B³ (%d predicted, %d gold)",
          stories.stream().map(Story::storylineId).distinct().count(),
          items.stream().map(Item::goldLine).distinct().count()), sl[0], sl[1], sl[2],
          items.size(), List.of()));
    }
    return new EvalReport("clustering (" + dataset + ", stories B³)", st[0], st[1], st[2],
        items.size(), parts);
  }

  /**
   * {@link #score} over {@code orders} shuffles of {@code items} (seeds 1, 2, …): the mean of
   * each part's precision, recall and F1, the lowest and highest F1 in its name. A collection with
   * no dates is linked in an order that means nothing (ECB+ in file order, topic by topic); how
   * much the figures move with it belongs beside them.
   */
  public static List<EvalReport> shuffled(String dataset, List<Item> items, LinkerConfig cfg,
      int orders) {
    List<List<EvalReport>> runs = new ArrayList<>();
    for (int seed = 1; seed <= orders; seed++) {
      List<Item> order = new ArrayList<>(items);
      java.util.Collections.shuffle(order, new java.util.Random(seed));
      runs.add(score(dataset, order, cfg).parts());
    }
    List<EvalReport> out = new ArrayList<>();
    for (int part = 0; part < runs.get(0).size(); part++) {
      double p = 0;
      double r = 0;
      double f = 0;
      double lo = 1;
      double hi = 0;
      for (List<EvalReport> run : runs) {
        EvalReport e = run.get(part);
        p += e.precision();
        r += e.recall();
        f += e.f1();
        lo = Math.min(lo, e.f1());
        hi = Math.max(hi, e.f1());
      }
      String what = runs.get(0).get(part).task().replaceAll(" \\(.*", "");
      out.add(new EvalReport(String.format(Locale.ROOT, "%s, mean of %d shuffled orders (F1"
          + " %.3f to %.3f)", what, orders, lo, hi), p / orders, r / orders, f / orders,
          items.size(), List.of()));
    }
    return out;
  }

  /** One line per predicted story: its id, storyline and the gold story of each member. */
  public static List<String> explain(List<Item> items, LinkerConfig cfg) {
    StoryLinker linker = StoryLinker.linkAll(cfg, items.stream().map(Item::features).toList());
    Map<String, String> gold = new HashMap<>();
    for (Item i : items) {
      gold.put(i.features().articleId(), i.goldStory());
    }
    List<String> out = new ArrayList<>();
    for (Story s : linker.stories()) {
      out.add(s.storylineId() + " " + s.id() + ": " + s.articleIds().stream()
          .map(id -> id + "=" + gold.get(id)).toList());
    }
    return out;
  }

  /** B³ precision, recall and F1 of {@code predicted} against {@code gold} (same item order). */
  public static double[] bcubed(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " items, predicted "
          + predicted.size());
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.size(); i++) {
      int common = both.get(gold.get(i) + "\u0000" + predicted.get(i));
      p += (double) common / predSize.get(predicted.get(i));
      r += (double) common / goldSize.get(gold.get(i));
    }
    int n = gold.size();
    double precision = n == 0 ? 0 : p / n;
    double recall = n == 0 ? 0 : r / n;
    return new double[] {precision, recall, EvalReport.f1(precision, recall)};
  }
}
