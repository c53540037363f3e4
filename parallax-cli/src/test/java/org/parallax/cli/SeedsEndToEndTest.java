package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.SharedData;

/** The foundation issue's "done when", through the command line, on the real seed articles. */
class SeedsEndToEndTest {
  @Test
  void extractShowsOutletsDatesTitleAndCleanBodies() throws Exception {
    Path seeds = SharedData.dir("seeds");
    assumeTrue(seeds != null, SharedData.MISSING);
    List<String> files;
    try (var s = Files.list(seeds)) {
      files = s.map(Path::toString).sorted().toList();
    }
    String[] args = new String[files.size() + 2];
    args[0] = "extract";
    for (int i = 0; i < files.size(); i++) {
      args[i + 1] = files.get(i);
    }
    args[args.length - 1] = "--json";
    Cli.Run r = Cli.run(args);
    assertThat(r.exit()).isZero();
    List<JsonNode> a = CliTest.jsonLines(r.out());
    assertThat(a).hasSize(2);
    assertThat(a.get(0).at("/outlet/name").asText()).isEqualTo("TASS");
    assertThat(a.get(0).get("published").asText()).isEqualTo("2024-10-10");
    assertThat(a.get(0).get("dateline").asText()).isEqualTo("NAIROBI");
    assertThat(a.get(1).at("/outlet/name").asText()).isEqualTo("Kyiv Post");
    // the line after the domain line of the seed file, read from ../shared
    String titleLine = Files.readAllLines(Path.of(files.get(1))).stream()
        .filter(l -> !l.isBlank()).skip(1).findFirst().orElseThrow().strip();
    assertThat(a.get(1).get("title").asText()).isEqualTo(titleLine);
    assertThat(titleLine).as("a headline, not a sentence").doesNotEndWith(".");
    assertThat(a.get(1).get("published").isNull()).isTrue();
    for (JsonNode article : a) {
      assertThat(article.get("text").asText()).doesNotContain("JOIN US ON TELEGRAM",
          "Follow our coverage", "Other Topics of Interest", "Read full news in source page",
          "US Defense Boss Hegseth");
    }
  }
}
