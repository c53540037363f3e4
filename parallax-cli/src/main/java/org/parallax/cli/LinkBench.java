package org.parallax.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;
import org.parallax.story.ArticleFeatures;
import org.parallax.story.LinkerConfig;
import org.parallax.story.Story;
import org.parallax.story.StoryLinker;

/**
 * {@code parallax bench link}: linking time per article and memory as the collection grows, on
 * synthetic articles drawn from a seeded model of real ones: the word frequencies and article
 * lengths of a real corpus (when one is given), stories with their own topic words and entities,
 * a steady stream of days. Only linking is timed; generating the articles is not.
 */
final class LinkBench {
  /** Articles per simulated day. */
  static final int PER_DAY = 1000;
  /** The window over which per-article time is measured, at the start and at the end. */
  static final int WINDOW = 10_000;
  /** Dimensions of the synthetic embeddings: those of the product's model. */
  static final int DIMENSION = org.parallax.embed.SentenceEmbedder.DIMENSION;

  private final String[] vocab;
  private final Alias background;
  private final int[] lengths;
  private final long seed;

  private LinkBench(String[] vocab, double[] weights, int[] lengths, long seed) {
    this.vocab = vocab;
    this.background = new Alias(weights, seed);
    this.lengths = lengths;
    this.seed = seed;
  }

  /** A model fitted to {@code real} articles, or a Zipf model when there are none. */
  static LinkBench model(List<Article> real, long seed) {
    Map<String, Integer> counts = new HashMap<>();
    List<Integer> lengths = new ArrayList<>();
    Analysis none = new Analysis("x", 0, 0, List.of(), List.of(), List.of(), List.of(), List.of());
    for (Article a : real) {
      Map<String, Integer> t = ArticleFeatures.of(a.id(), "o", null, a.title(), a.text(), none)
          .terms();
      t.forEach((k, v) -> counts.merge(k, v, Integer::sum));
      lengths.add(t.size());
    }
    if (counts.size() < 1000) {
      int n = 50_000;
      String[] vocab = new String[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        vocab[i] = "w" + i;
        w[i] = 1.0 / Math.pow(i + 1, 1.05);
      }
      return new LinkBench(vocab, w, new int[] {250}, seed);
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    String[] vocab = new String[sorted.size()];
    double[] w = new double[sorted.size()];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = sorted.get(i).getKey();
      w[i] = sorted.get(i).getValue();
    }
    return new LinkBench(vocab, w, lengths.stream().mapToInt(Integer::intValue).toArray(), seed);
  }

  int vocabularySize() {
    return vocab.length;
  }

