package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCoreferenceTest {
  /** A unit vector at cosine {@code c} to (1, 0). */
  private static float[] at(double c) {
    return new float[] {(float) c, (float) Math.sqrt(1 - c * c)};
  }

  private static final float[] X = {1, 0};

  @Test
  void theSameWordIsOneEventUnlessItsContextsDiffer() {
    assertThat(EventCoreference.corefer("fire", X, "fire", at(0.6))).isTrue();
    assertThat(EventCoreference.corefer("fire", X, "fire", at(0.4))).isFalse();
  }

  @Test
  void differentWordsAreOneEventOnlyWhenTheirContextsAgreeClosely() {
    assertThat(EventCoreference.corefer("shoot", X, "kill", at(0.75))).isTrue();
    assertThat(EventCoreference.corefer("shoot", X, "kill", at(0.6))).isFalse();
  }

  @Test
  void aTriggerWithoutAVectorFallsBackToItsWord() {
    float[] none = new float[2];
    assertThat(EventCoreference.corefer("fire", none, "fire", X)).isTrue();
    assertThat(EventCoreference.corefer("fire", X, "shoot", none)).isFalse();
  }
}
