package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  static final String STORY = "example-news.org\n\n%s\n\n"
      + "The %s council voted on Tuesday to approve a new budget, officials said, after a debate"
      + " that lasted until after midnight.\n\nThe opposition said it would challenge the %s"
      + " budget in court, calling the vote rushed.\n";

  Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), String.format(java.util.Locale.ROOT, STORY, "Council Approves Budget", "city", "city"));
    Files.writeString(dir.resolve("b.txt"), String.format(java.util.Locale.ROOT, STORY, "Region Passes Plan", "regional", "regional"));
    Files.write(dir.resolve("c.txt"), new byte[] {'x', 0, 0, 1});
    return dir;
  }

  static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\\R")) {
      if (!line.isBlank()) {
        nodes.add(ArticleJson.MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void helpListsTheCommands() {
    Cli.Run r = Cli.run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: parallax", "ingest", "extract", "search", "eval",
        "Exit codes:");
    assertThat(Cli.run("ingest", "--help").out()).contains("--db=FILE", "--outlets=FILE");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Cli.run("ingest").exit()).isEqualTo(2);
    assertThat(Cli.run("eval", "nonsense", "--data", ".").exit()).isEqualTo(2);
    Cli.Run r = Cli.run("eval", "extraction", "--data", tmp.resolve("nowhere").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--data " + tmp.resolve("nowhere") + ": no such directory");
  }

  @Test
  void benchRefusesAWarmupThatLeavesNothingToTime() throws Exception {
    Cli.Run r = Cli.run("bench", "analyze", "--data", corpus().toString(), "--warmup", "2",
        "--baseline", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2 English articles found, none left to time after --warmup 2");
  }

  @Test
  void extractPrintsOneJsonObjectPerArticleNamingItsSource() throws Exception {
    Path dir = corpus();
    Cli.Run r = Cli.run("extract", dir.toString(), "--json");
    assertThat(r.exit()).as("a binary file was rejected").isEqualTo(2);
    assertThat(r.err()).contains("parallax: rejected " + dir.resolve("c.txt")
        + ": binary content (NUL byte at offset 1)");
    List<JsonNode> articles = jsonLines(r.out());
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).get("source").asText()).isEqualTo(dir.resolve("a.txt").toString());
    assertThat(articles.get(0).get("title").asText()).isEqualTo("Council Approves Budget");
    assertThat(articles.get(0).get("outlet").get("id").asText()).isEqualTo("example-news.org");
    assertThat(articles.get(0).get("published").isNull()).isTrue();
    JsonNode para = articles.get(0).get("paragraphs").get(1);
    assertThat(articles.get(0).get("text").asText().substring(para.get("begin").asInt(),
        para.get("end").asInt())).startsWith("The opposition said");
  }

  @Test
  void ingestIsIdempotentAndSearchFindsWhatWasStored() throws Exception {
    Path dir = corpus();
    Path db = tmp.resolve("store.db");
    Cli.Run first = Cli.run("ingest", dir.toString(), "--db", db.toString(), "--no-progress");
    assertThat(first.exit()).isEqualTo(2);
    assertThat(first.out()).contains("2 stored", "0 already stored", "1 rejected",
        "rejected " + dir.resolve("c.txt") + ": binary content", "now holds 2 article(s)");
    Cli.Run second = Cli.run("ingest", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
        "--db", db.toString(), "--no-progress");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("0 stored", "2 already stored", "0 rejected",
        "now holds 2 article(s)");
    Cli.Run search = Cli.run("search", "opposition regional", "--db", db.toString(), "--json");
    assertThat(search.exit()).isZero();
    List<JsonNode> hits = jsonLines(search.out());
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("title").asText()).isEqualTo("Region Passes Plan");
    assertThat(Cli.run("search", "budget", "--db", tmp.resolve("none.db").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void learnsBoilerplateRepeatedAcrossAnOutletsArticles() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("outlet"));
    String[] topics = {"harbour", "bridge", "school", "hospital", "railway"};
    for (String t : topics) {
      Files.writeString(dir.resolve(t + ".txt"), "example-news.org\n\nNews About The " + t + "\n\n"
          + "Work on the " + t + " began on Monday, officials said, and will last a year.\n\n"
          + "Get our free morning briefing in your inbox every weekday.\n\n"
          + "Residents said the " + t + " had been neglected for decades.\n");
    }
    Cli.Run r = Cli.run("extract", dir.toString(), "--json");
    for (JsonNode a : jsonLines(r.out())) {
      assertThat(a.get("text").asText()).doesNotContain("morning briefing");
      assertThat(a.get("boilerplate").toString()).contains("morning briefing");
      assertThat(a.get("paragraphs")).hasSize(2);
    }
  }
}
