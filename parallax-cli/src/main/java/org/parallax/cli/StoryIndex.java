package org.parallax.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parallax.analysis.Analyzer;
import org.parallax.ingest.OutletRegistry;
import org.parallax.model.Article;
import org.parallax.model.Outlet;
import org.parallax.model.analysis.Analysis;
import org.parallax.story.Analysed;
import org.parallax.story.ArticleFeatures;
import org.parallax.story.Comparison;
import org.parallax.story.LinkerConfig;
import org.parallax.story.Reports;
import org.parallax.story.Story;
import org.parallax.story.StoryLinker;
import org.parallax.store.SqliteStore;

/**
 * The stories of a store: every analysed article, linked in publication order (undated articles
 * after the dated ones, each group in the order stored), so the same store always gives the same
 * stories and ids.
 */
final class StoryIndex {
  final List<Story> stories;
  final Map<String, Analysed> articles;
  private final OutletRegistry registry;
  private final java.util.function.Function<String, float @Nullable []> claimEmbedding;

  private StoryIndex(List<Story> stories, Map<String, Analysed> articles,
      OutletRegistry registry, java.io.PrintWriter err) {
    this.stories = stories;
    this.articles = articles;
    this.registry = registry;
    this.claimEmbedding = Embeddings.claims(err);
  }

  /**
   * Links every analysed article of {@code store}; embeddings missing from the store (articles
   * analysed before they were made) are made and stored first, with problems reported on
   * {@code err}.
   */
  static StoryIndex build(SqliteStore store, OutletRegistry registry, java.io.PrintWriter err) {
    List<Analysed> all = new ArrayList<>();
    for (String id : store.analysedArticleIds(Analyzer.STORE_KEY)) {
      Optional<Article> a = store.get(id);
      Optional<Analysis> an = store.analysis(id, Analyzer.STORE_KEY).map(AnalysisJson::load);
      if (a.isPresent() && an.isPresent()) {
        all.add(new Analysed(withRegistryFacts(a.get(), registry), an.get()));
      }
    }
    all.sort(Comparator.comparing((Analysed x) -> x.article().published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, Analysed> byId = new LinkedHashMap<>();
    List<ArticleFeatures> features = new ArrayList<>();
    for (Analysed a : all) {
      features.add(ArticleFeatures.of(a.article(), a.analysis())
          .withEmbedding(Embeddings.stored(store, a.article(), err)));
      byId.put(a.article().id(), a);
    }
    // the store is held whole: its words are weighed over all of it before the first is linked
    StoryLinker linker = StoryLinker.linkAll(LinkerConfig.DEFAULT, features);
    return new StoryIndex(linker.stories(), byId, registry, err);
  }

  /** The stored outlet is the one read at ingest; the registry adds its facts (bias, kind). */
  private static Article withRegistryFacts(Article a, OutletRegistry registry) {
    Outlet known = registry.lookUpDomain(a.outlet().id());
    if (known == null || known.equals(a.outlet())) {
      return a;
    }
    return new Article(a.id(), a.source(), a.inputKind(), known, a.url(), a.published(),
        a.dateline(), a.title(), a.language(), a.authors(), a.text(), a.paragraphs(),
        a.boilerplate(), a.problems());
  }

  /** The storylines holding any of {@code articleIds} (all storylines when null), largest first. */
  List<Reports.Section> storylines(java.util.@Nullable Set<String> articleIds, int limit) {
    Map<String, List<Story>> lines = new LinkedHashMap<>();
    for (Story s : stories) {
      lines.computeIfAbsent(s.storylineId(), k -> new ArrayList<>()).add(s);
    }
    List<Map.Entry<String, List<Story>>> chosen = new ArrayList<>();
    for (Map.Entry<String, List<Story>> e : lines.entrySet()) {
      if (articleIds == null || e.getValue().stream().flatMap(s -> s.articleIds().stream())
          .anyMatch(articleIds::contains)) {
        chosen.add(e);
      }
    }
    // largest first (stable: earlier storylines first among equals); only these are compared
    chosen.sort(Comparator.comparing((Map.Entry<String, List<Story>> e) -> -e.getValue().stream()
        .mapToInt(s -> s.articleIds().size()).sum()));
    List<Reports.Section> out = new ArrayList<>();
    for (Map.Entry<String, List<Story>> e : chosen.subList(0, Math.min(limit, chosen.size()))) {
      out.add(section("storyline", e.getKey(), e.getKey(), e.getValue(), e.getValue().stream()
          .flatMap(s -> s.articleIds().stream()).toList()));
    }
    return out;
  }

  Optional<Reports.Section> storyline(String id) {
    List<Story> in = stories.stream().filter(s -> s.storylineId().equals(id)).toList();
    if (in.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(section("storyline", id, id, in,
        in.stream().flatMap(s -> s.articleIds().stream()).toList()));
  }

  Optional<Reports.Section> story(String id) {
    return stories.stream().filter(s -> s.id().equals(id)).findFirst()
        .map(s -> section("story", s.id(), s.storylineId(), List.of(s), s.articleIds()));
  }

  private Reports.Section section(String level, String id, String storylineId, List<Story> in,
      List<String> ids) {
    List<Analysed> items = ids.stream().map(articles::get).toList();
    // named after the first titled article of its largest story
    String labelArticle = in.stream().max(Comparator.comparingInt(s -> s.articleIds().size()))
        .flatMap(s -> s.articleIds().stream().filter(a -> articles.get(a).article().title()
            != null).findFirst()).orElse(null);
    // triggers are compared by their vectors only within one story (one real-world event): across
    // a storyline's stories "training" soldiers and "training" militants read alike
    return new Reports.Section(level, storylineId, in, Comparison.of(id, items,
        name -> registry.byAlias(name) != null, labelArticle, claimEmbedding,
        in.size() == 1 ? Embeddings::ofSpan : null));
  }
}
