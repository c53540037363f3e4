package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.story.UnionFind;

/**
 * The coreference metrics of the CoNLL shared tasks: MUC, B³, CEAF-e and their CoNLL average.
 * Key and response may hold different mentions (end-to-end: a predicted mention that matches no
 * gold one, a gold mention nothing predicted): as in the reference scorer, a mention missing
 * from the other side is a part of its own for MUC and earns no credit for B³ and CEAF-e.
 */
public final class CorefMetrics {
  /** Precision, recall and F1 of one metric. */
  public record Score(double precision, double recall, double f1) {
    static Score of(double p, double r) {
      return new Score(p, r, EvalReport.f1(p, r));
    }
  }

  /** All three and the CoNLL F1 (their mean F1). */
  public record Scores(Score muc, Score b3, Score ceafe, double conll) {}

  private CorefMetrics() {}

  /** Scores {@code response} against {@code key}; both map mention ids to cluster ids. */
  public static Scores score(Map<String, String> key, Map<String, String> response) {
    List<Set<String>> k = clusters(key);
    List<Set<String>> r = clusters(response);
    Score muc = Score.of(muc(r, key), muc(k, response));
    Score bc = Score.of(b3(r, response.size(), key), b3(k, key.size(), response));
    Score ce = ceafe(k, r);
    return new Scores(muc, bc, ce, (muc.f1() + bc.f1() + ce.f1()) / 3);
  }

  static List<Set<String>> clusters(Map<String, String> assignment) {
    Map<String, Set<String>> byId = new LinkedHashMap<>();
    assignment.forEach((m, c) -> byId.computeIfAbsent(c, x -> new HashSet<>()).add(m));
    return new ArrayList<>(byId.values());
  }

  /** MUC recall of {@code other} against {@code clusters} (swap the arguments for precision). */
  static double muc(List<Set<String>> clusters, Map<String, String> other) {
    double num = 0;
    double den = 0;
    for (Set<String> c : clusters) {
      Set<String> parts = new HashSet<>();
      for (String m : c) {
        String o = other.get(m);
        parts.add(o != null ? o : "\u0000" + m); // missing there: a part of its own
      }
      num += c.size() - parts.size();
      den += c.size() - 1;
    }
    return den == 0 ? 0 : num / den;
  }

  /**
   * B³ recall of {@code other} against {@code clusters} over {@code mentions} mentions (swap the
   * arguments for precision): each mention's share of its cluster that {@code other} keeps with
   * it.
   */
  static double b3(List<Set<String>> clusters, int mentions, Map<String, String> other) {
    double sum = 0;
    for (Set<String> c : clusters) {
      Map<String, Integer> together = new HashMap<>();
      for (String m : c) {
        String o = other.get(m);
        if (o != null) {
          together.merge(o, 1, Integer::sum);
        }
      }
      for (int n : together.values()) {
        sum += (double) n * n / c.size();
      }
    }
    return mentions == 0 ? 0 : sum / mentions;
  }

  /** CEAF-e: clusters aligned one to one (Kuhn–Munkres per connected part), φ4 similarity. */
  static Score ceafe(List<Set<String>> key, List<Set<String>> response) {
    Map<String, Integer> keyOf = new HashMap<>();
    for (int i = 0; i < key.size(); i++) {
      for (String m : key.get(i)) {
        keyOf.put(m, i);
      }
    }
    // connected parts of the bipartite overlap graph: key i and response j meet when they share
    int n = key.size() + response.size();
    UnionFind sets = new UnionFind(n);
    for (int j = 0; j < response.size(); j++) {
      for (String m : response.get(j)) {
        Integer i = keyOf.get(m);
        if (i != null) {
          sets.union(i, key.size() + j);
        }
      }
    }
    Map<Integer, List<Integer>> parts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      parts.computeIfAbsent(sets.find(i), x -> new ArrayList<>()).add(i);
    }
    double total = 0;
    for (List<Integer> part : parts.values()) {
      List<Integer> ks = part.stream().filter(x -> x < key.size()).toList();
      List<Integer> rs = part.stream().filter(x -> x >= key.size()).map(x -> x - key.size())
          .toList();
      if (ks.isEmpty() || rs.isEmpty()) {
        continue;
      }
      double[][] sim = new double[ks.size()][rs.size()];
      for (int a = 0; a < ks.size(); a++) {
        for (int b = 0; b < rs.size(); b++) {
          Set<String> kc = key.get(ks.get(a));
          Set<String> rc = response.get(rs.get(b));
          int common = 0;
          for (String m : rc) {
            if (kc.contains(m)) {
              common++;
            }
          }
          sim[a][b] = 2.0 * common / (kc.size() + rc.size());
        }
      }
      total += maxAssignment(sim);
    }
    double p = response.isEmpty() ? 0 : total / response.size();
    double r = key.isEmpty() ? 0 : total / key.size();
    return Score.of(p, r);
  }

  /** The largest total of a one-to-one assignment of rows to columns (Hungarian method). */
  static double maxAssignment(double[][] w) {
    int rows = w.length;
    int cols = w[0].length;
    int n = Math.max(rows, cols);
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        cost[i + 1][j + 1] = -w[i][j];
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      if (p[j] >= 1 && p[j] <= rows && j <= cols) {
        total += w[p[j] - 1][j - 1];
      }
    }
    return total;
  }


}
