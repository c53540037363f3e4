package org.parallax.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's tokenizer and sentence splitter with one repair in between: a party and a state
 * written with dots ("Sen. Lindsey Graham (R-S.C.) said …", "Schumer, D-N.Y., said …") is one
 * token. CoreNLP knows "S.C." as an abbreviation but not "R-S.C.": it splits off the final dot as
 * a full stop and ends the sentence there, cutting the speaker from the verb (434 times in the
 * 6,507 AllSides articles, 35 in PolNeAR's). Used as a custom annotator in place of {@code
 * tokenize}; the tokens' offsets stay those of the text.
 */
public final class NewsTokenizer implements Annotator {

  /** A party and a dotted state without its last dot: "R-S.C", "D-N.Y", "D-W.Va". */
  static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][a-z]?\\.[A-Z][a-z]?");

  private final TokenizerAnnotator tokenizer;
  private final WordsToSentencesAnnotator splitter;

  /** The signature CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public NewsTokenizer(String name, Properties props) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("tokenize.ssplit", "false");
    this.tokenizer = new TokenizerAnnotator(false, p);
    this.splitter = new WordsToSentencesAnnotator(p);
  }

  @Override
  public void annotate(Annotation annotation) {
    tokenizer.annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null && (joinPartyStates(tokens) | joinTitles(tokens))) {
      for (int i = 0; i < tokens.size(); i++) {
        tokens.get(i).set(CoreAnnotations.TokenBeginAnnotation.class, i);
        tokens.get(i).set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
      }
    }
    splitter.annotate(annotation);
  }

  /**
   * Joins "R-S.C" and the dot right after it into one token when a closing parenthesis or a
   * comma follows. Returns whether it joined any.
   */
  static boolean joinPartyStates(List<CoreLabel> tokens) {
    return joinDots(tokens, (word, next) -> PARTY_STATE.matcher(word).matches()
        && (next.equals(")") || next.equals("-RRB-") || next.equals(",")));
  }

  /**
   * Titles written short with a dot that CoreNLP does not know as abbreviations ("Cdr.",
   * "Supt."); not "Sen", which ends "Hun Sen." as often as it opens a senator's name.
   */
  static final Set<String> TITLES = Set.of("Adm", "Brig", "Cdr", "Cmdr", "Cmdt", "Cpl", "Pvt",
      "Spc", "Insp", "Supt", "Amb", "Cllr");

  /**
   * Joins a title and the dot right after it when a capitalised word follows ("Pentagon
   * spokeswoman Cdr. Rebecca Rebarich told CNN": CoreNLP took the dot for a full stop, and the
   * quotation before it lost its speaker). Returns whether it joined any.
   */
  static boolean joinTitles(List<CoreLabel> tokens) {
    return joinDots(tokens, (word, next) -> TITLES.contains(word) && !next.isEmpty()
        && Character.isUpperCase(next.charAt(0)));
  }

  /**
   * Joins each word and the dot written right after it when {@code joins} accepts the word and
   * the token after the dot. Returns whether it joined any.
   */
  private static boolean joinDots(List<CoreLabel> tokens,
      java.util.function.BiPredicate<String, String> joins) {
    boolean joined = false;
    for (int i = 0; i + 2 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel dot = tokens.get(i + 1);
      if (dot.word().equals(".") && dot.beginPosition() == word.endPosition()
          && joins.test(word.word(), tokens.get(i + 2).word())) {
        joinDot(tokens, i);
        joined = true;
      }
    }
    return joined;
  }

  /** Makes token {@code i} and the dot right after it one token. */
  private static void joinDot(List<CoreLabel> tokens, int i) {
    CoreLabel word = tokens.get(i);
    CoreLabel dot = tokens.get(i + 1);
    String joined = word.word() + ".";
    word.setWord(joined);
    word.setValue(joined);
    word.setOriginalText(word.originalText() + dot.originalText());
    word.setEndPosition(dot.endPosition());
    word.setAfter(dot.after());
    tokens.remove(i + 1);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return tokenizer.requirementsSatisfied();
  }
}
