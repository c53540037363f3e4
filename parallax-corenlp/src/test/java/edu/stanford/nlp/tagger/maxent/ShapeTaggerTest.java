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
