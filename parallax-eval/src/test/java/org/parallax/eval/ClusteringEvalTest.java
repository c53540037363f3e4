package org.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringEvalTest {
  @Test
  void bcubedIsPerfectOnlyForTheGoldClustering() {
    List<String> gold = List.of("a", "a", "b", "b", "b");
    assertThat(ClusteringEval.bcubed(gold, List.of("x", "x", "y", "y", "y")))
        .containsExactly(1.0, 1.0, 1.0);
    // everything in one cluster: recall 1, precision (2·2/5 + 3·3/5) / 5 = 13/25
    double[] one = ClusteringEval.bcubed(gold, List.of("z", "z", "z", "z", "z"));
    assertThat(one[0]).isCloseTo(13.0 / 25, within(1e-9));
    assertThat(one[1]).isEqualTo(1.0);
    // singletons: precision 1, recall (2·1/2 + 3·1/3) / 5 = 2/5
    double[] single = ClusteringEval.bcubed(gold, List.of("1", "2", "3", "4", "5"));
    assertThat(single[0]).isEqualTo(1.0);
    assertThat(single[1]).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void bcubedRefusesListsOfDifferentLength() {
    assertThatThrownBy(() -> ClusteringEval.bcubed(List.of("a"), List.of("a", "b")))
        .hasMessageContaining("gold has 1 items, predicted 2");
  }
}
