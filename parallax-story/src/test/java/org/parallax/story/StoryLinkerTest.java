package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.EntityType;

class StoryLinkerTest {
  static final String BORDER_1 = "Valdoria closed its border with Ostmark on Tuesday after"
      + " artillery shells hit the frontier town of Brenn, killing two farmers. Valdorian officials"
      + " said the shelling came from Ostmark positions across the river.";
  static final String BORDER_2 = "The government of Valdoria shut the Ostmark border crossing"
      + " after shelling struck Brenn, a frontier town, and killed two farmers. Ostmark rejected"
      + " blame for the artillery fire on Brenn.";
  static final String FESTIVAL = "A record crowd of sixty thousand visitors filled the harvest"
      + " festival in Tula this weekend, where bakers competed for the golden loaf prize and"
      + " orchestras played until midnight.";
  static final String REOPEN = "Valdoria reopened its border with Ostmark, months after the"
      + " shelling of Brenn, as negotiators from both governments agreed on a river commission.";

  static ArticleFeatures border(String id, String outlet, LocalDate date, String text) {
    return new Fixtures(id, outlet, outlet, date, null == text ? "" : "Border news", text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria", "Valdorian")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn").features();
  }

  @Test
  void joinsReportsOfOneEventAndKeepsAnUnrelatedOneApart() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(border("a1", "herald.example", LocalDate.of(2031, 3, 4), BORDER_1));
    StoryLinker.Assignment second = linker.link(border("a2", "ledger.example",
        LocalDate.of(2031, 3, 5), BORDER_2));
    StoryLinker.Assignment third = linker.link(new Fixtures("a3", "ledger.example", "Ledger",
        LocalDate.of(2031, 3, 5), "Festival", FESTIVAL).features());
    assertThat(second.newStory()).isFalse();
    assertThat(second.storyId()).isEqualTo("story-a1");
    assertThat(third.newStory()).isTrue();
    List<Story> stories = linker.stories();
    assertThat(stories).extracting(Story::articleIds)
        .containsExactly(List.of("a1", "a2"), List.of("a3"));
    assertThat(stories.get(0).storylineId()).isNotEqualTo(stories.get(1).storylineId());
  }

  @Test
  void aLaterChapterOfTheSameNarrativeIsANewStoryInTheSameStoryline() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(border("a1", "herald.example", LocalDate.of(2031, 3, 4), BORDER_1));
    linker.link(border("a2", "ledger.example", LocalDate.of(2031, 3, 5), BORDER_2));
    StoryLinker.Assignment later = linker.link(border("a4", "herald.example",
        LocalDate.of(2031, 7, 20), REOPEN));
    assertThat(later.newStory()).as("four months later is outside the story's window").isTrue();
    List<Story> stories = linker.stories();
    assertThat(stories).hasSize(2);
    assertThat(stories.get(1).storylineId()).isEqualTo(stories.get(0).storylineId())
        .isEqualTo("line-a1");
  }

  @Test
  void aStorylineIsNotJoinedThroughOneOfItsSmallStories() {
    // a long storyline about the dam, with one side story that shares words with the grain trade;
    // an article on grain prices is like that side story only, and starts its own storyline
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    for (int i = 0; i < 12; i++) {
      linker.link(new ArticleFeatures("d" + i, "o", LocalDate.of(2031, 3, 1 + i),
          Map.of("dam", 3, "river", 3, "spillway", 2, "blast", 2, "valdoria", 2, "ostmark", 2)));
    }
    StoryLinker.Assignment side = linker.link(new ArticleFeatures("s", "o",
        LocalDate.of(2031, 4, 20), Map.of("dam", 1, "river", 1, "valdoria", 2, "grain", 3,
            "barges", 3, "harvest", 3)));
    assertThat(side.newStory()).isTrue();
    assertThat(side.storylineId()).isEqualTo("line-d0");
    StoryLinker.Assignment grain = linker.link(new ArticleFeatures("g", "o",
        LocalDate.of(2031, 5, 10), Map.of("grain", 3, "barges", 3, "harvest", 3, "prices", 3,
            "bakers", 2)));
    assertThat(grain.newStory()).isTrue();
    assertThat(grain.storylineId()).isEqualTo("line-g");
  }

  @Test
  void aStorylineSharesWordsOfWhatHappenedNotOnlyAName() {
    for (LinkerConfig cfg : List.of(LinkerConfig.DEFAULT,
        LinkerConfig.DEFAULT.withStorylineWordThreshold(0))) {
      StoryLinker linker = new StoryLinker(cfg);
      // joint patrols of Ostmark and Valdoria, and unrelated news that names neither
      for (int i = 0; i < 6; i++) {
        linker.link(new ArticleFeatures("p" + i, "o", LocalDate.of(2031, 3, 1 + i),
            Map.of("@ostmark", 3, "@valdoria", 3, "patrols", 3, "border", 2, "troops", 2)));
        linker.link(new ArticleFeatures("f" + i, "o", LocalDate.of(2031, 3, 1 + i),
            Map.of("harvest" + i, 3, "festival", 3, "bakers", 2)));
      }
      // weeks later: an Ostmark missile test shares the name only; a new patrol route shares
      // what happened
      StoryLinker.Assignment missile = linker.link(new ArticleFeatures("m", "o",
          LocalDate.of(2031, 4, 20), Map.of("@ostmark", 4, "missile", 3, "silo", 3,
              "launch", 2)));
      StoryLinker.Assignment route = linker.link(new ArticleFeatures("r", "o",
          LocalDate.of(2031, 5, 15), Map.of("@ostmark", 2, "patrols", 3, "troops", 2,
              "route", 3, "river", 2)));
      assertThat(missile.newStory()).isTrue();
      assertThat(route.newStory()).isTrue();
      assertThat(route.storylineId()).isEqualTo("line-p0");
      if (cfg == LinkerConfig.DEFAULT) {
        assertThat(missile.storylineId()).isEqualTo("line-m");
      } else {
        assertThat(missile.storylineId()).as("on names alone").isEqualTo("line-p0");
      }
    }
  }

  @Test
  void aFrozenStorylineIsJoinedByItsWordsNotByANameAlone() {
    for (LinkerConfig cfg : List.of(LinkerConfig.DEFAULT,
        LinkerConfig.DEFAULT.withStorylineWordThreshold(0))) {
      StoryLinker linker = new StoryLinker(cfg);
      LocalDate start = LocalDate.of(2031, 3, 1);
      for (int i = 0; i < 6; i++) {
        linker.link(new ArticleFeatures("p" + i, "o", start,
            Map.of("@ostmark", 3, "@valdoria", 3, "patrols", 3, "border", 2, "troops", 2)));
      }
      // a thousand unrelated articles a month later: the patrol story is past its own window
      // and kept as its strongest terms only
      for (int i = 0; i < StoryLinker.SWEEP_EVERY; i++) {
        linker.link(new ArticleFeatures("f" + i, "o", start.plusDays(30),
            Map.of("filler" + i, 3, "other" + i, 3)));
      }
      StoryLinker.Assignment missile = linker.link(new ArticleFeatures("m", "o",
          start.plusDays(31), Map.of("@ostmark", 4, "missile", 3, "silo", 3, "launch", 2)));
      StoryLinker.Assignment route = linker.link(new ArticleFeatures("r", "o",
          start.plusDays(60), Map.of("@ostmark", 2, "patrols", 3, "troops", 2, "route", 3,
              "river", 2)));
      assertThat(route.storylineId()).isEqualTo("line-p0");
      assertThat(missile.storylineId()).isEqualTo(cfg == LinkerConfig.DEFAULT ? "line-m"
          : "line-p0");
    }
  }

  @Test
  void aClosedStoryNoLongerWeighsOnItsStoryline() {
    // the dam story closes once it is past the storyline window; the storyline's average is then
    // over its open side story alone, which the grain article resembles
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    LocalDate start = LocalDate.of(2031, 1, 1);
    for (int i = 0; i < 12; i++) {
      linker.link(new ArticleFeatures("b" + i, "o", start,
          Map.of("dam", 3, "river", 3, "spillway", 2, "blast", 2, "valdoria", 2)));
    }
    StoryLinker.Assignment side = linker.link(new ArticleFeatures("s", "o",
        start.plusDays(300), Map.of("dam", 3, "river", 3, "spillway", 2, "blast", 2,
            "valdoria", 2, "grain", 1, "barges", 1, "harvest", 1)));
    assertThat(side.storylineId()).isEqualTo("line-b0");
    for (int i = 0; i < StoryLinker.SWEEP_EVERY; i++) {
      linker.link(new ArticleFeatures("f" + i, "o", start.plusDays(450),
          Map.of("filler" + i, 3, "other" + i, 3)));
    }
    StoryLinker.Assignment grain = linker.link(new ArticleFeatures("g", "o",
        start.plusDays(451), Map.of("grain", 3, "barges", 3, "harvest", 3, "prices", 2)));
    assertThat(grain.newStory()).isTrue();
    assertThat(grain.storylineId()).isEqualTo("line-b0");
  }

  @Test
  void anUndatedArticleIsNeverKeptOutByTime() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(border("a1", "herald.example", LocalDate.of(2031, 3, 4), BORDER_1));
    StoryLinker.Assignment undated = linker.link(border("a2", "ledger.example", null, BORDER_2));
    assertThat(undated.newStory()).isFalse();
  }

  @Test
  void anArticleThatMatchesTwoStoriesBridgesThemIntoOne() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(new ArticleFeatures("x", "o", null, Map.of("alpha", 3, "beta", 3)));
    linker.link(new ArticleFeatures("y", "o", null, Map.of("gamma", 3, "delta", 3)));
    assertThat(linker.stories()).hasSize(2);
    linker.link(new ArticleFeatures("z", "o", null,
        Map.of("alpha", 3, "beta", 3, "gamma", 3, "delta", 3)));
    assertThat(linker.stories()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("story-x");
      assertThat(s.articleIds()).containsExactlyInAnyOrder("x", "y", "z");
    });
  }

  @Test
  void rejectsThresholdsInTheWrongOrder() {
    assertThatThrownBy(() -> LinkerConfig.DEFAULT.withThresholds(0.1, 0.3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("storylineThreshold <= storyThreshold").hasMessageContaining("0.3");
  }

  @Test
  void featuresCountResolvedEntitiesAcrossSpellingsAndFoldPlurals() {
    ArticleFeatures f = border("a1", "herald.example", LocalDate.of(2031, 3, 4), BORDER_1);
    assertThat(f.terms()).containsEntry("@valdoria", 2).containsKey("farmer")
        .doesNotContainKey("the").doesNotContainKey("farmers");
  }

  @Test
  void regressionAMergeOfThreeStoriesIsNamedByTheFirstArticleLinked() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(new ArticleFeatures("x", "o", null, Map.of("alpha", 3, "beta", 3)));
    linker.link(new ArticleFeatures("y", "o", null, Map.of("gamma", 3, "delta", 3)));
    linker.link(new ArticleFeatures("w", "o", null, Map.of("kappa", 3, "omega", 3)));
    linker.link(new ArticleFeatures("z", "o", null, Map.of("alpha", 3, "beta", 3, "gamma", 3,
        "delta", 3, "kappa", 4, "omega", 4)));
    assertThat(linker.stories()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("story-x");
      assertThat(s.articleIds()).containsExactly("x", "y", "w", "z");
    });
  }

  /** Forty stories of one day that share a name and the words of its office, nothing else. */
  private static List<ArticleFeatures> oneNameManyStories() {
    List<ArticleFeatures> out = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      out.add(new ArticleFeatures("t" + i, "o", LocalDate.of(2031, 3, 4), Map.of("@halm", 3,
          "president", 2, "palace", 2, "office", 2, "topic" + i + "a", 3, "topic" + i + "b", 3,
          "topic" + i + "c", 2)));
    }
    // a second report of the first story
    out.add(new ArticleFeatures("again", "o", LocalDate.of(2031, 3, 4), Map.of("@halm", 2,
        "president", 1, "topic0a", 3, "topic0b", 2, "topic0c", 2)));
    return out;
  }

  @Test
  void aCollectionHeldWholeWeighsItsFirstArticlesAsItsLast() {
    List<ArticleFeatures> all = oneNameManyStories();
    // linked from nothing, the second article sees the name and the office as rare words and
    // joins the first one's storyline though it shares nothing of what happened
    StoryLinker fromNothing = new StoryLinker(LinkerConfig.DEFAULT);
    all.forEach(fromNothing::link);
    assertThat(fromNothing.stories().get(1).storylineId()).isEqualTo("line-t0");
    StoryLinker whole = StoryLinker.linkAll(LinkerConfig.DEFAULT, all);
    List<Story> stories = whole.stories();
    assertThat(stories).hasSize(40);
    assertThat(stories.get(0).articleIds()).containsExactly("t0", "again");
    assertThat(stories.stream().map(Story::storylineId).distinct()).hasSize(40);
  }

  @Test
  void aCollectionHeldWholeMergesAndClosesAsOneLinkedFromNothing() {
    // a merge is named by the first article linked, with its members in link order
    StoryLinker merged = StoryLinker.linkAll(LinkerConfig.DEFAULT, List.of(
        new ArticleFeatures("x", "o", null, Map.of("alpha", 3, "beta", 3)),
        new ArticleFeatures("y", "o", null, Map.of("gamma", 3, "delta", 3)),
        new ArticleFeatures("w", "o", null, Map.of("kappa", 3, "omega", 3)),
        new ArticleFeatures("z", "o", null, Map.of("alpha", 3, "beta", 3, "gamma", 3,
            "delta", 3, "kappa", 4, "omega", 4))));
    assertThat(merged.stories()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("story-x");
      assertThat(s.articleIds()).containsExactly("x", "y", "w", "z");
    });
    // a story past the storyline window is closed as the collection goes on
    LocalDate start = LocalDate.of(2031, 1, 1);
    List<ArticleFeatures> all = new java.util.ArrayList<>();
    all.add(new ArticleFeatures("old", "o", start, Map.of("dam", 3, "river", 3)));
    for (int i = 0; i < StoryLinker.SWEEP_EVERY; i++) {
      all.add(new ArticleFeatures("f" + i, "o", start.plusDays(450),
          Map.of("filler" + i, 3, "other" + i, 3)));
    }
    StoryLinker whole = StoryLinker.linkAll(LinkerConfig.DEFAULT, all);
    assertThat(whole.openStories()).isEqualTo(whole.stories().size() - 1);
  }

  @Test
  void anArticleIsCountedOnceHoweverOftenItIsKnownOrLinked() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    ArticleFeatures a = new ArticleFeatures("a", "o", null, Map.of("alpha", 1));
    ArticleFeatures b = new ArticleFeatures("b", "o", null, Map.of("beta", 1));
    linker.know(a);
    linker.know(a);
    linker.link(a);
    linker.link(b);
    linker.know(b);
    assertThat(linker.documents()).isEqualTo(2);
  }

  @Test
  void regressionTheSameArticleIsNotLinkedTwiceAndCountsMustBePositive() {
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(new ArticleFeatures("x", "o", null, Map.of("alpha", 1)));
    assertThatThrownBy(() -> linker.link(new ArticleFeatures("x", "o", null, Map.of("beta", 1))))
        .hasMessageContaining("article x is already linked");
    assertThatThrownBy(() -> new ArticleFeatures("y", "o", null, Map.of("beta", 0)))
        .hasMessageContaining("at least 1, got 0 for 'beta' in y");
  }

  private static Map<String, Integer> words(String... w) {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (String x : w) {
      m.put(x, 2);
    }
    return m;
  }

  @Test
  void embeddingsJoinAParaphraseWithFewSharedWordsAndKeepALookalikeApart() {
    float[] quake = {1, 0, 0};
    float[] other = {0, 1, 0};
    ArticleFeatures first = new ArticleFeatures("a1", "o", null,
        words("quake", "coast", "bridge", "rescue", "night", "town"), quake);
    // one word in common, the same meaning
    ArticleFeatures paraphrase = new ArticleFeatures("a2", "p", null,
        words("quake", "tremor", "harbour", "collapse", "crews", "shore"), quake);
    // half its words in common, another meaning
    ArticleFeatures lookalike = new ArticleFeatures("a3", "q", null,
        words("quake", "coast", "bridge", "drill", "school", "exercise"), other);

    StoryLinker blended = new StoryLinker(LinkerConfig.DEFAULT);
    blended.link(first);
    assertThat(blended.link(paraphrase).storyId()).isEqualTo("story-a1");
    assertThat(blended.link(lookalike).newStory()).isTrue();

    StoryLinker lexical = new StoryLinker(LinkerConfig.DEFAULT.lexical());
    lexical.link(first);
    assertThat(lexical.link(paraphrase).newStory()).as("words alone miss the paraphrase").isTrue();
    assertThat(lexical.link(lookalike).newStory()).as("words alone take the lookalike").isFalse();
  }

  @Test
  void anArticleWithoutEmbeddingIsScoredOnWordsAgainstTheLexicalThreshold() {
    float[] quake = {1, 0, 0};
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    linker.link(new ArticleFeatures("a1", "o", null,
        words("quake", "coast", "bridge", "rescue", "night", "town"), quake));
    StoryLinker.Assignment bare = linker.link(new ArticleFeatures("a2", "p", null,
        words("quake", "coast", "bridge", "drill", "school", "exercise")));
    assertThat(bare.newStory()).isFalse();
    assertThatThrownBy(() -> new ArticleFeatures("a3", "o", null, words("x"), new float[0]))
        .hasMessageContaining("embedding of a3 is empty");
  }
}
