package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The neural dependency parser's scoring step, CoreNLP 4.5.10's {@link Classifier} computed in
 * float with the memory laid out for speed. It lives in CoreNLP's package only because the method
 * it replaces, {@code computeScores(int[])}, is package-private; {@link #install} swaps it into a
 * loaded {@link DependencyParser}. Parallax's own code.
 *
 * <p>Why: the parser scores every transition with a hidden layer (48 feature slices of 1,000
 * units summed, then cubed, in the English model) and an output layer (one score for each of 83
 * transitions). CoreNLP computes both as dot products in double, one running sum per unit, so
 * each multiply waits for the previous add; looks up each feature in a {@code
 * HashMap<Integer,Integer>}; and keeps the slices of words it has met in a synchronised
 * least-recently-used cache of boxed keys. Here the sums are taken as rows added into a vector of
 * accumulators (the weights are transposed once, at install), which the JIT turns into vector
 * instructions; the precomputed slices are found through an open-addressing {@code int} table,
 * and the slices of other words in a concurrent map with no lock on reading. Everything is
 * float — the model's own weights are — so a vector instruction takes twice the numbers and each
 * transition reads half the bytes (48 slices of 4 KB and an output matrix of 330 KB): the parser
 * takes about 30 % less time than with double sums ({@code docs/BENCHMARKS.md}, session 27).
 * Scores differ from CoreNLP's in the last digits (under two millionths of their magnitude,
 * {@code FastClassifierTest}); on 611 news articles every parse came out the same.
 *
 * <p>Thread-safe: CoreNLP hands every thread that loads the same model the same {@link
 * DependencyParser}, so the weights and the table of slices are shared (a slice, once computed,
 * never changes) and each thread keeps its own accumulators.
 */
public final class FastClassifier extends Classifier {

  /**
   * Slices of words met at run time kept at most (each as many floats as the hidden layer has
   * units, 1,000 in the English model: 200 MB in all); the table is cleared when it fills.
   */
  static final int CACHE_ENTRIES = 50_000;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numLabels;
  private final float[] bias;
  /** W1 transposed: row {@code position * embeddingSize + k} holds the weights of input k. */
  private final float[][] inputRows;
  private final float[][] embeddings;
  /** W2 transposed: row j holds hidden unit j's weight for every label. */
  private final float[][] outputRows;
  /** The model's precomputed slices (CoreNLP's, narrowed to float) and their feature keys. */
  private final float[][] saved;
  private final IntTable savedIds;
  /** Slices of other features, computed on first use, shared by the threads. */
  private final ConcurrentHashMap<Integer, float[]> cached = new ConcurrentHashMap<>();
  /** Each thread's hidden layer and output sums. */
  private final ThreadLocal<float[][]> accumulator;

  private FastClassifier(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
      double[][] saved, Map<Integer, Integer> preMap) {
    super(config, e, w1, b1, w2, List.of());
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.numLabels = w2.length;
    this.bias = b1;
    this.embeddings = e;
    int inputs = w1[0].length;
    this.inputRows = new float[inputs][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int k = 0; k < inputs; k++) {
        inputRows[k][i] = w1[i][k];
      }
    }
    this.outputRows = new float[hiddenSize][numLabels];
    for (int label = 0; label < numLabels; label++) {
      for (int j = 0; j < hiddenSize; j++) {
        outputRows[j][label] = w2[label][j];
      }
    }
    this.saved = new float[saved.length][];
    for (int n = 0; n < saved.length; n++) {
      if (saved[n] != null) {
        float[] slice = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
          slice[i] = (float) saved[n][i];
        }
        this.saved[n] = slice;
      }
    }
    this.savedIds = new IntTable(Math.max(16, preMap.size() * 2));
    for (Map.Entry<Integer, Integer> m : preMap.entrySet()) {
      savedIds.put(m.getKey(), m.getValue());
    }
    this.accumulator = ThreadLocal.withInitial(
        () -> new float[][] {new float[hiddenSize], new float[numLabels]});
  }

  /**
   * Replaces the classifier of a loaded parser with one that computes the same scores faster.
   *
   * @throws IllegalStateException if this CoreNLP is not laid out as 4.5.10 is
   */
  public static void install(DependencyParser parser) {
    synchronized (parser) { // threads loading at once share one parser
      installOnce(parser);
    }
  }

  private static void installOnce(DependencyParser parser) {
    try {
      Classifier stock = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      if (stock instanceof FastClassifier) {
        return;
      }
      Config config = (Config) field(Classifier.class, "config").get(stock);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap =
          (Map<Integer, Integer>) field(Classifier.class, "preMap").get(stock);
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(stock);
      if (saved == null || saved.length < preMap.size()) {
        throw new IllegalStateException("the parser's precomputed slices are missing");
      }
      FastClassifier fast = new FastClassifier(config, stock.getE(), stock.getW1(),
          stock.getb1(), stock.getW2(), saved, preMap);
      fast.dropTrainingState();
      field(DependencyParser.class, "classifier").set(parser, fast);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the expected version "
          + "(4.5.10): " + e, e);
    }
  }

  /** The training-only gradient histories (the embeddings' alone are tens of MB) are not kept. */
  private void dropTrainingState() throws ReflectiveOperationException {
    for (String name : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1"}) {
      field(Classifier.class, name).set(this, null);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  @Override
  double[] computeScores(int[] feature) {
    float[][] work = accumulator.get();
    float[] hidden = work[0];
    float[] sums = work[1];
    Arrays.fill(hidden, 0f);
    Arrays.fill(sums, 0f);
    for (int j = 0; j < feature.length; j++) {
      int key = feature[j] * Config.numTokens + j;
      int id = savedIds.get(key);
      float[] slice = id >= 0 ? saved[id] : slice(key, feature[j], j);
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += slice[i];
      }
    }
    for (int j = 0; j < hiddenSize; j++) {
      float h = hidden[j] + bias[j];
      h = h * h * h;
      float[] row = outputRows[j];
      for (int label = 0; label < numLabels; label++) {
        sums[label] += h * row[label];
      }
    }
    double[] scores = new double[numLabels];
    for (int label = 0; label < numLabels; label++) {
      scores[label] = sums[label];
    }
    return scores;
  }

  /** The hidden-layer slice of one word at one feature position. */
  private float[] slice(int key, int token, int position) {
    float[] known = cached.get(key);
    if (known != null) {
      return known;
    }
    float[] slice = new float[hiddenSize];
    float[] embedding = embeddings[token];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float e = embedding[k];
      float[] row = inputRows[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        slice[i] += row[i] * e;
      }
    }
    if (cached.size() >= CACHE_ENTRIES) {
      cached.clear(); // another thread may be filling it meanwhile: the bound is approximate
    }
    cached.put(key, slice);
    return slice;
  }

  /** Open addressing from non-negative int keys to non-negative ints; -1 when absent. */
  static final class IntTable {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntTable(int minCapacity) {
      int capacity = Integer.highestOneBit(Math.max(2, minCapacity - 1)) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1);
    }

    int get(int key) {
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == -1) {
          return -1;
        }
      }
    }

    void put(int key, int value) {
      for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == -1 || keys[i] == key) {
          keys[i] = key;
          values[i] = value;
          return;
        }
      }
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
