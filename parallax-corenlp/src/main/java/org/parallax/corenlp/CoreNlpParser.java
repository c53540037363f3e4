package org.parallax.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.FastClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Words SUTime builds its expressions around: a capitalised month or weekday name, or a word for
   * a unit or point of time; numbers are anchors only in the shapes of {@link #TEMPORAL_NUMBER}.
   * SUTime runs only near them ({@link #TIME_WINDOW}); a sentence without one skips it.
   */
  static final Pattern TEMPORAL_CANDIDATE = Pattern.compile("\\b(January|February|March"
      + "|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
      + "|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|Christmas|Easter|Ramadan|Thanksgiving)\\b|(?i)\\b(years?|months?|weeks?|days?|today|tonight"
      + "|yesterday|tomorrow|ago|now|currently|recently|decades?|century|centuries|quarters?"
      + "|seasons?|spring|summer|autumn|winter|mornings?|afternoons?|evenings?|nights?|hours?"
      + "|minutes?|noon|midday|midnight|weekends?|daily|weekly|monthly|annual|annually|biweekly"
      + "|overnight|dawn|dusk|fall|soon|recent|future|present|past|current|hourly|quarterly"
      + "|seconds?|o'clock)\\b");

  /**
   * Numbers that can be (part of) a time on their own: a year or decade ({@code 2019}, {@code
   * 1990s}, {@code mid-1940s}, {@code '90s}, {@code '10}), a day of the month ({@code 5th}), a
   * clock time or a date written with separators ({@code 10:30}, {@code 7/4}, {@code 2019-07-04}),
   * a time with its suffix ({@code 5pm}). A count ({@code 3,000}, {@code 12}) is left out: where
   * it measures time the unit beside it ({@code 12 years}) is the anchor, and its window holds
   * the number. Counts are most numbers in news, and each anchor costs SUTime a window
   * (docs/BENCHMARKS.md).
   */
  static final Pattern TEMPORAL_NUMBER = Pattern.compile("(?i)(mid-?|early-?|late-?)?\\d{4}s?"
      + "|['’]\\d\\ds?|\\d{1,2}(st|nd|rd|th)|\\d{1,4}[:/.\\-]\\d.*"
      + "|\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.)");

  /** A number followed by this is a clock time: {@code 5 am}, {@code 9 GMT}. */
  private static final Pattern CLOCK_SUFFIX =
      Pattern.compile("(?i)a\\.?m\\.?|p\\.?m\\.?|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|MSK");

  /** Past participles written as the past tense is (besides the regular "-ed" ones). */
  private static final java.util.Set<String> PAST_FORMS = java.util.Set.of("said", "told",
      "found", "held", "made", "sent", "put", "cut", "set", "hit", "led", "met", "felt", "kept",
      "left", "lost", "meant", "paid", "sold", "spent", "thought", "brought", "bought", "heard",
      "won", "built", "understood", "stood", "read");

  /**
   * "Park Ji-won, a lawmaker, said …": the tokenizer splits a hyphenated given name, and the
   * tagger reads its lower-case half as a word of its own ("won" a participle, "in" of "Moon
   * Jae-in" a preposition), so the parser makes it the verb. A lower-case word joined by a
   * hyphen, without spaces, to a capitalised word the NER tags as the same person (or other
   * name) is part of the name: NNP.
   */
  static void hyphenatedNames(List<CoreLabel> labels) {
    for (int i = 2; i < labels.size(); i++) {
      CoreLabel w = labels.get(i);
      CoreLabel hyphen = labels.get(i - 1);
      CoreLabel before = labels.get(i - 2);
      String ner = w.ner();
      if (ner != null && (ner.equals("PERSON") || ner.equals("MISC"))
          && ner.equals(before.ner()) && hyphen.word().equals("-")
          && before.endPosition() == hyphen.beginPosition()
          && hyphen.endPosition() == w.beginPosition()
          && !w.word().isEmpty() && Character.isLowerCase(w.word().charAt(0))
          && !before.word().isEmpty() && Character.isUpperCase(before.word().charAt(0))
          && "NNP".equals(before.tag())) {
        w.setTag("NNP");
      }
    }
  }

  /**
   * "“We're deeply concerned,” WHO head Tedros Adhanom Ghebreyesus told reporters": the tagger
   * reads the World Health Organization's acronym as the pronoun "who", and the parser then makes
   * "head" the sentence's verb. "WHO" in capitals before a noun, a possessive or a verb, or where
   * the NER tags it an organisation, is a name: NNP.
   */
  static void acronymsOfBodies(List<CoreLabel> labels) {
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel w = labels.get(i);
      if (!w.word().equals("WHO") || !String.valueOf(w.tag()).startsWith("W")) {
        continue;
      }
      String next = i + 1 < labels.size() ? String.valueOf(labels.get(i + 1).tag()) : "";
      boolean allCaps = i + 1 < labels.size() && labels.get(i + 1).word().matches("[A-Z]{2,}");
      boolean title = i + 1 < labels.size() && labels.get(i + 1).word().matches("head|chief");
      if (!allCaps && ("ORGANIZATION".equals(w.ner()) || next.matches("NN.*|POS|VB[DZP]|MD")
          || title)) {
        w.setTag("NNP");
        if (title && !next.startsWith("NN")) {
          labels.get(i + 1).setTag("NN"); // "WHO head Tedros", "WHO chief Tedros"
        }
      }
    }
  }

  /**
   * "The Courier, citing two sources close to the directorate, reported on Wednesday that …": the
   * tagger reads the verb after a participial phrase set off by commas as a past participle
   * (VBN), and the parser then hangs it on the phrase's noun as a reduced relative, leaving the
   * sentence without a main verb. When a sentence opens with a noun phrase, a comma and a phrase
   * led by a participle, and the first word after the comma that closes that phrase (adverbs
   * aside) is such a VBN and no finite verb follows a later comma (a second phrase: "The drone,
   * launched from Yemen, armed with explosives, hit …"), it is the main verb: VBD.
   */
  static void mainVerbAfterParenthetical(List<CoreLabel> labels) {
    int comma = -1;
    for (int i = 0; i < labels.size() && i < 8; i++) {
      String tag = labels.get(i).tag();
      if (tag == null) {
        return;
      }
      if (labels.get(i).word().equals(",")) {
        comma = i;
        break;
      }
      if (!tag.matches("NNP?S?|DT|JJ|CD|POS|PRP\\$")) {
        return; // not a noun phrase: "After meeting …, reported …" has no subject before
      }
    }
    if (comma < 1 || comma + 2 >= labels.size()
        || !String.valueOf(labels.get(comma + 1).tag()).matches("VBG|VBN")) {
      return;
    }
    for (int i = comma + 2; i < labels.size(); i++) {
      String tag = String.valueOf(labels.get(i).tag());
      String word = labels.get(i).word();
      if (word.matches("[;:.!?]|--|—|–")) {
        return;
      }
      if (!word.equals(",")) {
        continue;
      }
      int v = i + 1;
      while (v < labels.size() && String.valueOf(labels.get(v).tag()).startsWith("RB")) {
        v++;
      }
      if (v < labels.size() && "VBN".equals(labels.get(v).tag())) {
        String w = labels.get(v).word().toLowerCase(java.util.Locale.ROOT);
        if ((w.endsWith("ed") || PAST_FORMS.contains(w)) && !finiteAfterComma(labels, v + 1)) {
          labels.get(v).setTag("VBD");
        }
      }
      return;
    }
  }

  /**
   * Whether a finite verb follows a comma from {@code from} on: "The drone, launched from Yemen,
   * armed with explosives, hit the airport" — a second participial phrase, whose main verb comes
   * after it.
   */
  private static boolean finiteAfterComma(List<CoreLabel> labels, int from) {
    for (int i = from; i + 1 < labels.size(); i++) {
      if (labels.get(i).word().equals(",")
          && String.valueOf(labels.get(i + 1).tag()).matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  static boolean temporalAnchor(List<CoreLabel> labels, int i) {
    String word = labels.get(i).word();
    if (TEMPORAL_CANDIDATE.matcher(word).find() || TEMPORAL_NUMBER.matcher(word).matches()) {
      return true;
    }
    return i + 1 < labels.size() && word.chars().allMatch(Character::isDigit)
        && CLOCK_SUFFIX.matcher(labels.get(i + 1).word()).matches();
  }

  private static final java.util.Set<String> ENTITY_TYPES =
      java.util.Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

  private final StanfordCoreNLP pipeline;
  private final TimeAnnotator sutime;
  private final @Nullable DependencyParser dependencyParser;

  public CoreNlpParser(Config config) {
    Properties p = new Properties();
    // the POS tagger offers a word it has never seen only the tags its shape allows
    // (ShapeTagger; docs/BENCHMARKS.md)
    p.setProperty("customAnnotatorClass.shapepos",
        edu.stanford.nlp.tagger.maxent.ShapeTagger.Annotator.class.getName());
    // CoreNLP's tokenizer, with "(R-S.C.)" kept whole so that it ends no sentence (NewsTokenizer);
    // a name per configuration, as CoreNLP's pool of annotators keys a custom one by its name
    String tokenizer = config.pretokenized() ? "newstokenizelines" : "newstokenize";
    p.setProperty("customAnnotatorClass." + tokenizer, NewsTokenizer.class.getName());
    // CoreNLP's NER with each word's character n-grams made once (NewsNer; docs/BENCHMARKS.md)
    p.setProperty("customAnnotatorClass.newsner", NewsNer.class.getName());
    // CoreNLP's pool shares a custom annotator between pipelines by its own properties only
    // ("newsner.*"); naming the model there keeps pipelines of different models apart
    p.setProperty("newsner.model", config.nerModel());
    p.setProperty("annotators", tokenizer + ",shapepos,lemma,newsner");
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
    // numeric classifiers and SUTime inside NER cost 4x the CRF; SUTime runs on its own below,
    // only on sentences that can hold a temporal expression
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    this.pipeline = new StanfordCoreNLP(p);
    this.sutime = new TimeAnnotator("sutime", new Properties());
    // a rule is not tried on words none of which can start it (FirstNodeGuard; docs/BENCHMARKS.md)
    edu.stanford.nlp.ling.tokensregex.FirstNodeGuard.install(sutime);
    this.dependencyParser = config.dependencies()
        ? DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, parserProperties())
        : null;
    if (dependencyParser != null) {
      FastClassifier.install(dependencyParser);
    }
  }

  /**
   * The parser keeps the hidden-layer products of the words it has seen (1,000 numbers each,
   * rounded to float) in a cache; CoreNLP's 5,000 entries are a fraction of one day's news
   * vocabulary. {@link FastClassifier} replaces CoreNLP's cache with its own of 50,000 and keeps
   * the rounding a cache implies, so the setting here is what makes the stock classifier (in
   * {@code FastClassifierTest}) compute the very same scores (docs/BENCHMARKS.md).
   */
  static Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("numCached", "50000");
    return p;
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
      mainVerbAfterParenthetical(labels);
      hyphenatedNames(labels);
      acronymsOfBodies(labels);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        tokens.add(new Token(i, l.beginPosition(), l.endPosition(), l.word(),
            l.lemma() == null ? l.word() : l.lemma(), l.tag() == null ? "" : l.tag(),
            l.ner() == null ? "O" : l.ner()));
      }
      List<Dependency> deps = List.of();
      if (dependencyParser != null && !tokens.isEmpty() && needsDependencies.test(tokens)) {
        deps = dayBeforeSubject(labels, withoutParenthetical(dependencyParser, labels,
            dependencies(dependencyParser.predict(s))));
      }
      sentenceTokenStart.add(s.get(CoreAnnotations.TokenBeginAnnotation.class));
      sentences.add(new Sentence(sentences.size(),
          s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, deps));
    }
    List<NamedSpan> spans = new ArrayList<>();
    for (int si = 0; si < coreSentences.size(); si++) {
      CoreMap s = coreSentences.get(si);
      String sentenceText = s.get(CoreAnnotations.TextAnnotation.class);
      if (sentenceText == null) {
        continue;
      }
      for (CoreMap m : timexes(s)) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (timex == null || begin == null || end == null) {
          continue;
        }
        // token indices from character offsets: SUTime's token indices are not reliably
        // sentence-relative
        List<Token> tokens = sentences.get(si).tokens();
        int first = -1;
        int last = -1;
        for (Token tok : tokens) {
          if (first < 0 && tok.end() > begin) {
            first = tok.index();
          }
          if (tok.begin() < end) {
            last = tok.index();
          }
        }
        if (first < 0 || last < first) {
          continue;
        }
        String value = timex.value();
        String alt = timex.altVal();
        String halfValue = halved(value);
        String halfAlt = halved(alt);
        if (first > 0 && (halfValue != null || halfAlt != null)
            && tokens.get(first - 1).word().equalsIgnoreCase("half")
            && tokens.get(first).word().matches("(?i)an?")
            && !(first > 1 && tokens.get(first - 2).word().matches("(?i)in|by|first|second"))) {
          // "half a century ago": SUTime reads "a century ago" (not "cut in half a year ago")
          first--;
          begin = tokens.get(first).begin();
          value = halfValue != null ? halfValue : value;
          alt = halfAlt != null ? halfAlt : alt;
        }
        spans.add(new NamedSpan(si, first, last, begin, end, text.substring(begin, end),
            timex.timexType() == null ? "DATE" : timex.timexType(), value, alt));
      }
      partOfPeriod(si, sentences.get(si), text, spans);
      namedDays(si, sentences.get(si), text, spans);
    }
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
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null || !ENTITY_TYPES.contains(type)) {
          continue; // temporal spans come from SUTime above
        }
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

  private static final Pattern ONE_OFFSET = Pattern.compile("OFFSET P-(100|10|1)Y");

  /**
   * Half the distance of "a century ago", "a decade ago", "a year ago" ({@code OFFSET P-100Y}
   * → {@code OFFSET P-50Y}, a year → six months), or null for any other value.
   */
  static @Nullable String halved(@Nullable String value) {
    Matcher m = ONE_OFFSET.matcher(value == null ? "" : value);
    if (!m.matches()) {
      return null;
    }
    int years = Integer.parseInt(m.group(1));
    return years == 1 ? "OFFSET P-6M" : "OFFSET P-" + years / 2 + "Y";
  }

  private static final Pattern PART_OF_PERIOD = Pattern.compile("(?i)(?:mid|early|late)-(?:"
      + "(January|February|March|April|May|June|July|August|September|October|November"
      + "|December)|(\\d{4}))");

  /**
   * "mid-March", "early-2020", "late-September": one token SUTime reads no time in (it reads
   * "mid March" and "mid-1990s"), dated as its month or year where SUTime found nothing there.
   */
  private static void partOfPeriod(int si, Sentence sentence, String text, List<NamedSpan> spans) {
    for (Token t : sentence.tokens()) {
      Matcher m = PART_OF_PERIOD.matcher(t.word());
      if (!m.matches()) {
        continue;
      }
      boolean found = false;
      for (NamedSpan span : spans) {
        found |= span.sentence() == si && span.begin() < t.end() && t.begin() < span.end();
      }
      if (!found) {
        String value = m.group(2) != null ? m.group(2) : String.format(Locale.ROOT, "XXXX-%02d",
            java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue());
        spans.add(new NamedSpan(si, t.index(), t.index(), t.begin(), t.end(),
            text.substring(t.begin(), t.end()), "DATE", value, null));
      }
    }
  }

  /**
   * Days of the news calendar that SUTime misses or misreads, by their words: "Super Tuesday"
   * (it reads a Tuesday), "Election Day" (a duration of one day), "Black Friday", "Cyber Monday",
   * "Juneteenth", "Inauguration Day" (every January 20 to SUTime). The value names the day
   * ({@code SUPER_TUESDAY}, with {@code " IN 2016"} where a year stands beside it); the analysis
   * dates it by rule.
   */
  private static final java.util.Map<String, String> NAMED_DAYS = java.util.Map.of(
      "super tuesday", "SUPER_TUESDAY", "election day", "ELECTION_DAY",
      "black friday", "BLACK_FRIDAY", "cyber monday", "CYBER_MONDAY", "juneteenth", "JUNETEENTH",
      "inauguration day", "INAUGURATION_DAY");

  private static void namedDays(int si, Sentence sentence, String text, List<NamedSpan> spans) {
    List<Token> t = sentence.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!Character.isUpperCase(t.get(i).word().charAt(0))) {
        continue;
      }
      int last = i;
      String name = NAMED_DAYS.get(t.get(i).word().toLowerCase(Locale.ROOT));
      if (name == null && i + 1 < t.size()
          && Character.isUpperCase(t.get(i + 1).word().charAt(0))) {
        last = i + 1;
        name = NAMED_DAYS.get((t.get(i).word() + " " + t.get(i + 1).word())
            .toLowerCase(Locale.ROOT));
      }
      if (name == null) {
        continue;
      }
      int first = i;
      String after = last + 1 < t.size() ? t.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
      String afterNext = last + 2 < t.size() ? t.get(last + 2).word().toLowerCase(Locale.ROOT)
          : "";
      if (after.matches("(19|20)\\d\\d")) {
        last++; // "Super Tuesday 2016"
        name += " IN " + t.get(last).word();
      } else if (after.matches("in|of") && afterNext.matches("(19|20)\\d\\d")) {
        last += 2; // "Election Day in 2018"
        name += " IN " + t.get(last).word();
      } else if (after.matches("next|last|this") && afterNext.equals("year")) {
        last += 2; // "Election Day next year": the holiday a year on from publication's
        name += " OFFSET P" + (after.equals("next") ? 1 : after.equals("last") ? -1 : 0) + "Y";
      } else if (i > 0 && t.get(i - 1).word().matches("(19|20)\\d\\d")) {
        first--; // "the 2016 Election Day"
        name += " IN " + t.get(first).word();
      }
      int begin = t.get(first).begin();
      int end = t.get(last).end();
      spans.removeIf(s -> s.sentence() == si && s.begin() < end && begin < s.end()
          && s.isTemporal());
      spans.add(new NamedSpan(si, first, last, begin, end, text.substring(begin, end), "DATE",
          name, null));
      i = last;
    }
  }

  /**
   * How far SUTime looks either side of a time word: it is run on the words around each that a
   * time phrase can hold ({@link #TIME_PHRASE_WORDS}), at most this many, not on whole sentences:
   * its rules try every token position, so its cost grows with the tokens it is given.
   */
  static final int TIME_WINDOW = 6;

  private List<CoreMap> timexes(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int n = labels.size();
    boolean[] anchor = new boolean[n];
    boolean[] phrase = new boolean[n];
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      anchor[i] = temporalAnchor(labels, i);
      phrase[i] = anchor[i] || "CD".equals(l.tag())
          || TIME_PHRASE_WORDS.contains(l.word().toLowerCase(java.util.Locale.ROOT));
    }
    int from = -1;
    int to = -1;
    for (int i = 0; i < n; i++) {
      if (!anchor[i]) {
        continue;
      }
      // the run of words a time phrase can hold around the anchor, two more words before it
      // ("the fiscal year") and one after
      int left = i;
      while (left > 0 && i - left < TIME_WINDOW && phrase[left - 1]) {
        left--;
      }
      int right = i + 1;
      while (right < n && right - i <= TIME_WINDOW && phrase[right]) {
        right++;
      }
      left = Math.max(0, left - 2);
      right = Math.min(n, right + 1);
      if (from >= 0 && left <= to) {
        to = Math.max(to, right);
        continue;
      }
      if (from >= 0) {
        out.addAll(timexesIn(sentence, labels, from, to));
      }
      from = left;
      to = right;
    }
    if (from >= 0) {
      out.addAll(timexesIn(sentence, labels, from, to));
    }
    return out;
  }

  /**
   * Words a time phrase is made of besides its anchors and numbers: determiners, modifiers of
   * position and extent, the prepositions and conjunctions that join two times ("the first half
   * of next year", "from May to July", "Tuesday, July 2").
   */
  private static final java.util.Set<String> TIME_PHRASE_WORDS = java.util.Set.of("the", "a",
      "an", "this", "that", "these", "those", "last", "next", "past", "previous", "coming",
      "following", "early", "earlier", "late", "later", "mid", "middle", "end", "beginning",
      "start", "half", "first", "second", "third", "fourth", "final", "of", "to", "and", "or",
      "through", "until", "till", "from", "since", "in", "on", "at", "by", "during", "ago", "about",
      "around", "nearly", "almost", "more", "than", "less", "over", "under", "several", "few",
      "couple", "some", "every", "each", "per", "same", "other", "another", "right", "just",
      "only", "once", "twice", "all", "whole", "entire", "least", "latest", "near", "consecutive",
      "straight", "time", "midday", "period", "greenwich", "mean", "-", "--", "–", "—", "/",
      ",", "'s", "’s", "'", "’", "a.m.", "p.m.", "am", "pm", "noon", "o'clock");

  private List<CoreMap> timexesIn(CoreMap sentence, List<CoreLabel> labels, int from, int to) {
    // "may" and "march" in lower case are a modal, a walk, a verb — months are written
    // capitalised — yet SUTime reads them as months ("this year may be" → May): it is shown a
    // word it takes for nothing in their place (the offsets stay the token's)
    List<CoreLabel> tokens = new ArrayList<>(labels.subList(from, to));
    boolean masked = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (w.equals("may") || w.equals("march")) {
        CoreLabel copy = new CoreLabel(tokens.get(i));
        copy.setWord("might");
        copy.setValue("might");
        copy.setOriginalText("might");
        copy.setLemma("might");
        tokens.set(i, copy);
        masked = true;
      }
    }
    CoreMap window;
    if (from == 0 && to == labels.size() && !masked) {
      window = sentence;
    } else {
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      String text = sentence.get(CoreAnnotations.TextAnnotation.class);
      window = new ArrayCoreMap();
      window.set(CoreAnnotations.TokensAnnotation.class, tokens);
      window.set(CoreAnnotations.TextAnnotation.class,
          text.substring(begin - sentenceBegin, end - sentenceBegin));
      window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      if (tokenBegin != null) {
        window.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
        window.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
      }
    }
    List<CoreMap> found = sutime.annotateSingleSentence(window, null, new SUTime.TimeIndex());
    if (found == null) {
      return List.of();
    }
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap m : found) {
      int[] split = twoTimes(tokens, m);
      if (split == null) {
        out.add(m);
      } else {
        for (int k = 0; k < split.length; k += 2) {
          out.addAll(timexesIn(sentence, labels, from + split[k], from + split[k + 1]));
        }
      }
    }
    return out;
  }

  private static final Pattern SPAN_UNIT =
      Pattern.compile("(?i)(?:second|minute|hour|day|night|week|month|year|decade)s?");

  /**
   * "at least twice in April, weeks before Monday night's explosion": SUTime reads the two times
   * and the distance between them as one expression it cannot resolve ({@code XXXX-WXX-1TNI
   * OFFSET P-1W INTERSECT XXXX-04}). Where an expression holds a comma followed by a distance
   * ("weeks", "two days", "a few months") and "before" or "after", it is two times, read apart:
   * the one before the comma and the one after "before"/"after". And where a vague distance
   * ("weeks", "a few days"; not "two days") opens the expression and the time after
   * "before"/"after" is a possessive ("surveyed the dam weeks before Monday's explosion":
   * SUTime's "weeks before Monday", a week before), that time is the date of the happening it
   * names, read alone; the vague distance is no date. Returns the token
   * windows to read ({first, end, …}, within {@code tokens}), or null to keep the expression.
   */
  private static int @Nullable [] twoTimes(List<CoreLabel> tokens, CoreMap m) {
    Integer begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    if (begin == null || end == null) {
      return null;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (first < 0 && tokens.get(i).endPosition() > begin) {
        first = i;
      }
      if (tokens.get(i).beginPosition() < end) {
        last = i;
      }
    }
    if (first >= 0 && last + 1 < tokens.size()
        && tokens.get(last + 1).word().matches("['’]s")) {
      int k = first;
      while (k < last && k <= first + 1
          && tokens.get(k).word().matches("(?i)several|few|a|some|many")) {
        k++; // "weeks", "a few weeks", "several days": a vague distance, not "two days"
      }
      if (k + 1 < last && SPAN_UNIT.matcher(tokens.get(k).word()).matches()
          && tokens.get(k).word().toLowerCase(Locale.ROOT).endsWith("s")
          && tokens.get(k + 1).word().matches("(?i)before|after")) {
        return new int[] {k + 2, last + 1};
      }
    }
    for (int c = first + 1; first >= 0 && c < last; c++) {
      if (!tokens.get(c).word().equals(",")) {
        continue;
      }
      int k = c + 1;
      while (k < last && k <= c + 3 && !SPAN_UNIT.matcher(tokens.get(k).word()).matches()
          && String.valueOf(tokens.get(k).tag()).matches("CD|DT|JJ")) {
        k++; // "two", "a few", "several" (not over a comma: "May 5, 2024, days before …")
      }
      if (k + 1 < last && SPAN_UNIT.matcher(tokens.get(k).word()).matches()
          && tokens.get(k + 1).word().matches("(?i)before|after")) {
        return new int[] {first, c, k + 2, last + 1};
      }
    }
    return null;
  }

  /**
   * "The Times, citing unnamed officials, said the findings …", "On Tuesday OSTPRESS, citing a
   * source in the border service, suggested the Guard may have …": the parser often makes the
   * participle of a phrase set off by commas the root and hangs the main verb after it on the
   * participle as a bare {@code dep}, so the sentence has no subject and no clause where it says
   * what was said. When the root is a participle that opens such a phrase (a comma before it, a
   * comma after the phrase, a finite verb right after that comma, adverbs aside), the sentence
   * is parsed again without the phrase and its commas; the phrase keeps its own inner parse and
   * hangs on the main verb as an adverbial clause ({@code advcl}), its commas as punctuation.
   * The second parse is kept only when its root is a verb or has that verb as its copula.
   */
  private static List<Dependency> withoutParenthetical(DependencyParser parser,
      List<CoreLabel> labels, List<Dependency> deps) {
    int root = -1;
    for (Dependency d : deps) {
      if (d.head() < 0) {
        root = d.dependent();
      }
    }
    if (root < 2 || !String.valueOf(labels.get(root).tag()).matches("VBG|VBN")
        || !labels.get(root - 1).word().equals(",")) {
      return deps;
    }
    int open = root - 1;
    int close = -1; // the comma that closes the phrase
    for (int i = root + 1; i < labels.size(); i++) {
      String w = labels.get(i).word();
      if (w.matches("[;:.!?]|--|—|–")) {
        return deps;
      }
      if (w.equals(",")) {
        close = i;
        break;
      }
    }
    int verb = close + 1;
    while (close > 0 && verb < labels.size()
        && (String.valueOf(labels.get(verb).tag()).startsWith("RB")
            || labels.get(verb).word().matches("[\"”’]|''"))) {
      verb++; // adverbs, and the mark closing a quotation: 'called "focused deterrence," has'
    }
    if (close < 0 || verb >= labels.size()
        || !String.valueOf(labels.get(verb).tag()).matches("VBD|VBZ|VBP|MD")) {
      return deps;
    }
    for (int i = 0; i < open; i++) {
      if (String.valueOf(labels.get(i).tag()).matches("VBD|VBZ|VBP|MD")) {
        return deps; // a clause before the phrase: not an opening subject
      }
    }
    int marks = 0;
    for (int i = open + 1; i < close; i++) {
      marks += labels.get(i).word().matches("[\"“”]|``|''") ? 1 : 0;
    }
    // the phrase's closing quotation mark goes with it ('called "focused deterrence," has'), not
    // one that opens a quotation after it ('citing intelligence, "categorically rejects" …')
    int end = marks % 2 == 1 && close + 1 < verb
        && labels.get(close + 1).word().matches("[\"”]|''") ? close + 1 : close;
    List<CoreLabel> kept = new ArrayList<>();
    List<Integer> original = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      if (i < open || i > end) {
        CoreLabel copy = new CoreLabel(labels.get(i));
        copy.setIndex(kept.size() + 1);
        kept.add(copy);
        original.add(i);
      }
    }
    CoreMap shorter = new ArrayCoreMap();
    shorter.set(CoreAnnotations.TokensAnnotation.class, kept);
    List<Dependency> reparsed = dependencies(parser.predict(shorter));
    int newRoot = -1;
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : reparsed) {
      int head = d.head() < 0 ? -1 : original.get(d.head());
      int dependent = original.get(d.dependent());
      if (head < 0) {
        newRoot = dependent;
      }
      out.add(new Dependency(head, dependent, d.relation()));
    }
    int finite = verb;
    int predicate = newRoot;
    if (newRoot < 0 || !String.valueOf(labels.get(newRoot).tag()).startsWith("VB")
        && out.stream().noneMatch(d -> d.dependent() == finite && d.head() == predicate
            && d.relation().matches("cop|aux(:pass)?"))) {
      return deps; // neither a verb nor a copula's predicate ("The debt, amassed …, is now …")
    }
    for (Dependency d : deps) {
      if (d.dependent() > open && d.dependent() < close && d.dependent() != root
          || d.dependent() == end && end > close) {
        // a word of the phrase the first parse hung outside it stays with the participle
        boolean inside = d.head() > open && d.head() < close;
        out.add(inside ? d : new Dependency(root, d.dependent(), d.relation()));
      }
    }
    out.add(new Dependency(newRoot, open, "punct"));
    out.add(new Dependency(newRoot, root, "advcl"));
    out.add(new Dependency(newRoot, close, "punct"));
    out.sort(java.util.Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");

  /**
   * "On Monday Reuters reported that …": with no comma after the day, the parser reads the day
   * and the name after it as one noun phrase ("Monday Reuters") under "On", an oblique of the
   * verb, which is left without a subject. When a weekday after "on" is a compound of the proper
   * noun after it and that noun hangs as an oblique on the verb right after it (adverbs and a
   * phrase set off by commas aside), a verb with no subject, the day is the oblique (with its
   * "on") and the noun the verb's subject.
   */
  static List<Dependency> dayBeforeSubject(List<CoreLabel> labels, List<Dependency> deps) {
    for (int day = 1; day + 1 < labels.size(); day++) {
      if (!WEEKDAY.matcher(labels.get(day).word()).matches()
          || !labels.get(day - 1).word().equalsIgnoreCase("on")) {
        continue;
      }
      int name = -1;
      for (Dependency d : deps) {
        if (d.dependent() == day && d.relation().equals("compound") && d.head() > day
            && String.valueOf(labels.get(d.head()).tag()).startsWith("NNP")) {
          name = d.head();
        }
      }
      Dependency oblique = null;
      for (Dependency d : deps) {
        if (d.dependent() == name && d.relation().equals("obl") && d.head() > name
            && String.valueOf(labels.get(d.head()).tag()).startsWith("VB")) {
          oblique = d;
        }
      }
      if (oblique == null || !deps.contains(new Dependency(name, day - 1, "case"))) {
        continue;
      }
      int verb = oblique.head();
      int next = name + 1;
      while (next < verb && (String.valueOf(labels.get(next).tag()).startsWith("RB")
          || labels.get(next).word().equals(","))) {
        if (labels.get(next).word().equals(",")) {
          // a phrase set off by commas: "On Monday Morrowpress, citing two diplomats, reported"
          do {
            next++;
          } while (next < verb && !labels.get(next).word().equals(","));
        }
        next++;
      }
      if (next != verb
          || deps.stream().anyMatch(d -> d.head() == verb && d.relation().startsWith("nsubj"))) {
        continue; // the verb right after the name ("to appear on Saturday Night Live" is none)
      }
      int n = name;
      boolean passive = deps.stream().anyMatch(d -> d.head() == verb
          && d.relation().equals("aux:pass")); // "On Monday Congress was told that …"
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : deps) {
        if (d.dependent() == day) {
          out.add(new Dependency(verb, day, "obl"));
        } else if (d.dependent() == day - 1) {
          out.add(new Dependency(day, day - 1, "case"));
        } else if (d.dependent() == n) {
          out.add(new Dependency(verb, n, passive ? "nsubj:pass" : "nsubj"));
        } else {
          out.add(d);
        }
      }
      return out;
    }
    return deps;
  }

  private static List<Dependency> dependencies(GrammaticalStructure gs) {
    List<Dependency> out = new ArrayList<>();
    for (TypedDependency d : gs.typedDependencies()) {
      out.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
    }
    return out;
  }
}
