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

  @Test
  void aWordInContextTakesItsMeaningFromTheSentence() {
    String coach = "The club fired its head coach after the third defeat in a row.";
    String gun = "The guard fired his gun twice into the air outside the stadium.";
    String again = "On Sunday the owners fired the manager of the struggling team.";
    float[] firedCoach = model.embedSpan(coach, coach.indexOf("fired"), coach.indexOf("fired") + 5);
    float[] firedGun = model.embedSpan(gun, gun.indexOf("fired"), gun.indexOf("fired") + 5);
    float[] firedManager = model.embedSpan(again, again.indexOf("fired"),
        again.indexOf("fired") + 5);
    assertThat(norm(firedCoach)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(Vectors.cosine(firedCoach, firedManager))
        .isGreaterThan(Vectors.cosine(firedCoach, firedGun) + 0.05);
    // not the sentence's vector: two words of one sentence differ
    float[] defeat = model.embedSpan(coach, coach.indexOf("defeat"), coach.indexOf("defeat") + 6);
    assertThat(Vectors.cosine(firedCoach, defeat)).isLessThan(0.9);
  }

  @Test
  void aSpanOutsideTheTextIsRejectedAndOneWithoutWordPiecesIsZero() {
    assertThatThrownBy(() -> model.embedSpan("short", 2, 9)).hasMessageContaining("outside");
    assertThat(norm(model.embedSpan("a  b", 1, 2))).isZero();
    assertThat(norm(model.embedSpan("short", 2, 2))).isZero();
  }

  @Test
  void offsetsAreJavaCharactersEvenAfterCharactersOutsideTheBasicPlane() {
    // two emoji are four Java chars but two code points, which the tokenizer counts
    String plain = "Police fired tear gas at the crowd.";
    String tweet = "\uD83D\uDD25\uD83D\uDD25 " + plain;
    int at = tweet.indexOf("fired");
    float[] fired = model.embedSpan(tweet, at, at + 5);
    float[] firedPlain = model.embedSpan(plain, 7, 12);
    float[] tear = model.embedSpan(tweet, at + 6, at + 10);
    assertThat(Vectors.cosine(fired, firedPlain)).isGreaterThan(Vectors.cosine(tear, firedPlain));
    assertThat(Vectors.cosine(fired, firedPlain)).isGreaterThan(0.8);
  }

  @Test
  void aSpanFarIntoALongTextIsReadInItsOwnWindow() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      b.append("The council met again on a quiet day. ");
    }
    int at = b.length();
    b.append("Then the army shelled the harbour.");
    String text = b.toString();
    float[] shelled = model.embedSpan(text, at + 14, at + 21);
    assertThat(norm(shelled)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    String alone = "Then the army shelled the harbour.";
    assertThat(Vectors.cosine(shelled, model.embedSpan(alone, 14, 21))).isGreaterThan(0.8);
  }

  private static double norm(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    return Math.sqrt(n);
  }
}
