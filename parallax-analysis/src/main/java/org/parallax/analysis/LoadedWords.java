package org.parallax.analysis;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.model.nlp.Token;

/**
 * Loaded words beyond the team's list: a word of strong feeling that news seldom uses. Strength
 * is the mean valence (−4 … +4) ten raters gave the word in the VADER lexicon (Hutto and Gilbert,
 * ICWSM 2014; MIT licence; read from the {@code com.github.apanimesh061:vader-sentiment-analyzer}
 * jar); how ordinary a word is comes from {@code data/news-common.tsv} (the share of news
 * articles using it). Adjectives and adverbs need a valence of at least {@link #ADJECTIVE}, nouns
 * {@link #NOUN}; verbs are left out (their strong words mostly name what happened: "killed",
 * "arrested"), and so are nouns the event lexicon reads as a happening ("assassination",
 * "massacre"). Intensifiers before the word belong to it ("utterly disgraceful"), and so do the
 * nouns an adjective qualifies ("sordid affair"). A strongly negative word for a person ("liar",
 * "thug") or a negative adjective with a person noun ("corrupt king") is a label (name calling);
 * whether a noun names a being comes from the animacy list in CoreNLP's models jar.
 */
final class LoadedWords {
  /** Least absolute valence of a loaded adjective or adverb. */
  static final double ADJECTIVE = 1.5;
  /**
   * Least valence of a loaded adjective or adverb of praise: milder praise is courtesy
   * ("respectfully requests", "helpful", "freely"), not a word chosen to sway.
   */
  static final double PRAISE = 2.0;
  /** Least absolute valence of a loaded noun. */
  static final double NOUN = 2.5;
  /** Least negative valence of a noun for a person that makes it a label. */
  static final double PERSON = 1.5;
  /** Words in more than this share of news articles are ordinary vocabulary. */
  static final double COMMON = 0.03;

  static final String VADER = "/vader_sentiment_lexicon.txt";
  static final String ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  static final Set<String> INTENSIFIERS = Set.of("very", "extremely", "totally", "utterly",
      "absolutely", "completely", "incredibly", "so", "truly", "deeply", "highly", "hugely",
      "terribly", "awfully", "really", "too", "most", "more", "entirely", "thoroughly");

  /**
   * Words for what befell someone or how they fare: before a word for people they report a plight
   * ("an injured woman", "the tragic couple"), they call no one names.
   */
  static final Set<String> PLIGHT = Set.of("injured", "wounded", "blind", "deaf", "disabled",
      "frightened", "scared", "terrified", "abused", "tragic", "poor", "unfortunate", "unlucky",
      "grieving", "bereaved", "heartbroken", "distraught", "devastated", "lonely", "helpless",
      "vulnerable", "homeless", "sick", "ill", "dying", "starving", "hungry", "suffering",
      "struggling", "desperate", "persecuted", "oppressed", "displaced", "stranded", "trapped",
      "traumatized", "traumatised", "mourning", "worried", "anxious", "upset", "afraid");

  /** Pronouns only an object takes ("her" is a possessive too), in lower case ("US" is a country). */
  private static final Set<String> OBJECTS = Set.of("me", "us", "him", "them");

  /** Days named from today, which the tagger makes nouns: "furious today" qualifies no day. */
  static final Set<String> DAYS = Set.of("today", "tonight", "yesterday", "tomorrow");

  /** People something happened to: a sad word for them reports harm, it does not judge. */
  static final Set<String> HARMED = Set.of("casualty", "victim", "prisoner", "hostage", "captive",
      "detainee", "survivor", "refugee", "orphan", "widow", "widower", "patient", "mourner");

  /** A loaded phrase: its first and last token, and whether it labels a person. */
  record Found(int first, int last, boolean label) {}

  private final Map<String, Double> valence;
  private final Map<String, Double> share;
  /** Nouns for people: the animacy list's entries written in lower case. */
  private final Set<String> persons;
  /** Nouns that name a happening (the event lexicon's): they report it, as verbs do. */
  private final Set<String> happenings;

