package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;

/** The BASIL framing scorer on an article written for the test, in BASIL's layout. */
class FramingEvalTest {
  // built text: "Senator Vale gave a reckless speech." + " " + "“It was shameful,” Oren said."
  private static final String S1 = "Senator Vale gave a reckless speech.";
  private static final String S2 = "“It was shameful,” Oren said.";
  private static final Entity VALE = new Entity("person:tam-vale", "Tam Vale", EntityType.PERSON,
      null, List.of(), List.of(new Mention(8, 12, "Vale", Mention.Kind.SHORT, null)));

  /** One article of 2011 (dev) and one of 2015 (held out), each with the same annotations. */
  private static Path corpus(Path dir) throws Exception {
    for (String year : List.of("2011", "2015")) {
      Path a = Files.createDirectories(dir.resolve("articles/" + year));
      Path n = Files.createDirectories(dir.resolve("annotations/" + year));
      Files.writeString(a.resolve("e" + year + "_1.json"), "{\"title\": \"A speech\","
          + " \"body-paragraphs\": [[\"" + S1 + "\", \"" + S2 + "\"]]}", StandardCharsets.UTF_8);
      Files.writeString(n.resolve("e" + year + "_1_ann.json"), "{\"phrase-level-annotations\": ["
          // "reckless" (sentence 0, 20-28), aimed at Vale, not quoted
          + "{\"id\": \"p0\", \"start\": 20, \"end\": 28, \"bias\": \"lex\", \"aim\": \"dir\","
          + " \"quote\": \"no\", \"target\": \"Tam_Vale\"},"
          // "shameful" (sentence 1, 8-16), aimed at Vale, quoted
          + "{\"id\": \"p1\", \"start\": 8, \"end\": 16, \"bias\": \"lex\", \"aim\": \"dir\","
          + " \"quote\": \"yes\", \"target\": \"Vale\"},"
          // a headline span: not scored
          + "{\"id\": \"title\", \"start\": 0, \"end\": 1, \"bias\": \"lex\", \"aim\": \"dir\","
          + " \"quote\": \"no\", \"target\": \"Tam_Vale\"}]}", StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static FramingCue at(int begin, int end, String target, FramingCue.Voice voice) {
    return new FramingCue(FramingCue.Kind.LOADED_TERM, begin, end, "x", target, voice, null);
  }

  @Test
  void spansAreMappedIntoTheBuiltTextAndScored(@TempDir Path dir) throws Exception {
    Path data = corpus(dir);
    List<String> asked = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    EvalReport r = FramingEval.run(data, EventEval.Split.dev, (text, spans) -> {
      assertThat(text).isEqualTo(S1 + " " + S2);
      spans.forEach(s -> asked.add(text.substring(s[0], s[1])));
      // right target and voice on the first; wrong voice and no target on the second
      return new FramingEval.Reading(List.of(at(20, 28, null, FramingCue.Voice.NARRATION)),
          List.of(VALE), List.of(at(20, 28, VALE.id(), FramingCue.Voice.NARRATION),
              at(44, 52, null, FramingCue.Voice.NARRATION)));
    }, lines::add);
    assertThat(asked).containsExactly("reckless", "shameful");
    assertThat(r.items()).isEqualTo(1);
    EvalReport targets = r.parts().get(0);
    assertThat(targets.precision()).isEqualTo(1.0);
    assertThat(targets.recall()).isCloseTo(0.5, within(1e-9));
    EvalReport voice = r.parts().get(1);
    assertThat(voice.recall()).isEqualTo(0.0);
    EvalReport found = r.parts().get(2);
    assertThat(found.precision()).isEqualTo(1.0);
    assertThat(found.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(lines).anyMatch(l -> l.contains("voice «shameful» gold quoted, ours NARRATION"));
  }

  @Test
  void theHeldOutHalfIsOtherYears(@TempDir Path dir) throws Exception {
    Path data = corpus(dir);
    List<String> seen = new ArrayList<>();
    for (EventEval.Split half : List.of(EventEval.Split.dev, EventEval.Split.train)) {
      FramingEval.run(data, half, (text, spans) -> {
        seen.add(half.name());
        return new FramingEval.Reading(List.of(), List.of(), spans.stream()
            .map(s -> at(s[0], s[1], null, FramingCue.Voice.QUOTE)).toList());
      }, l -> { });
    }
    assertThat(seen).containsExactly("dev", "train");
    assertThatThrownBy(() -> FramingEval.run(data, EventEval.Split.test, (t, s) -> null, l -> { }))
        .hasMessageContaining("no BASIL articles of the test years (2018-2019)");
  }

  @Test
  void anActorIsMatchedByAWordOfItsName() {
    assertThat(FramingEval.sameActor("Tam_Vale", VALE)).isTrue();
    assertThat(FramingEval.sameActor("Vale's_campaign", VALE)).isTrue();
    assertThat(FramingEval.sameActor("Oren", VALE)).isFalse();
    // generic words alone do not match
    Entity house = new Entity("organization:white-house", "White House",
        EntityType.ORGANIZATION, null, List.of(), List.of());
    assertThat(FramingEval.sameActor("House_Democrats", house)).isFalse();
  }
}
