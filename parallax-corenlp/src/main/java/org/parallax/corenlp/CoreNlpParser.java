package org.parallax.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.parallax.model.nlp.Dependency;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.TextParser;
import org.parallax.model.nlp.Token;

/**
 * Stanford CoreNLP behind {@link TextParser}: tokenize, ssplit, pos, lemma and the CoNLL 4-class
 * CRF NER with SUTime (no fine-grained KBP NER, which costs ten times as much); the neural
 * dependency parser runs only on the sentences the caller asks for. SUTime is given no document
 * date, so relative expressions come back underspecified ({@code XXXX-09}, {@code THIS P1Y OFFSET
 * P-1Y}) and Parallax resolves them itself, tense-aware. Not thread-safe: one per thread.
 */
public final class CoreNlpParser implements TextParser {

  /**
   * What to load.
   *
   * @param nerModel classpath of the CRF NER model
   * @param dependencies whether to load the dependency parser at all
   * @param pretokenized tokens are separated by spaces and sentences by newlines (evaluation
   *     data that comes tokenised)
   */
  public record Config(String nerModel, boolean dependencies, boolean pretokenized) {
    public static final String CONLL_4CLASS =
        "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    public Config {
      if (nerModel.isBlank()) {
        throw new IllegalArgumentException("nerModel must name a CRF model on the classpath");
      }
    }

    public static Config defaults() {
      return new Config(CONLL_4CLASS, true, false);
    }

    /** Defaults for text that comes one sentence per line, tokens separated by spaces. */
    public static Config pretokenizedText() {
      return new Config(CONLL_4CLASS, false, true);
    }
  }

  private final StanfordCoreNLP pipeline;
  private final @Nullable DependencyParser dependencyParser;

  public CoreNlpParser(Config config) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    if (config.pretokenized()) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    } else {
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    }
    p.setProperty("ner.model", config.nerModel());
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    this.pipeline = new StanfordCoreNLP(p);
    this.dependencyParser = config.dependencies()
        ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL) : null;
  }

  @Override
  public ParsedText parse(String text, Predicate<List<Token>> needsDependencies) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Integer> sentenceTokenStart = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.word(),
            l.lemma() == null ? l.word() : l.lemma(), l.tag() == null ? "" : l.tag(),
            l.ner() == null ? "O" : l.ner()));
      }
      List<Dependency> deps = List.of();
      if (dependencyParser != null && !tokens.isEmpty() && needsDependencies.test(tokens)) {
        deps = dependencies(dependencyParser.predict(s));
      }
      sentenceTokenStart.add(s.get(CoreAnnotations.TokenBeginAnnotation.class));
      sentences.add(new Sentence(sentences.size(),
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, deps));
    }
    List<NamedSpan> spans = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        Integer si = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (si == null) {
          continue;
        }
        int offset = sentenceTokenStart.get(si);
        int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - offset;
        int last = m.get(CoreAnnotations.TokenEndAnnotation.class) - offset - 1;
        if (first == last && sentences.get(si).tokens().get(first).pos().startsWith("PRP")) {
          continue; // CoreNLP adds pronouns as mentions; Parallax resolves pronouns itself
        }
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        spans.add(new NamedSpan(si, first, last, begin, end, text.substring(begin, end),
            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
            timex == null ? null : timex.value(), timex == null ? null : timex.altVal()));
      }
    }
    spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
        : Integer.compare(b.end(), a.end()));
    return new ParsedText(text, sentences, spans);
  }

  private static List<Dependency> dependencies(GrammaticalStructure gs) {
    List<Dependency> out = new ArrayList<>();
    for (TypedDependency d : gs.typedDependencies()) {
      out.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
    }
    return out;
  }
}
