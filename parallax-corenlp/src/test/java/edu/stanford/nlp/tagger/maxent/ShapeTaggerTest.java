package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape tagger against CoreNLP's own, on sentences written for this test. */
class ShapeTaggerTest {
  private static MaxentTagger stock;
  private static ShapeTagger shaped;

  @BeforeAll
  static void load() {
    stock = new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH);
    shaped = new ShapeTagger(MaxentTagger.DEFAULT_JAR_PATH);
  }

  private static List<String> tags(MaxentTagger tagger, String sentence) {
    List<Word> words = Arrays.stream(sentence.split(" ")).map(Word::new).toList();
    return tagger.tagSentence(words, false).stream().map(TaggedWord::tag).toList();
  }

  @Test
  void aSentenceOfKnownWordsIsTaggedExactlyAsBefore() {
    String s = "The minister said on Tuesday that the government would not sign the new"
        + " agreement until the talks in the capital had ended .";
    for (String w : s.split(" ")) {
      assertThat(shaped.dict.isUnknown(w)).as(w).isFalse();
    }
    assertThat(tags(shaped, s)).isEqualTo(tags(stock, s));
  }

  /** CoreNLP's sentence, checking each history's scores against {@link HistoryScores}'. */
  private static final class Checked extends TestSentence {
    private final HistoryScores scores;
    private HistoryScores.Sentence fast;
    int calls;

    Checked(MaxentTagger tagger) {
      super(tagger);
      scores = HistoryScores.forModel(tagger);
    }

    @Override
    protected double[] getHistories(String[] tags, History h) {
      if (fast == null) {
        fast = scores.sentence(size); // the words and the tagger's end-of-sentence mark
      }
      double[] expected = super.getHistories(tags, h);
      assertThat(fast.scores(h)).as("position " + (h.current - h.start)).isEqualTo(expected);
      calls++;
      return expected;
    }
  }

  @Test
  void historyScoresAreCoreNlpsToTheBit() {
    assertThat(HistoryScores.forModel(stock)).isNotNull();
    // known and rare words, capitals at the start and inside, a word met twice, numbers, symbols
    String[] sentences = {
        "The minister said on Tuesday that the government would not sign the agreement .",
        "Varga Okonkwova told Brennport reporters that the Tarskvale deal was reblogged 4,312x"
            + " by Quillhaven fans , Okonkwova said .",
        "BREAKING : Kessel Courier reports 3 dead in Lorvane blast -- officials",
        "Unveils new plan ; the plan , the plan ."};
    int calls = 0;
    for (String s : sentences) {
      List<Word> words = Arrays.stream(s.split(" ")).map(Word::new).toList();
      Checked checked = new Checked(stock);
      List<String> tags = checked.tagSentence(words, false).stream().map(TaggedWord::tag)
          .toList();
      assertThat(tags).isEqualTo(tags(stock, s));
      calls += checked.calls;
    }
    assertThat(calls).as("histories scored").isGreaterThan(200);
  }

  @Test
  void anUnknownWordTakesOnlyTheTagsItsShapeAllows() {
    assertThat(shaped.dict.isUnknown("Okonkwova")).isTrue();
    assertThat(shaped.tagsForUnknown("Okonkwova")).contains("NNP").doesNotContain("VBZ", "SYM");
    assertThat(shaped.tagsForUnknown("reblogging")).contains("VBG").doesNotContain("NNP" + "S");
    assertThat(shaped.tagsForUnknown("3.5per")).contains("CD").doesNotContain("VBD");
    // a capital with no lower case ("ℝ") is no capitalised word
    assertThat(shaped.tagsForUnknown("ℝ")).isNotEmpty();
    assertThat(shaped.tagsForUnknown("ℂaa")).isNotEmpty();
    // a headline's capitalised verb keeps the tags of the verb
    assertThat(shaped.dict.isUnknown("Unveils")).isTrue();
    assertThat(shaped.tagsForUnknown("Unveils")).contains("NNP", "VBZ");
    String s = "Varga Okonkwova told Brennport reporters that the Tarskvale deal was"
        + " reblogged 4,312x by Quillhaven fans .";
    List<String> ours = tags(shaped, s);
    List<String> theirs = tags(stock, s);
    String[] words = s.split(" ");
    for (int i = 0; i < words.length; i++) {
      assertThat(Arrays.asList(shaped.tagsForUnknown(words[i])).contains(ours.get(i))
          || !shaped.dict.isUnknown(words[i])).as(words[i] + "/" + ours.get(i)).isTrue();
    }
    // the names stay names, the verbs verbs: what the rules read off these tags
    assertThat(ours.get(1)).isEqualTo("NNP");
    assertThat(ours.get(2)).isEqualTo(theirs.get(2));
    assertThat(ours.get(10)).isEqualTo("VBN");
  }
}
