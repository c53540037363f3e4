package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tagger's score of each tag at one position under one history of tags before it — the same
 * numbers as CoreNLP's {@code TestSentence.getHistories(String[], History)}, to the bit — with
 * the work that does not depend on the history done once. It lives in CoreNLP's package because
 * the tagger's feature tables and its sentence's history are package-private. Parallax's own code.
 *
 * <p>Why: the English model finds the best tag sequence exactly, over every pair of tags the two
 * words before may take, and CoreNLP sums every feature again for every pair: it asks the word's
 * rarity of the dictionary, finds the word's own features in a map keyed by the word, and builds
 * the strings of the tag features ("NN!VBD", "VBD") to look them up in a map of strings — new
 * strings whose hash is computed each time. Here a position's features that read only words (the
 * word, its neighbours, and for a rare word its shape, prefixes, suffixes, distributional class)
 * are summed once per position, and the tag features, which read nothing but the tags before, are
 * summed once per pair of tags for the whole tagger, then shared by every sentence and thread.
 * Each score is the same {@code double} CoreNLP computes: the same terms added in the same order
 * from the same zero (checked in {@code ShapeTaggerTest} against the stock method, call by call).
 *
 * <p>Only for models whose common history features read tags alone ({@link #forModel} says
 * otherwise with {@code null}, and CoreNLP's own method is used); the rare-word history features
 * (a capital at the start of a sentence, after a given tag) read the word too and are summed for
 * each history as CoreNLP does.
 */
final class HistoryScores {

  private final MaxentTagger tagger;
  /** How many tags before the word the common history features read (1 or 2). */
  private final int reach;
  /** The common history features' sums, by the tag two before and the tag one before. */
  private final Map<String, Map<String, double[]>> byTags = new ConcurrentHashMap<>();

  private HistoryScores(MaxentTagger tagger, int reach) {
    this.tagger = tagger;
    this.reach = reach;
  }

  /**
   * Scores for this tagger's model, or {@code null} when it scores approximately or one of its
   * common history features reads more than the one or two tags before the word.
   */
  static HistoryScores forModel(MaxentTagger tagger) {
    if (tagger.hasApproximateScoring()) {
      return null; // scores only the word's candidate tags, in their order: CoreNLP's own method
    }
    int reach = 0;
    for (Pair<Integer, Extractor> e : tagger.extractors.dynamic) {
      Extractor x = e.second();
      boolean tagsOnly = x.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class
          || (x.getClass() == Extractor.class && readsTag(x));
      if (!tagsOnly || x.rightContext() > 0 || x.leftContext() < 1 || x.leftContext() > 2) {
        return null;
      }
      reach = Math.max(reach, x.leftContext());
    }
    return reach == 0 ? null : new HistoryScores(tagger, reach);
  }

  private static boolean readsTag(Extractor x) {
    try {
      Field f = Extractor.class.getDeclaredField("isTag");
      f.setAccessible(true);
      return f.getBoolean(x);
    } catch (ReflectiveOperationException e) {
      return false; // not the Extractor of 4.5.10: CoreNLP's own method is used
    }
  }

  /** One sentence's scoring: what each position's words give, kept while the sentence is tagged. */
  Sentence sentence(int size) {
    return new Sentence(size);
  }

  final class Sentence {
    private final double[][] local;
    private final byte[] rare; // 0 not yet known, 1 common, 2 rare

    private Sentence(int size) {
      local = new double[size][];
      rare = new byte[size];
    }

    int size() {
      return local.length;
    }

    /** The log score of every tag at {@code h.current} under the tags {@code h} holds before it. */
    double[] scores(History h) {
      int word = h.current - h.start;
      if (rare[word] == 0) {
        rare[word] = tagger.isRare(ExtractorFrames.cWord.extract(h)) ? (byte) 2 : (byte) 1;
      }
      boolean isRare = rare[word] == 2;
      double[] fromWords = local[word];
      if (fromWords == null) {
        // as CoreNLP: the word's features, then its neighbours' plus the word's
        double[] own = sum(tagger.extractors.local, isRare ? tagger.extractorsRare.local : null, h);
        fromWords = sum(tagger.extractors.localContext,
            isRare ? tagger.extractorsRare.localContext : null, h);
        for (int i = 0; i < fromWords.length; i++) {
          fromWords[i] += own[i];
        }
        local[word] = fromWords;
      }
      double[] total = fromTags(h).clone();
      if (isRare) {
        add(tagger.extractorsRare.dynamic, tagger.extractors.size(), h, total);
      }
      for (int i = 0; i < total.length; i++) {
        total[i] += fromWords[i];
      }
      return total;
    }
  }

  /** The common history features' sum under the tags before {@code h.current}; not to be changed. */
  private double[] fromTags(History h) {
    String before = h.pairs.getTag(h, -1);
    String twoBefore = reach == 2 ? h.pairs.getTag(h, -2) : "";
    Map<String, double[]> row = byTags.computeIfAbsent(twoBefore, k -> new ConcurrentHashMap<>());
    double[] known = row.get(before);
    if (known == null) {
      known = sum(tagger.extractors.dynamic, null, h);
      row.put(before, known);
    }
    return known;
  }

  /** Common features, then rare ones, from zero: CoreNLP's {@code getExactHistories}. */
  private double[] sum(List<Pair<Integer, Extractor>> common,
      List<Pair<Integer, Extractor>> rare, History h) {
    double[] scores = new double[tagger.ySize];
    add(common, 0, h, scores);
    if (rare != null) {
      add(rare, tagger.extractors.size(), h, scores);
    }
    return scores;
  }

  private void add(List<Pair<Integer, Extractor>> extractors, int offset, History h,
      double[] scores) {
    double[] lambda = tagger.getLambdaSolve().lambda;
    for (Pair<Integer, Extractor> e : extractors) {
      int[] features = tagger.fAssociations.get(e.first() + offset).get(e.second().extract(h));
      if (features != null) {
        for (int i = 0; i < tagger.ySize; i++) {
          int feature = features[i];
          if (feature > -1) {
            scores[i] += lambda[feature];
          }
        }
      }
    }
  }
}
