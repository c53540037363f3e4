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
  static final double PINNED_F1 = 0.974;

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
}
