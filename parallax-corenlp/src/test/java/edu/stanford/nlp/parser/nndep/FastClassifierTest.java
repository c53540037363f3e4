package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastClassifier} against the classifier it replaces, on one loaded parser: the same
 * scores to within float rounding, and the same best transition, for feature vectors of every
 * kind (precomputed slices, slices computed on first use and again from the table, the table
 * cleared when full), and the same parses.
 */
class FastClassifierTest {

  static DependencyParser parser;
  static Classifier stock;
  static FastClassifier fast;

  @BeforeAll
  static void load() throws ReflectiveOperationException {
    Properties p = new Properties();
    p.setProperty("numCached", "50000"); // as Parallax loads it: slices rounded to float
    // a parser of its own: loadFromModelFile hands out CoreNLP's shared instance, which another
    // test's CoreNlpParser may have fitted with a FastClassifier already
    parser = new DependencyParser(p);
    parser.loadModelFile(DependencyParser.DEFAULT_MODEL);
    stock = classifier();
    assertTrue(!(stock instanceof FastClassifier));
    FastClassifier.install(parser);
    fast = (FastClassifier) classifier();
  }

  private static Classifier classifier() throws ReflectiveOperationException {
    Field f = DependencyParser.class.getDeclaredField("classifier");
    f.setAccessible(true);
    return (Classifier) f.get(parser);
  }

  @Test
  void installingReplacesTheClassifierOnceAndKeepsItsWeights() throws Exception {
    assertNotSame(stock, fast);
    FastClassifier.install(parser);
    assertTrue(classifier() == fast, "a second install keeps the first");
    assertTrue(stock.getW2() == fast.getW2() && stock.getE() == fast.getE(),
        "the weights are shared, not copied");
  }

  @Test
  void scoresAreTheStockClassifiersToFloatRounding() throws ReflectiveOperationException {
    Field preMapField = Classifier.class.getDeclaredField("preMap");
    preMapField.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(stock);
    List<Integer> precomputed = new ArrayList<>(preMap.keySet());
    int vocabulary = stock.getE().length;
    Random random = new Random(42);
    int[][] features = new int[400][Config.numTokens];
    for (int[] feature : features) {
      for (int j = 0; j < feature.length; j++) {
        // half of the positions take a precomputed (word, position), the rest any word at all
        int fromModel = precomputed.get(random.nextInt(precomputed.size()));
        boolean usable = fromModel % Config.numTokens == j;
        feature[j] = usable && random.nextBoolean()
            ? fromModel / Config.numTokens : random.nextInt(vocabulary);
      }
    }
    for (int round = 0; round < 2; round++) { // the second round reads slices from the table
      for (int[] feature : features) {
        assertClose(stock.computeScores(feature), fast.computeScores(feature));
      }
    }
    // more distinct slices than the table holds: it is cleared and refilled, scores unchanged
    int[] feature = features[0].clone();
    for (int n = 0; n < FastClassifier.CACHE_ENTRIES / Config.numTokens + 50; n++) {
      for (int j = 0; j < feature.length; j++) {
        feature[j] = random.nextInt(vocabulary);
      }
      if (n % 97 == 0) {
        assertClose(stock.computeScores(feature), fast.computeScores(feature));
      } else {
        fast.computeScores(feature);
      }
    }
    for (int[] f : features) {
      assertClose(stock.computeScores(f), fast.computeScores(f));
    }
  }

  /**
   * Each score within a hundred-thousandth of the largest score's magnitude (or of 1): floats
   * carry about seven digits, and a score sums a thousand products (the largest difference seen
   * is under two millionths); and the same transition scoring best.
   */
  static void assertClose(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    double scale = 1;
    int best = 0;
    int fastBest = 0;
    for (int i = 0; i < expected.length; i++) {
      scale = Math.max(scale, Math.abs(expected[i]));
      best = expected[i] > expected[best] ? i : best;
      fastBest = actual[i] > actual[fastBest] ? i : fastBest;
    }
    for (int i = 0; i < expected.length; i++) {
      double off = Math.abs(expected[i] - actual[i]) / scale;
      assertTrue(off < 1e-5, "score " + i + ": " + actual[i] + " against " + expected[i]);
    }
    assertEquals(best, fastBest, "the best transition");
  }

  @Test
  void threadsSharingTheParserGetTheSameScores() throws Exception {
    // CoreNLP gives every thread that loads the model the same parser, hence the same classifier
    int vocabulary = stock.getE().length;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        long seed = t;
        done.add(pool.submit(() -> {
          Random random = new Random(seed);
          int[] feature = new int[Config.numTokens];
          int checked = 0;
          // enough distinct slices that each thread's table fills and is cleared meanwhile
          for (int n = 0; n < 1_500; n++) {
            for (int j = 0; j < feature.length; j++) {
              feature[j] = random.nextInt(vocabulary);
            }
            double[] fastScores = fast.computeScores(feature);
            if (n % 25 == 0) {
              assertClose(stock.computeScores(feature), fastScores);
              checked++;
            }
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : done) {
        assertEquals(60, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parsesAreTheStockParsersParses() throws ReflectiveOperationException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("tokenize.language", "en");
    Annotation doc = new Annotation("The foreign ministry of Varnia said on Tuesday that it had "
        + "recalled its ambassador, citing what it called a campaign of intimidation. "
        + "\u201cWe will not be lectured by a regime that jails reporters,\u201d the minister told "
        + "reporters in Kessel, adding that talks were off. Officials in the capital, who spoke "
        + "on condition of anonymity, denied that any troops had crossed the border. According "
        + "to the Kessel Courier, which quoted two diplomats as saying the letter was never "
        + "sent, the council will meet again next week.");
    new StanfordCoreNLP(p).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(4, sentences.size());
    Field f = DependencyParser.class.getDeclaredField("classifier");
    f.setAccessible(true);
    for (CoreMap s : sentences) {
      f.set(parser, stock);
      String expected = parser.predict(s).typedDependencies().toString();
      f.set(parser, fast);
      assertEquals(expected, parser.predict(s).typedDependencies().toString());
    }
  }
}
