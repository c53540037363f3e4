package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.SharedData;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;

/** The two real seed articles in ../shared/seeds, read through the public entry point. */
class SeedArticlesTest {
  static final List<Article> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void readSeeds() throws Exception {
    Path seeds = SharedData.dir("seeds");
    assumeTrue(seeds != null, SharedData.MISSING);
    ArticleReaders readers = new ArticleReaders(OutletRegistry.bundled());
    try (var files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        readers.read(Input.of(f), o -> {
          assertThat(o).isInstanceOf(ReadOutcome.Extracted.class);
          ARTICLES.add(((ReadOutcome.Extracted) o).article());
        });
      }
    }
  }

  @Test
  void tassSeedHasOutletDateAndDateline() {
    Article tass = ARTICLES.get(0);
    assertThat(tass.outlet().name()).isEqualTo("TASS");
    assertThat(tass.published()).isEqualTo(LocalDate.of(2024, 10, 10));
    assertThat(tass.dateline()).isEqualTo("NAIROBI");
    assertThat(tass.text()).doesNotContain("date 2024-10-10", "/TASS/");
    assertThat(tass.language()).isEqualTo("en");
  }

  @Test
  void kyivPostSeedHasTitleAndNoDate() throws Exception {
    Article kp = ARTICLES.get(1);
    assertThat(kp.outlet().name()).isEqualTo("Kyiv Post");
    assertThat(kp.title()).isEqualTo(titleLine(SharedData.dir("seeds")));
    assertThat(kp.published()).isNull();
  }

  @Test
  void seedBodiesCarryNoScraperResidue() {
    for (Article a : ARTICLES) {
      assertThat(a.text()).doesNotContain("JOIN US ON TELEGRAM", "Follow our coverage",
          "Other Topics of Interest", "Read full news in source page", "Hegseth",
          "Europe is stepping up");
    }
  }

  /**
   * The seed's title as its file lays it out: the first non-blank line after the domain line of
   * the Kyiv Post seed (read from ../shared, never copied into the repository).
   */
  static String titleLine(java.nio.file.Path seeds) throws java.io.IOException {
    try (var files = Files.list(seeds)) {
      Path kp = files.sorted().toList().get(1);
      return Files.readAllLines(kp).stream().filter(l -> !l.isBlank()).skip(1).findFirst()
          .orElseThrow().strip();
    }
  }
}
