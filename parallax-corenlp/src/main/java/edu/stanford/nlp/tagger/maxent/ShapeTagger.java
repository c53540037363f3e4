package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's maximum-entropy POS tagger with one change: a word the tagger has never seen is
 * offered the open-class tags its shape allows ("Parmitano" a name, a noun or an adjective, and
 * a capitalised word also the tags of its lower-case form, as headlines capitalise verbs;
 * "tweeting" a gerund, a noun or an adjective; "3.5per" a number, noun or adjective), not all 25
 * open-class tags of the English model. Words it knows are tagged exactly as before. It lives in
 * CoreNLP's package only because the tagger's dictionary and the method it overrides are not
 * public. Parallax's own code.
 *
 * <p>Why: the English model ({@code english-left3words-distsim}) finds the best tag sequence
 * exactly, over the tags of the two words before each word, so a run of three unknown words is
 * scored under 25 × 25 × 25 histories. News from many outlets is full of them — product names,
 * names from other languages, sale listings — and on the Telegram contest sample's English the
 * tagger took 43 % of the analysis (docs/BENCHMARKS.md). With the tags by shape it tags those
 * sentences about 1.4× as fast, and 35 of their 275,147 tokens get another tag; on CoNLL-2003 dev
 * the tags agree with the corpus's as often as before (0.8752).
 *
 * <p>Only the two-argument {@link #tagSentence(List, boolean)}, which CoreNLP's pipeline calls,
 * tags by shape; the tagger's other entry points are CoreNLP's own.
 *
 * <p>Thread-safe as {@link MaxentTagger} is: the tag sets are built once and never change (those
 * of capitalised words in a concurrent map as they are met), and each sentence is tagged by its
 * own {@link TestSentence}.
 */
public final class ShapeTagger extends MaxentTagger {

  /** Endings that name a class of unknown words, tried in this order. */
  private static final List<String> SUFFIXES = List.of("ing", "ed", "ly", "est", "er", "s");

  /** The classes of unknown words, each with the tags it may take. */
  private final Map<String, String[]> byShape = new HashMap<>();

  /** The tags of capitalised unknown words, by the tags of their lower-case form. */
  private final Map<String, String[]> capitalised = new ConcurrentHashMap<>();

  /** Scores with the work that does not depend on the tags before done once; null: CoreNLP's. */
  private final HistoryScores historyScores;

  /** Loads the tagger from a classpath or file path, as {@link MaxentTagger} does. */
  public ShapeTagger(String model) {
    super(model);
    put("digit", "CD JJ NN NNP NNS");
    put("symbol", "SYM NFP NN JJ CD FW ADD");
    put("address", "ADD NN NNP");
    put("capital", "NNP NNPS NN NNS JJ FW CD VBN VBG");
    put("ing", "VBG NN JJ NNP");
    put("ed", "VBD VBN JJ NN NNP");
    put("ly", "RB JJ NN NNP");
    put("s", "NNS VBZ NN NNP JJ FW");
    put("er", "JJR NN JJ NNP RBR VB VBP");
    put("est", "JJS NN JJ NNP RBS");
    put("other", "NN JJ NNS VB VBP RB FW NNP VBD VBN ADD");
    historyScores = HistoryScores.forModel(this);
  }

  private void put(String shape, String tagList) {
    byShape.put(shape, tags.deterministicallyExpandTags(tagList.split(" ")));
  }

  /** The tags an unknown word may take, by its shape. */
  String[] tagsForUnknown(String word) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String shape;
    if (lower.contains("@") || lower.startsWith("http") || lower.startsWith("www.")) {
      shape = "address";
    } else if (digit) {
      shape = "digit";
    } else if (!letter) {
      shape = "symbol";
    } else if (Character.isUpperCase(word.charAt(0)) && !lower.equals(word)) {
      // a headline's "Taps", "Nabs": the word's own tags in lower case, or its suffix's, and a
      // name's
      String[] asWord = dict.isUnknown(lower) ? tagsForUnknown(lower) : dict.getTags(lower);
      return capitalised.computeIfAbsent(String.join(" ", asWord), k -> {
        LinkedHashSet<String> all = new LinkedHashSet<>(
            Arrays.asList(byShape.get("capital")));
        all.addAll(Arrays.asList(asWord));
        return tags.deterministicallyExpandTags(all.toArray(new String[0]));
      });
    } else {
      shape = "other";
      for (String suffix : SUFFIXES) {
        if (lower.endsWith(suffix)) {
          shape = suffix;
          break;
        }
      }
    }
    return byShape.get(shape);
  }

  @Override
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence, boolean reuseTags) {
    if (reuseTags) {
      return super.tagSentence(sentence, true); // tags given in advance: CoreNLP's own path
    }
    return new ShapeSentence(this).tagSentence(sentence, false);
  }

  /**
   * One sentence being tagged: the tags of each position are worked out once, and the scores of
   * each history through {@link HistoryScores}.
   */
  private static final class ShapeSentence extends TestSentence {
    private final ShapeTagger tagger;
    private String[][] tagsAt;
    private HistoryScores.Sentence scores;

    ShapeSentence(ShapeTagger tagger) {
      super(tagger);
      this.tagger = tagger;
    }

    @Override
    protected String[] stringTagsAt(int pos) {
      int word = pos - leftWindow();
      if (word < 0 || word >= size) {
        return super.stringTagsAt(pos);
      }
      if (tagsAt == null || tagsAt.length != size) {
        tagsAt = new String[size][];
      }
      String[] known = tagsAt[word];
      if (known == null) {
        String w = sent.get(word);
        known = tagger.dict.isUnknown(w) ? tagger.tagsForUnknown(w) : super.stringTagsAt(pos);
        tagsAt[word] = known;
      }
      return known;
    }

    @Override
    protected double[] getHistories(String[] tags, History h) {
      if (tagger.historyScores == null || VERBOSE) {
        return super.getHistories(tags, h);
      }
      if (scores == null || scores.size() != size) { // one sentence per ShapeSentence
        scores = tagger.historyScores.sentence(size);
      }
      return scores.scores(h);
    }
  }

  /**
   * The pipeline's POS annotator over a {@link ShapeTagger}; named in a pipeline as a custom
   * annotator ({@code customAnnotatorClass.NAME}), with {@code NAME.model} for another model.
   */
  public static final class Annotator extends POSTaggerAnnotator {
    public Annotator(String name, Properties props) {
      super(new ShapeTagger(props.getProperty(name + ".model", DEFAULT_JAR_PATH)));
    }
  }
}
