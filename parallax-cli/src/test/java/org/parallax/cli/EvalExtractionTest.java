package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.SharedData;

/**
 * Pins the main-content extraction score on the benchmark's development half: a change that moves
 * it must update docs/EVALUATION.md and this pin together.
 */
class EvalExtractionTest {
  static final double PINNED_F1 = 0.973;

  @Test
  void extractionScoreOnTheDevelopmentHalfIsPinned() throws Exception {
    Path data = SharedData.dir("eval/article-extraction");
    assumeTrue(data != null, SharedData.MISSING);
    Cli.Run r = Cli.run("eval", "extraction", "--data", data.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode report = ArticleJson.MAPPER.readTree(r.out());
    assertThat(report.get("task").asText()).isEqualTo("extraction");
    assertThat(report.get("items").asInt()).isEqualTo(91);
    assertThat(report.get("f1").asDouble()).isCloseTo(PINNED_F1, within(0.005));
    assertThat(report.get("f1").asDouble()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void metadataScoresOnFundusPagesArePinned() throws Exception {
    Path data = SharedData.dir("corpus/fundus-news-html");
    assumeTrue(data != null, SharedData.MISSING);
    Cli.Run r = Cli.run("eval", "metadata", "--data", data.toString(), "--json");
    assertThat(r.exit()).isZero();
    JsonNode report = ArticleJson.MAPPER.readTree(r.out());
    assertThat(report.get("items").asInt()).isEqualTo(258);
    JsonNode date = report.get("parts").get(0);
    assertThat(date.get("task").asText()).isEqualTo("date");
    // a wrong date is worse than an unknown one: precision stays at 1
    assertThat(date.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(date.get("recall").asDouble()).isCloseTo(0.961, within(0.005));
    assertThat(report.get("parts").get(1).get("f1").asDouble()).isCloseTo(0.844, within(0.005));
    assertThat(report.get("parts").get(2).get("f1").asDouble()).isCloseTo(0.918, within(0.005));
  }
}
