package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.story.EventCoreference;

class CorefMetricsTest {
  static Map<String, String> of(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void perfectResponseScoresOneEverywhere() {
    Map<String, String> key = of("a", "1", "b", "1", "c", "2");
    CorefMetrics.Scores s = CorefMetrics.score(key, of("a", "x", "b", "x", "c", "y"));
    assertThat(s.conll()).isCloseTo(1.0, within(1e-9));
    assertThat(s.ceafe().f1()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void mucCountsTheLinksAResponseGetsRight() {
    // key {a,b,c} {d,e}; response {a,b} {c,d,e}: 2 of 3 key links, 2 of 3 response links
    Map<String, String> key = of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
    Map<String, String> response = of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
    CorefMetrics.Scores s = CorefMetrics.score(key, response);
    assertThat(s.muc().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.muc().precision()).isCloseTo(2.0 / 3, within(1e-9));
    // CEAF-e: best alignment {a,b,c}-{a,b} (φ4 = 4/5) and {d,e}-{c,d,e} (φ4 = 4/5): 1.6 of 2
    assertThat(s.ceafe().f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void allSingletonsHaveNoMucLinks() {
    Map<String, String> key = of("a", "1", "b", "1");
    CorefMetrics.Scores s = CorefMetrics.score(key, of("a", "x", "b", "y"));
    assertThat(s.muc().recall()).isZero();
    assertThat(s.b3().precision()).isEqualTo(1.0);
    assertThat(s.b3().recall()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void endToEndMentionsMissingOnEitherSideEarnNothing() {
    // key {a,b,c}; response {a,b,z}: c was not found, z is not a gold mention
    CorefMetrics.Scores s = CorefMetrics.score(of("a", "1", "b", "1", "c", "1"),
        of("a", "x", "b", "x", "z", "x"));
    assertThat(s.muc().recall()).as("parts {a,b} {c}").isCloseTo(0.5, within(1e-9));
    assertThat(s.muc().precision()).as("parts {a,b} {z}").isCloseTo(0.5, within(1e-9));
    assertThat(s.b3().recall()).isCloseTo(4.0 / 9, within(1e-9));
    assertThat(s.b3().precision()).isCloseTo(4.0 / 9, within(1e-9));
    assertThat(s.ceafe().f1()).as("φ4 = 4/6").isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void hungarianFindsTheBestOneToOneAssignment() {
    double[][] w = {{0.9, 0.8}, {0.85, 0.1}};
    assertThat(CorefMetrics.maxAssignment(w)).isCloseTo(1.65, within(1e-9));
    assertThat(CorefMetrics.maxAssignment(new double[][] {{0.3, 0.5, 0.4}})).isEqualTo(0.5);
  }

  @Test
  void stemsFoldInflections() {
    assertThat(EventCoreference.stem("Shootings")).isEqualTo(EventCoreference.stem("shoot"));
    assertThat(EventCoreference.stem("fired")).isEqualTo(EventCoreference.stem("fire"));
    assertThat(EventCoreference.stem("arrested")).isEqualTo(EventCoreference.stem("arrest"));
  }
}
