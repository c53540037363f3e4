package org.parallax.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parallax.model.Vectors;

/** The real model from the Maven artifact; sentences written for this test. */
class SentenceEmbedderTest {
  private final SentenceEmbedder model = SentenceEmbedder.shared();

  @Test
  void paraphrasesAreCloserThanUnrelatedSentences() {
    float[] cut = model.embed("Valdoria cut diplomatic ties with Ostmark on Monday.");
    float[] severed = model.embed("The government of Valdoria severed relations with Ostmark.");
    float[] quake = model.embed("A strong earthquake shook the coast and destroyed a bridge.");
    assertThat(cut).hasSize(SentenceEmbedder.DIMENSION);
    assertThat(norm(cut)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    double same = Vectors.cosine(cut, severed);
    double other = Vectors.cosine(cut, quake);
    assertThat(same).isGreaterThan(other + 0.2);
    assertThat(Vectors.cosine(cut, cut)).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void sameTextSameVectorAcrossCalls() {
    String text = "Ministers of the three states met in Brenn to sign a trade accord.";
    assertThat(model.embed(text)).containsExactly(model.embed(text));
  }

  @Test
  void longTextIsWindowedAndLeadIsBounded() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      b.append("The port of Brenn reopened after the storm, officials said on day ").append(i)
          .append(". ");
    }
    String text = b.toString();
    assertThat(model.tokens(text)).isGreaterThan(3 * SentenceEmbedder.MAX_TOKENS);
    float[] whole = model.embed(text);
    float[] lead = model.embed(text, 1);
    float[] twoWindows = model.embed(text, 2);
    assertThat(norm(whole)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    // the windows repeat one sentence, so every reading lands close together, but not on one point
    assertThat(Vectors.cosine(whole, lead)).isGreaterThan(0.9);
    assertThat(lead).isNotEqualTo(twoWindows);
    assertThatThrownBy(() -> model.embed(text, 0)).hasMessageContaining("maxWindows");
    // only the first window counts: what follows it does not change the lead's vector
    String shorter = text.substring(0, 1000);
    assertThat(model.tokens(shorter)).isGreaterThan(SentenceEmbedder.MAX_TOKENS);
    assertThat(model.embed(text, 1)).containsExactly(model.embed(shorter, 1));
  }

  @Test
  void emptyTextGivesZeroVector() {
    assertThat(norm(model.embed(""))).isZero();
    assertThat(norm(model.embed("   \n "))).isZero();
  }

  @Test
  void cosineRejectsMismatchedDimensions() {
    assertThatThrownBy(() -> Vectors.cosine(new float[3], new float[4]))
        .hasMessageContaining("3 and 4 dimensions");
  }

  private static double norm(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    return Math.sqrt(n);
  }
}
