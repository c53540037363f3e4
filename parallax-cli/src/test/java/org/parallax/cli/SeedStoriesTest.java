package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testkit.SharedData;

/** The stories issue's "done when", through the command line, on the real seed articles. */
class SeedStoriesTest {
  @TempDir Path dir;

  @Test
  void bothSeedsFormOneStorylineComparedClaimByClaimAndActorByActor() throws Exception {
    Path seeds = SharedData.dir("seeds");
    assumeTrue(seeds != null, SharedData.MISSING);
    List<String> args = new ArrayList<>(List.of("analyze"));
    try (var s = Files.list(seeds)) {
      s.map(Path::toString).sorted().forEach(args::add);
    }
    String db = dir.resolve("p.db").toString();
    args.addAll(List.of("--db", db, "--no-progress"));
    Cli.Run analyzed = Cli.run(args.toArray(String[]::new));
    assertThat(analyzed.exit()).as(analyzed.err()).isZero();
    assertThat(analyzed.out()).contains("# Storyline: ").contains("## Claim groups");

    Cli.Run r = Cli.run("report", "--db", db, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = ArticleJson.MAPPER.readTree(r.out()).get("stories");
    assertThat(stories).as("one storyline holds both articles").hasSize(1);
    JsonNode line = stories.get(0);
    assertThat(line.get("level").asText()).isEqualTo("storyline");
    assertThat(line.get("articles")).extracting(a -> a.get("outlet").asText())
        .containsExactlyInAnyOrder("tass.com", "kyivpost.com");

    // a claim both outlets carry: Mali (and Niger) cutting ties with Ukraine
    assertThat(line.get("claimGroups")).anySatisfy(g -> {
      assertThat(g.at("/outlets/tass.com").asText()).isNotEqualTo("absent");
      assertThat(g.at("/outlets/kyivpost.com").asText()).isNotEqualTo("absent");
      assertThat(g.get("claims").toString()).containsIgnoringCase("diplomatic relations");
    });
    // TASS only: the militants' denial and the trip via Moldova (AES INFO)
    assertThat(line.get("claimGroups")).anySatisfy(g -> {
      assertThat(g.at("/outlets/tass.com").asText()).isEqualTo("denied");
      assertThat(g.at("/outlets/kyivpost.com").asText()).isEqualTo("absent");
    });
    assertThat(line.get("claimGroups")).anySatisfy(g -> {
      assertThat(g.get("summary").asText()).contains("Moldova");
      assertThat(g.at("/outlets/kyivpost.com").asText()).isEqualTo("absent");
    });
    // Kyiv Post only: the Moscow meeting
    assertThat(line.get("claimGroups")).anySatisfy(g -> {
      assertThat(g.get("summary").asText()).contains("Moscow");
      assertThat(g.at("/outlets/tass.com").asText()).isEqualTo("absent");
      assertThat(g.at("/outlets/kyivpost.com").asText()).isNotEqualTo("absent");
    });

    // timeline: Kidal (2023-11) before the letter (2024-08-20); the Moscow meeting undated
    List<String> dated = new ArrayList<>();
    line.get("timeline").forEach(t -> {
      if (!t.get("date").isNull()) {
        dated.add(t.get("date").asText() + " " + t.get("type").asText());
      }
    });
    assertThat(dated).containsSubsequence("2023-11 SEIZE", "2024-08-20 CONDEMN");
    // one meeting however Kyiv Post names it ("meeting", "summit", "talks"; Russia, Lavrov)
    List<JsonNode> meetings = new ArrayList<>();
    line.get("timeline").forEach(t -> {
      if (t.get("type").asText().equals("MEET")) {
        meetings.add(t);
      }
    });
    assertThat(meetings).singleElement().satisfies(t -> {
      assertThat(t.get("date").isNull()).isTrue();
      assertThat(t.at("/reports/0/outlet").asText()).isEqualTo("kyivpost.com");
      assertThat(t.get("reports").size()).isGreaterThan(1);
    });

    // framing: TASS's own "terrorists" and "Kiev" against Kyiv Post's "juntas" and scare quotes
    JsonNode tass = line.at("/framing/tass.com");
    JsonNode kp = line.at("/framing/kyivpost.com");
    assertThat(cells(tass)).anySatisfy(c -> {
      assertThat(c.get("label").asText()).isEqualTo("terrorists");
      assertThat(c.get("voice").asText()).isIn("narration", "paraphrase");
    }).anySatisfy(c -> {
      assertThat(c.get("label").asText()).isEqualTo("kiev");
      assertThat(c.get("kind").asText()).isEqualTo("NAMING_VARIANT");
    });
    assertThat(cells(kp)).anySatisfy(c -> assertThat(c.get("label").asText()).isEqualTo("juntas"))
        .anySatisfy(c -> {
          assertThat(c.get("label").asText()).isEqualTo("terrorist");
          assertThat(c.get("kind").asText()).isEqualTo("SCARE_QUOTES");
        });

    // sourcing by country: TASS carries Le Monde (France) and Russian officials; Kyiv Post the
    // Russian and Malian ministers
    assertThat(line.get("sourcing")).anySatisfy(p -> {
      assertThat(p.get("outlet").asText()).isEqualTo("tass.com");
      assertThat(p.at("/countries/France").asInt()).isPositive();
      assertThat(p.at("/countries/Russia").asInt()).isPositive();
    }).anySatisfy(p -> {
      assertThat(p.get("outlet").asText()).isEqualTo("kyivpost.com");
      assertThat(p.at("/countries/Russia").asInt()).isPositive();
      assertThat(p.at("/countries/Mali").asInt()).isPositive();
    });

    Cli.Run html = Cli.run("report", "--db", db, "--format", "html", "--storyline",
        line.get("id").asText());
    assertThat(html.exit()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h2>Claim groups</h2>");
    String storyId = line.at("/stories/0/id").asText();
    assertThat(Cli.run("report", "--db", db, "--story", storyId).out())
        .startsWith("# Story: ");
  }

  @Test
  void theFictionalSamplesFormTheTwoStorylinesTheyWereWrittenAs() throws Exception {
    // samples/README.md: seven articles on the dam dispute, two on an unrelated earthquake
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    String db = dir.resolve("samples.db").toString();
    Cli.Run analyzed = Cli.run("analyze", samples.toString(), "--outlets",
        samples.resolve("outlets.tsv").toString(), "--db", db, "--no-progress", "--no-report");
    assertThat(analyzed.exit()).as(analyzed.err()).isZero();
    Cli.Run r = Cli.run("report", "--db", db, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode stories = ArticleJson.MAPPER.readTree(r.out()).get("stories");
    assertThat(stories).extracting(s -> s.get("articles").size()).containsExactly(7, 2);
    assertThat(stories.get(0).get("label").asText()).containsIgnoringCase("dam");
    assertThat(stories.get(1).get("label").asText()).containsIgnoringCase("earthquake");
    assertThat(stories.get(1).get("outlets")).extracting(o -> o.get("id").asText())
        .containsExactlyInAnyOrder("aldara-broadcast.example", "lenne-wire.example");
  }

  private static List<JsonNode> cells(JsonNode byEntity) {
    List<JsonNode> out = new ArrayList<>();
    byEntity.forEach(list -> list.forEach(out::add));
    return out;
  }

  @Test
  void reportNamesWhatIsMissing() {
    String db = dir.resolve("empty.db").toString();
    Cli.Run empty = Cli.run("report", "--db", db);
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("no analysed articles in").contains("parallax analyze");
    assertThat(java.nio.file.Path.of(db)).as("a mistyped --db creates nothing").doesNotExist();
    org.parallax.store.SqliteStore.open(java.nio.file.Path.of(db)).close();
    assertThat(Cli.run("report", "--db", db).err()).contains("no analysed articles in")
        .doesNotContain("no such file");
    Cli.Run unknown = Cli.run("report", "--db", db, "--story", "story-nope");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no story story-nope in");
    Cli.Run both = Cli.run("report", "--db", db, "--story", "a", "--storyline", "b");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
  }
}