  /** Links {@code n} synthetic articles and prints time per article, memory and B³. */
  void run(int n, PrintWriter out) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StoryLinker linker = new StoryLinker(LinkerConfig.DEFAULT);
    List<String[]> topics = new ArrayList<>(); // story → topic words, then entities
    List<Integer> startDay = new ArrayList<>();
    Map<String, Integer> gold = new HashMap<>();
    int entities = 20_000;
    long firstNanos = 0;
    long lastNanos = 0;
    long allNanos = 0;
    System.gc();
    resetPeaks();
    LocalDate day0 = LocalDate.of(2030, 1, 1);
    float[] common = gaussian(new SplittableRandom(seed - 1));
    for (int i = 0; i < n; i++) {
      int day = i / PER_DAY;
      int story;
      if (topics.isEmpty() || rnd.nextDouble() < 0.35) {
        String[] t = new String[23];
        for (int k = 0; k < 20; k++) {
          int lo = Math.min(200, vocab.length / 10);
          int hi = Math.min(20_000, vocab.length);
          t[k] = vocab[lo + rnd.nextInt(hi - lo)];
        }
        for (int k = 20; k < 23; k++) {
          t[k] = "@e" + (int) Math.floor(Math.pow(entities, rnd.nextDouble()));
        }
        topics.add(t);
        startDay.add(day);
        story = topics.size() - 1;
      } else {
        story = topics.size() - 1 - rnd.nextInt(Math.min(300, topics.size()));
      }
      Map<String, Integer> terms = new HashMap<>();
      String[] t = topics.get(story);
      for (int k = 0; k < 20; k++) {
        if (rnd.nextDouble() < 0.6) {
          terms.merge(t[k], 1 + rnd.nextInt(3), Integer::sum);
        }
      }
      for (int k = 20; k < 23; k++) {
        if (rnd.nextDouble() < 0.8) {
          terms.merge(t[k], 1 + rnd.nextInt(5), Integer::sum);
        }
      }
      int len = lengths[rnd.nextInt(lengths.length)];
      for (int k = 0; k < len; k++) {
        terms.merge(vocab[background.next(rnd)], 1, Integer::sum);
      }
      int lag = 0;
      while (lag < 5 && rnd.nextDouble() < 0.4) {
        lag++;
      }
      @Nullable LocalDate published = rnd.nextDouble() < 0.05 ? null
          : day0.plusDays(Math.max(day, startDay.get(story) + lag));
      String id = "s" + i;
      gold.put(id, story);
      ArticleFeatures f = new ArticleFeatures(id, "o" + rnd.nextInt(300), published, terms)
          .withEmbedding(embedding(common, story, rnd));
      long t0 = System.nanoTime();
      linker.link(f);
      long dt = System.nanoTime() - t0;
      allNanos += dt;
      if (i < WINDOW) {
        firstNanos += dt;
      }
      if (i >= n - WINDOW) {
        lastNanos += dt;
      }
    }
    long peak = peakHeap();
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    List<Story> stories = linker.stories();
    List<String> goldLabels = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        goldLabels.add(String.valueOf(gold.get(id)));
        predicted.add(s.id());
      }
    }
    double[] b3 = org.parallax.eval.ClusteringEval.bcubed(goldLabels, predicted);
    int window = Math.min(WINDOW, n);
    out.printf(Locale.ROOT, "link %,d articles: %.1f µs/article overall; first %,d: %.1f µs;"
        + " last %,d: %.1f µs; heap peak %d MB, after GC %d MB; %,d stories (%,d gold), %,d open;"
        + " B³ P %.3f R %.3f F1 %.3f%n", n, allNanos / 1e3 / n, window,
        firstNanos / 1e3 / window, window, lastNanos / 1e3 / window, peak >> 20, used >> 20,
        stories.size(), topics.size(), linker.openStories(), b3[0], b3[1], b3[2]);
    out.flush();
  }

  /**
   * A synthetic embedding: 0.35 of a direction all news shares, 0.75 of its story's own direction
   * (drawn again from the story's number, so nothing per story is kept), 0.55 of its own; so two
   * reports of one story have a cosine near 0.69 and two unrelated articles near 0.12, about
   * what the real model gives.
   */
  private float[] embedding(float[] common, int story, SplittableRandom rnd) {
    float[] topic = gaussian(new SplittableRandom(seed * 1_000_003L + story));
    float[] own = gaussian(rnd);
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = 0.35f * common[i] + 0.75f * topic[i] + 0.55f * own[i];
    }
    return org.parallax.model.Vectors.unit(v);
  }

  /** A random unit vector. */
  private static float[] gaussian(SplittableRandom rnd) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = (float) rnd.nextGaussian();
    }
    return org.parallax.model.Vectors.unit(v);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Walker's alias method: draws an index with probability proportional to its weight in O(1). */
  static final class Alias {
    private final double[] prob;
    private final int[] alias;

    Alias(double[] weights, long seed) {
      int n = weights.length;
      prob = new double[n];
      alias = new int[n];
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      double[] scaled = new double[n];
      int[] small = new int[n];
      int[] large = new int[n];
      int ns = 0;
      int nl = 0;
      for (int i = 0; i < n; i++) {
        scaled[i] = weights[i] * n / sum;
        if (scaled[i] < 1) {
          small[ns++] = i;
        } else {
          large[nl++] = i;
        }
      }
      while (ns > 0 && nl > 0) {
        int s = small[--ns];
        int l = large[--nl];
        prob[s] = scaled[s];
        alias[s] = l;
        scaled[l] = scaled[l] + scaled[s] - 1;
        if (scaled[l] < 1) {
          small[ns++] = l;
        } else {
          large[nl++] = l;
        }
      }
      while (nl > 0) {
        prob[large[--nl]] = 1;
      }
      while (ns > 0) {
        prob[small[--ns]] = 1;
      }
    }

    int next(SplittableRandom rnd) {
      int i = rnd.nextInt(prob.length);
      return rnd.nextDouble() < prob[i] ? i : alias[i];
    }
  }
}