  LoadedWords(Map<String, Double> valence, Map<String, Double> share, Set<String> persons,
      Set<String> happenings) {
    this.valence = Map.copyOf(valence);
    this.share = Map.copyOf(share);
    this.persons = Set.copyOf(persons);
    this.happenings = Set.copyOf(happenings);
  }

  static LoadedWords bundled() {
    Map<String, Double> valence = new HashMap<>();
    // the file is not valid UTF-8 (some emoticons are Latin-1); only plain words are kept
    DataFile.classpathLines(VADER, StandardCharsets.ISO_8859_1, line -> {
      String[] c = line.split("\t");
      if (c.length >= 2 && c[0].matches("[a-z][a-z'-]*[a-z]")) {
        valence.put(c[0], Double.parseDouble(c[1].trim()));
      }
    });
    Map<String, Double> share = new HashMap<>();
    for (String row : DataFile.rows("news-common.tsv")) {
      String[] c = row.split("\t");
      if (c.length != 2) {
        throw new IllegalStateException("news-common.tsv: row '" + row
            + "' needs word<TAB>share");
      }
      share.put(c[0], Double.parseDouble(c[1]));
    }
    return new LoadedWords(valence, share, Animate.COMMON_NOUNS,
        EventExtractor.happeningNouns());
  }

  /**
   * Nouns for beings (CoreNLP's animacy list: "protesters", "officials", "minister"), read once
   * per JVM: the event rules use them too.
   */
  static Set<String> animateNouns() {
    return Animate.NOUNS;
  }

  /**
   * The animacy list's entries written in lower case: words for beings, without the entries that
   * are only names ("Goal", "Price", "Peace" — which make no "goal" a being).
   */
  static Set<String> animateCommonNouns() {
    return Animate.COMMON_NOUNS;
  }

  private static final class Animate {
    static final Set<String> NOUNS = read(false);
    /**
     * The entries written in lower case: a capitalised entry may be only a surname ("Shock",
     * "Rice"), which does not make "shocks" a word for people.
     */
    static final Set<String> COMMON_NOUNS = read(true);

    private static Set<String> read(boolean lowerCaseOnly) {
      Set<String> animate = new HashSet<>();
      DataFile.classpathLines(ANIMATE, StandardCharsets.UTF_8, line -> {
        String w = line.strip();
        if (!lowerCaseOnly || !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          animate.add(w.toLowerCase(Locale.ROOT));
        }
      });
      return Set.copyOf(animate);
    }
  }

