package edu.stanford.nlp.ie.crf;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * CoreNLP's NER features, with the character n-grams of each word made once per word instead of
 * once per occurrence. Parallax's own code; it lives in CoreNLP's package only because the
 * classifier's feature index is not public.
 *
 * <p>Why: the CoNLL model ({@code english.conll.4class.distsim}) gives every word all its
 * prefixes and suffixes of two letters or more ("{@code #<Wa#}", "{@code #ton>#}"), about twice
 * the word's length, each a new string hashed and looked up in an index of the model's features —
 * the largest share of the CRF's time, which was about a fifth of the analysis
 * (docs/BENCHMARKS.md). Here a word's n-grams are made once, only those the model has a weight for
 * are kept, and as the index's own strings, so the lookup finds them at once. The features of a
 * word are the same set as CoreNLP's (checked in {@code NgramCachingFeatureFactoryTest}); only
 * their order within the set can differ, which changes the sum of a word's weights in the last
 * bits at most.
 *
 * <p>Every other feature is CoreNLP's: this factory is CoreNLP's with the n-grams switched off in
 * its own copy of the flags, plus the cached n-grams. Installed only for models whose n-gram
 * settings it reproduces ({@link #supports}); others keep CoreNLP's factory. Thread-safe as
 * CoreNLP's factory is; the cache is a concurrent map, emptied when it reaches {@link #MAX_WORDS}.
 */
public final class NgramCachingFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {
  private static final long serialVersionUID = 1L;

  /** Words whose n-grams are kept before the cache starts again (a day of news: ~50,000). */
  static final int MAX_WORDS = 200_000;

  private final transient Index<String> featureIndex;
  private final transient Map<String, String[]> ngrams = new ConcurrentHashMap<>();

  private NgramCachingFeatureFactory(Index<String> featureIndex) {
    this.featureIndex = featureIndex;
  }

  /** Whether the n-grams of {@code flags} are the kind this factory makes. */
  static boolean supports(SeqClassifierFlags flags) {
    return flags.useNGrams && flags.noMidNGrams && flags.useInternal && flags.useExternal
        && !flags.lowercaseNGrams && !flags.dehyphenateNGrams && !flags.greekifyNGrams
        && !flags.conjoinShapeNGrams && !flags.useEmbedding
        // state the stock factory holds beyond its flags and lexicon, which a new one would lack
        && !flags.useGazettes && !flags.useGenericFeatures && !flags.checkNameList;
  }

  /**
   * Puts the factory in place of CoreNLP's in every CRF of the annotator whose model it supports.
   * Returns how many it replaced. Idempotent.
   */
  public static int install(NERCombinerAnnotator annotator) {
    try {
      ClassifierCombiner<?> combiner =
          (ClassifierCombiner<?>) field(NERCombinerAnnotator.class, "ner").get(annotator);
      List<?> classifiers = (List<?>) field(ClassifierCombiner.class, "baseClassifiers")
          .get(combiner);
      int installed = 0;
      for (Object c : classifiers) {
        if (c instanceof CRFClassifier<?> crf && install(crf)) {
          installed++;
        }
      }
      return installed;
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("CoreNLP's NER annotator is not the expected version "
          + "(4.5.10): " + e, e);
    }
  }

  /** Puts the factory in place of {@code crf}'s when its model is supported; true if it did. */
  static boolean install(CRFClassifier<?> crf) {
    @SuppressWarnings("unchecked")
    List<FeatureFactory<CoreLabel>> factories =
        (List<FeatureFactory<CoreLabel>>) (List<?>) crf.featureFactories;
    NgramCachingFeatureFactory<CoreLabel> fast = of(crf);
    if (fast == null) {
      return false;
    }
    factories.set(0, fast);
    return true;
  }

  /**
   * A factory making the features {@code crf}'s own makes, or null when {@code crf}'s is not
   * CoreNLP's NER factory (already replaced, say) or its model's n-grams are not supported.
   */
  static <T extends CoreLabel> @Nullable NgramCachingFeatureFactory<T> of(CRFClassifier<?> crf) {
    List<?> factories = crf.featureFactories;
    if (factories.size() != 1 || !factories.get(0).getClass().equals(NERFeatureFactory.class)
        || !supports(crf.flags) || crf.featureIndex == null) {
      return null;
    }
    NgramCachingFeatureFactory<T> fast = new NgramCachingFeatureFactory<>(crf.featureIndex);
    try {
      // the distributional-similarity classes were read when the model was made and travel
      // inside it; the new factory shares them rather than reading the lexicon's path again
      Field lexicon = field(NERFeatureFactory.class, "lexicon");
      lexicon.set(fast, lexicon.get(factories.get(0)));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's NER feature factory is not the expected version "
          + "(4.5.10): " + e, e);
    }
    SeqClassifierFlags own = copy(crf.flags);
    own.useNGrams = false;
    fast.init(own);
    return fast;
  }

  @Override
  public Collection<String> getCliqueFeatures(PaddedList<IN> info, int loc, Clique clique) {
    Collection<String> features = super.getCliqueFeatures(info, loc, clique);
    if (clique == cliqueC) {
      String domain = info.get(0).get(CoreAnnotations.DomainAnnotation.class);
      String word = getWord(info.get(loc));
      if (domain == null) {
        String[] known = ngrams.get(word);
        if (known == null) {
          if (ngrams.size() >= MAX_WORDS) {
            ngrams.clear();
          }
          known = known(ngramFeatures(word, null));
          ngrams.put(word, known);
        }
        for (String f : known) {
          features.add(f);
        }
      } else {
        features.addAll(ngramFeatures(word, domain));
      }
    }
    return features;
  }

  /**
   * The n-gram features CoreNLP makes for {@code word} with these flags: the word between angle
   * brackets, its prefixes and suffixes of two characters or more (all of them: the model sets no
   * maximum unless {@code maxNGramLeng}), each between hashes, with the clique's suffix (and the
   * domain's, when there is one).
   */
  List<String> ngramFeatures(String cWord, @Nullable String domain) {
    String word = '<' + cWord + '>';
    int max = flags.maxNGramLeng >= 0 ? Math.min(flags.maxNGramLeng, word.length())
        : word.length();
    List<String> subs = new ArrayList<>();
    for (int j = 2; j <= max; j++) {
      subs.add('#' + word.substring(0, j) + '#');
    }
    int start = flags.maxNGramLeng >= 0 ? Math.max(0, word.length() - flags.maxNGramLeng) : 0;
    for (int i = start; i < word.length() - 1; i++) {
      subs.add('#' + word.substring(i) + '#');
    }
    List<String> out = new ArrayList<>(domain == null ? subs.size() : 2 * subs.size());
    for (String s : subs) {
      out.add(s + "|C");
      if (domain != null) {
        out.add(s + '|' + domain + "-C");
      }
    }
    return out;
  }

  /** The features of {@code all} the model has a weight for, as the index's own strings. */
  private String[] known(List<String> all) {
    List<String> out = new ArrayList<>(all.size());
    for (String f : all) {
      int i = featureIndex.indexOf(f);
      if (i >= 0 && !out.contains(featureIndex.get(i))) {
        out.add(featureIndex.get(i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static SeqClassifierFlags copy(SeqClassifierFlags flags) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(flags);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        return (SeqClassifierFlags) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
