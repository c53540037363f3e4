package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: per page, true/false positives and false negatives
 * over multisets of 4-token shingles of {@code \w+} tokens, normalised so each page weighs the
 * same; precision and recall are averaged over pages (pages with nothing to score on that side
 * are left out of that mean) and F1 is taken from the two means.
 */
public final class ShingleMetric {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** Normalised counts for one page. */
  public record Counts(double tp, double fp, double fn) {}

  private ShingleMetric() {}

  public static Counts score(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!sh.isEmpty()) {
        out.merge(List.copyOf(sh), 1, Integer::sum);
      }
    }
    return out;
  }

  static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() == 0 && c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
  }

  static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() == 0 && c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
  }

  /** Aggregates page counts the benchmark's way. */
  public static EvalReport aggregate(String task, List<Counts> pages) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        p += precision(c);
        pn++;
      }
      if (c.tp() + c.fn() > 0) {
        r += recall(c);
        rn++;
      }
    }
    double precision = pn == 0 ? 0 : p / pn;
    double recall = rn == 0 ? 0 : r / rn;
    return new EvalReport(task, precision, recall, EvalReport.f1(precision, recall), pages.size(),
        List.of());
  }
}
