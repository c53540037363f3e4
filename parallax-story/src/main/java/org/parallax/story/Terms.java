package org.parallax.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a text, counted: lower-cased, stop words and numbers dropped, plurals
 * folded ("sanctions" and "sanction" count as one). Cheap on purpose: linking must not need a
 * parser.
 */
final class Terms {
  private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am"
      + " among an and any are aren't as at be because been before being below between both but by"
      + " can could did do does doing done down during each either even ever every few for from"
      + " further get got had has have having he her here hers herself him himself his how however"
      + " i if in into is it its itself just last later least less like made make many may me"
      + " might more most much must my myself near new no nor not now of off on once one only or"
      + " other others our ours ourselves out over own per said same say says she should since so"
      + " some such than that the their theirs them themselves then there these they this those"
      + " though through to too two under until up upon us very via was we were what when where"
      + " whether which while who whom whose why will with within without would year years yet you"
      + " your yours yourself told tell according reported report reports week weeks day days"
      + " monday tuesday wednesday thursday friday saturday sunday time times first still back"
      + " well way three four five already another around including being").split(" ")));

  private Terms() {}

  /** Adds the terms of {@code text}, each counted {@code weight} times, to {@code into}. */
  static void count(String text, int weight, Map<String, Integer> into) {
    for (String w : sequence(text)) {
      into.merge(w, weight, Integer::sum);
    }
  }

  /** The terms of {@code text} in the order they stand, each as often as it stands. */
  static List<String> sequence(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
          && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) {
        i++;
      }
      if (i - b < 3 || i - b > 40) {
        continue;
      }
      String w = text.substring(b, i).toLowerCase(Locale.ROOT);
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (STOP.contains(w) || w.length() < 3) {
        continue;
      }
      out.add(fold(w));
    }
    return out;
  }

  /** Folds regular plurals: "ties" → "tie", "sanctions" → "sanction"; "news", "crisis" stay. */
  static String fold(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("ws")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  static Map<String, Integer> of(String text) {
    Map<String, Integer> out = new HashMap<>();
    count(text, 1, out);
    return out;
  }
}
