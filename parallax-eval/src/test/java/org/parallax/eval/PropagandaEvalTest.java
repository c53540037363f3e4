package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.analysis.FramingCue;

/** The PTC scorer on a corpus written for the test, in PTC's layout. */
class PropagandaEvalTest {
  private static final String TEXT = "The dreadful plan of the so-called experts failed.";

  /** Four articles; in each, gold marks "dreadful" (4–12) as loaded language. */
  private static Path corpus(Path dir) throws Exception {
    Path train = Files.createDirectories(dir.resolve("train/articles"));
    StringBuilder labels = new StringBuilder();
    for (int id = 1; id <= 4; id++) {
      Files.writeString(train.resolve("article" + id + ".txt"), TEXT, StandardCharsets.UTF_8);
      labels.append(id).append("\tLoaded_Language\t4\t12\n");
    }
    Files.writeString(dir.resolve("train/train-task-flc-tc.labels"), labels,
        StandardCharsets.UTF_8);
    return dir;
  }

  private static FramingCue cue(FramingCue.Kind kind, int begin, int end) {
    return new FramingCue(kind, begin, end, TEXT.substring(begin, end), null,
        FramingCue.Voice.NARRATION, null);
  }

  @Test
  void theHalvesAreDisjointAndTogetherWhole(@TempDir Path dir) throws Exception {
    Path data = corpus(dir);
    List<String> seen = new ArrayList<>();
    for (EventEval.Split half : List.of(EventEval.Split.dev, EventEval.Split.train)) {
      EvalReport r = PropagandaEval.run(data, half, text -> {
        seen.add(half + ":" + text.length());
        return List.of(cue(FramingCue.Kind.LOADED_TERM, 4, 12));
      }, line -> { });
      assertThat(r.items()).isEqualTo(2);
      assertThat(r.f1()).isEqualTo(1.0);
    }
    assertThat(seen).hasSize(4);
  }

  @Test
  void aSpanThatIsTwoKindsOfCueCountsOnce(@TempDir Path dir) throws Exception {
    Path data = corpus(dir);
    // "so-called" (25–34) is not gold: as a label and as scare quotes it is one wrong span
    EvalReport r = PropagandaEval.run(data, EventEval.Split.dev, text -> List.of(
        cue(FramingCue.Kind.LOADED_TERM, 4, 12), cue(FramingCue.Kind.LABEL, 25, 34),
        cue(FramingCue.Kind.SCARE_QUOTES, 25, 34)), line -> { });
    assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.recall()).isEqualTo(1.0);
  }
}