  /**
   * The loaded phrase whose head word is token {@code i}, or null; it starts at {@code floor} or
   * later (the end of the cue before it).
   */
  @Nullable Found at(List<Token> t, int i, int floor) {
    Token tok = t.get(i);
    String pos = tok.pos();
    if (INTENSIFIERS.contains(tok.word().toLowerCase(Locale.ROOT)) && i + 1 < t.size()
        && at(t, i + 1, i) != null) {
      return null; // "terribly shameful": the intensifier belongs to the next word's cue
    }
    if (!tok.ner().equals("O") || pos.startsWith("NNP") || capitalisedInside(t, i)) {
      return null; // part of a name ("Liberty University", "the Great Depression")
    }
    String word = tok.word().toLowerCase(Locale.ROOT);
    String lemma = tok.lemma().toLowerCase(Locale.ROOT);
    if (Math.max(share.getOrDefault(word, 0.0), share.getOrDefault(lemma, 0.0)) > COMMON) {
      return null;
    }
    if (term(t, i, lemma)) {
      return null;
    }
    double v = valence.getOrDefault(word, valence.getOrDefault(lemma, 0.0));
    boolean noun = pos.startsWith("NN");
    if (HARMED.contains(lemma) || noun && happenings.contains(lemma)) {
      return null; // "the assassination", "the massacre": what happened, told as an event
    }
    if (noun && i + 1 < t.size() && OBJECTS.contains(t.get(i + 1).word())) {
      return null; // "to bully us", "let them bully him": a verb the tagger made a noun
    }
    // a word for people before a common noun labels the compound: "a witch hunt", "killer robots"
    boolean modifier = pos.equals("NN") && i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN")
        && !t.get(i + 1).pos().startsWith("NNP") && t.get(i + 1).ner().equals("O")
        && !DAYS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
    boolean person = noun && v <= -PERSON && persons.contains(lemma);
    double least = pos.startsWith("JJ") || pos.startsWith("RB") ? (v > 0 ? PRAISE : ADJECTIVE)
        : noun ? NOUN : Double.MAX_VALUE;
    if (Math.abs(v) < least && !person) {
      return null;
    }
    int first = i;
    while (first > floor
        && INTENSIFIERS.contains(t.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      first--;
    }
    int last = person && modifier ? i + 1 : i;
    if (pos.startsWith("JJ")) {
      while (last + 1 < t.size() && t.get(last + 1).pos().startsWith("NN")
          && !t.get(last + 1).pos().startsWith("NNP") && t.get(last + 1).ner().equals("O")
          && !DAYS.contains(t.get(last + 1).word().toLowerCase(Locale.ROOT))) {
        last++;
      }
      String head = t.get(last).lemma().toLowerCase(Locale.ROOT);
      person = last > i && v <= -PERSON && persons.contains(head) && !HARMED.contains(head);
      if (person && PLIGHT.contains(lemma)) {
        return null; // "an injured woman", "the frightened teenager": what befell them
      }
    }
    return new Found(first, last, person);
  }

  /**
   * Words of trade, law and medicine that only look like judgements before the words they name
   * a thing with: "crude" is the oil ("Iranian crude", "crude exports", "a crude oil tanker"),
   * "grand" the jury ("grand jury testimony"), "criminal" the law's ("criminal charges").
   */
  private static final Map<String, Set<String>> TERMS = Map.of(
      "crude", Set.of("oil", "export", "import", "future", "price", "production", "output",
          "inventory", "stock", "supply", "tanker", "shipment", "benchmark", "carrier", "sale",
          "purchase", "demand"),
      "grand", Set.of("jury"),
      // the law's own words: "criminal charges", "a criminal investigation"
      "criminal", Set.of("charge", "case", "investigation", "justice", "record", "court", "law",
          "code", "referral", "probe", "trial", "complaint", "proceeding", "conviction",
          "contempt", "defense", "defence", "offense", "offence", "inquiry", "prosecution",
          "lawyer", "attorney", "division", "statute", "liability", "penalty", "count",
          "indictment", "suit", "procedure", "sentence", "jurisdiction"),
      // accounts: "gross domestic product", "gross bad loans"
      "gross", Set.of("domestic", "product", "margin", "income", "profit", "revenue", "sale",
          "bad", "loan", "debt", "output", "value", "pay", "salary", "earnings", "premium",
          "receipt", "proceeds", "amount", "asset", "npa", "npas"),
      // a way of attacking, and a cause of death: "a suicide bomb vest", "suicide prevention"
      "suicide", Set.of("bomb", "bomber", "bombing", "vest", "attack", "attacker", "belt",
          "car", "truck", "mission", "prevention", "hotline", "rate", "risk", "watch", "note",
          "attempt", "drone"),
      // the disease: "cancer patients", "cancer research"
      "cancer", Set.of("patient", "research", "treatment", "cell", "survivor", "diagnosis",
          "drug", "screening", "risk", "rate", "center", "centre", "society", "care",
          "institute", "death", "case", "tumor", "tumour", "ward", "charity", "sufferer",
          "therapy", "trial", "scare", "cluster", "awareness"));

  /**
   * {@link #TERMS} of medicine, the coroner, epidemiology, the law and protest (apart:
   * {@code Map.of} takes ten).
   */
  private static final Map<String, Set<String>> MORE_TERMS = Map.of(
      // medicine's and the coroner's: "traumatic brain injury", "a fatal shooting", "fatally
      // shot", "suicidal thoughts"
      "traumatic", Set.of("injury", "brain", "stress", "asphyxia", "amputation", "event"),
      "fatal", Set.of("shooting", "shot", "crash", "accident", "overdose", "injury", "wound",
          "stabbing", "collision", "fire", "dose", "disease", "illness", "case"),
      "fatally", Set.of("shoot", "shot", "wound", "stab", "injure", "strike", "struck", "beat",
          "hit", "injured", "wounded", "stabbed"),
      "suicidal", Set.of("thought", "thinking", "ideation", "tendency", "behavior", "behaviour"),
      // the manner a right is exercised in: "peacefully protest"
      "peacefully", Set.of("protest", "assemble", "gather", "march", "demonstrate", "rally",
          "disperse", "transfer", "resolve", "coexist"),
      // epidemiology's and the law's: "the fatality rate", "felony charges"
      "fatality", Set.of("rate", "ratio", "count", "figure", "number", "total", "data"),
      "felony", Set.of("charge", "count", "conviction", "murder", "assault", "theft", "arrest",
          "offense", "offence", "case", "record", "indictment", "probation", "sentence", "drug",
          "possession", "battery", "burglary", "warrant", "complaint", "crime", "level",
          "obstruction", "fraud"));

  /**
   * The same words after the words that make them the thing itself: "died of cancer", "breast
   * cancer", "fell ill", "terminally ill", "clinical depression".
   */
  private static final Map<String, Set<String>> AFTER = Map.of(
      "cancer", Set.of("brain", "breast", "lung", "prostate", "pancreatic", "skin", "colon",
          "colorectal", "ovarian", "cervical", "liver", "bone", "blood", "stomach", "throat",
          "terminal", "advanced", "metastatic", "childhood", "of", "from", "with", "have",
          "stage", "bladder", "kidney", "thyroid", "testicular"),
      "ill", Set.of("fall", "fell", "fallen", "falling", "terminally", "mentally", "critically",
          "seriously", "chronically", "gravely", "severely", "become", "became", "feel", "felt"),
      "depression", Set.of("manic", "clinical", "severe", "postpartum", "postnatal", "major",
          "chronic", "with", "from", "and", "anxiety"),
      // "protesting peacefully", "died peacefully"
      "peacefully", Set.of("protest", "protesting", "assemble", "gather", "march", "demonstrate",
          "rally", "die", "disperse", "end", "protester", "protesters"),
      // the law's: "held in contempt of Congress", "criminal contempt"
      "contempt", Set.of("in", "criminal", "civil"),
      // "charged with a felony", "convicted of felonies", "a class C felony"
      "felony", Set.of("with", "of", "a", "class", "first-degree", "second-degree",
          "third-degree", "federal", "state", "nonviolent", "violent", "two", "three", "several",
          "multiple", "degree"),
      // "traffic fatalities", "road fatalities": counts of the dead
      "fatality", Set.of("traffic", "road", "highway", "workplace", "pedestrian", "crash",
          "confirmed", "reported", "no", "zero", "covid-19", "coronavirus", "virus"));

  private static boolean term(List<Token> t, int i, String lemma) {
    Set<String> before = AFTER.get(lemma);
    if (before != null && i > 0 && (before.contains(t.get(i - 1).lemma().toLowerCase(Locale.ROOT))
        || before.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    Set<String> next = TERMS.containsKey(lemma) ? TERMS.get(lemma) : MORE_TERMS.get(lemma);
    if (next == null) {
      return false;
    }
    if (lemma.equals("crude") && t.get(i).pos().startsWith("NN")) {
      return true; // the noun is the commodity: "Brent crude rose"
    }
    return i + 1 < t.size() && next.contains(t.get(i + 1).lemma().toLowerCase(Locale.ROOT));
  }

  /** A capital letter inside a sentence, not after an opening quotation mark or parenthesis. */
  static boolean capitalisedInside(List<Token> t, int i) {
    String w = t.get(i).word();
    return i > 0 && w.length() > 1 && Character.isUpperCase(w.charAt(0))
        && !t.get(i - 1).word().matches("[\"“‘'(`]+");
  }

}
