package org.parallax.story;

import java.util.Locale;
import org.parallax.model.Vectors;

/**
 * Whether two mentions of events are one event, from their trigger words and the vector of each
 * trigger read in its sentence ({@code SentenceEmbedder.embedSpan}): "fired" the coach and "fired"
 * the gun share a word but not a meaning; "shooting" and "killed" share a meaning but not a word.
 * Callers compare only mentions of one story (a story is one real-world event and its reports).
 *
 * <p>The thresholds were chosen on the ECB+ development topics with gold mentions and checked
 * once on the held-out topics (docs/EVALUATION.md, event coreference).
 */
public final class EventCoreference {
  /** Two mentions with the same trigger stem: one event unless their contexts differ. */
  public static final double SAME_WORD = 0.5;
  /** Two mentions with different trigger stems: one event when their contexts agree closely. */
  public static final double OTHER_WORD = 0.7;

  private EventCoreference() {}

  /** The vector of the characters {@code [begin, end)} of {@code text} read in context. */
  @FunctionalInterface
  public interface SpanVectors {
    float[] of(String text, int begin, int end);
  }

  /**
   * A crude stem of a trigger word for comparing triggers: plural, "-ing", "-ed" and a final "e"
   * or doubled consonant removed ("shootings", "shoot"; "fired", "fire"; "arrested", "arrest").
   */
  public static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ied")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgklmnprstz".indexOf(w.charAt(n - 1))
        >= 0) {
      w = w.substring(0, n - 1);
    }
    return w;
  }

  /**
   * Whether mentions with trigger stems {@code stemA}, {@code stemB} and in-context vectors
   * {@code a}, {@code b} (unit length, same model) are one event; a zero vector falls back to
   * the stems.
   */
  public static boolean corefer(String stemA, float[] a, String stemB, float[] b) {
    if (isZero(a) || isZero(b)) {
      return stemA.equals(stemB); // a trigger the model has no word piece for
    }
    double cosine = Vectors.cosine(a, b);
    return stemA.equals(stemB) ? cosine >= SAME_WORD : cosine >= OTHER_WORD;
  }

  private static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
