package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.testkit.SharedData;

/**
 * Pins the analysis scores recorded in docs/EVALUATION.md (development halves in ../shared/eval):
 * a change that moves one must update the document and the pin together.
 */
class EvalAnalysisTest {
  static JsonNode eval(String task, String data) throws Exception {
    Path dir = SharedData.dir(data);
    assumeTrue(dir != null, SharedData.MISSING);
    Cli.Run r = Cli.run("eval", task, "--data", dir.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    return ArticleJson.MAPPER.readTree(r.out());
  }

  @Test
  void nerOnConll2003Dev() throws Exception {
    JsonNode r = eval("ner", "eval/conll2003-en");
    assertThat(r.get("f1").asDouble()).isCloseTo(0.931, within(0.002));
  }

  @Test
  void resolvedEntitiesOnConll2003Dev() throws Exception {
    JsonNode r = eval("entities", "eval/conll2003-en");
    assertThat(r.get("f1").asDouble()).isCloseTo(0.882, within(0.002));
  }

  @Test
  void timexValuesOnTempEval3Train() throws Exception {
    JsonNode r = eval("time", "eval/tempeval3/train");
    assertThat(r.get("f1").asDouble()).isCloseTo(0.770, within(0.002));
    assertThat(r.get("parts").get(0).get("f1").asDouble()).isCloseTo(0.932, within(0.002));
  }

  @Test
  void attributionOnPolnearDev() throws Exception {
    JsonNode r = eval("attribution", "eval/polnear");
    assertThat(r.at("/source/f1").asDouble()).isCloseTo(0.702, within(0.002));
    assertThat(r.at("/cue/f1").asDouble()).isCloseTo(0.659, within(0.002));
    assertThat(r.at("/content/f1").asDouble()).isCloseTo(0.547, within(0.002));
    assertThat(r.at("/content/overlapF1").asDouble()).isCloseTo(0.775, within(0.002));
  }

  @Test
  void propagandaSpansOnPtc() throws Exception {
    JsonNode r = eval("propaganda", "eval/ptc-semeval2020-task11");
    assertThat(r.get("f1").asDouble()).isCloseTo(0.213, within(0.002));
  }

  @Test
  void framingTargetsAndVoiceOnBasilDev() throws Exception {
    JsonNode r = eval("framing", "eval/basil");
    assertThat(r.get("f1").asDouble()).as("targets").isCloseTo(0.502, within(0.002));
    assertThat(r.at("/parts/1/f1").asDouble()).as("quoted voice").isCloseTo(0.959,
        within(0.002));
  }

  @Test
  void eventTriggersOnEcbPlusDev() throws Exception {
    JsonNode r = eval("events", "eval/ecbplus");
    assertThat(r.get("precision").asDouble()).isCloseTo(0.996, within(0.002));
    assertThat(r.get("recall").asDouble()).isCloseTo(0.257, within(0.002));
  }

  @Test
  void storyClusteringOnEcbPlusDev() throws Exception {
    JsonNode r = eval("clustering", "eval/ecbplus");
    assertThat(r.at("/parts/0/f1").asDouble()).as("stories").isCloseTo(0.874, within(0.002));
    assertThat(r.at("/parts/1/f1").asDouble()).as("storylines").isCloseTo(0.863, within(0.002));
  }

  @Test
  void storyClusteringOnBasilDev() throws Exception {
    JsonNode r = eval("clustering", "eval/basil");
    assertThat(r.get("f1").asDouble()).isCloseTo(0.987, within(0.002));
  }

  @Test
  void eventCoreferenceOnEcbPlusDevWithGoldMentions() throws Exception {
    JsonNode r = eval("eventcoref", "eval/ecbplus");
    assertThat(r.get("f1").asDouble()).as("Parallax CoNLL").isCloseTo(0.760, within(0.002));
    assertThat(r.at("/parts/1/f1").asDouble()).as("lemma baseline").isCloseTo(0.725,
        within(0.002));
    assertThat(r.at("/parts/4/f1").asDouble()).as("end-to-end").isCloseTo(0.238,
        within(0.002));
  }

  @Test
  void claimAlignmentOnEcbPlusDevSentencePairs() throws Exception {
    JsonNode r = eval("claims", "eval/ecbplus");
    assertThat(r.get("precision").asDouble()).as("embeddings").isCloseTo(0.803, within(0.002));
    assertThat(r.get("recall").asDouble()).as("embeddings").isCloseTo(0.474, within(0.002));
    assertThat(r.at("/parts/0/precision").asDouble()).as("word rule").isCloseTo(0.743,
        within(0.002));
    assertThat(r.at("/parts/0/recall").asDouble()).as("word rule").isCloseTo(0.419,
        within(0.002));
  }
}
