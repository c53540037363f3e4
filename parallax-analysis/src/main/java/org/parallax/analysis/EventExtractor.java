package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Finds events: triggers from {@code data/events.tsv} (verbs and nouns, some needing a word
 * nearby: "severed … relations"), participants from the shallow structure of the clause around
 * the trigger (noun-phrase chunks, coordination, passives, relative clauses, prepositions), the
 * nearest date in the sentence, negation and modality from the words before the trigger, and the
 * attribution whose content holds it. Works on part-of-speech tags alone, so it needs no
 * dependency parse and costs little.
 */
final class EventExtractor {
  /** How far (in tokens) a required word may stand from its trigger. */
  static final int REQUIRES_WINDOW = 5;

  private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN",
      "NNS", "NNP", "NNPS", "CD", "POS");
  private static final Set<String> LOCATION_PREPS = Set.of("in", "at", "near", "inside", "outside",
      "across", "throughout", "into", "around");
  private static final Set<String> TARGET_PREPS = Set.of("with", "against", "on", "of", "for",
      "over", "from", "at", "upon", "between", "among", "to");
  /**
   * Events whose "for" gives the reason, not whom they are done to: "arrested for cocaine
   * possession", "criticised for the delay", "sanctioned for its role" ("support for the rebels",
   * "called for talks" take their target). An accusation's "of" is its charge likewise.
   */
  private static final Set<Event.Type> FOR_A_REASON = java.util.EnumSet.of(Event.Type.ARREST,
      Event.Type.ATTACK, Event.Type.CONDEMN, Event.Type.ACCUSE, Event.Type.DISMISS,
      Event.Type.SANCTION, Event.Type.SEIZE, Event.Type.DENY);
  /** Prepositions of what a meeting or an agreement is about. */
  private static final Set<String> TOPIC_PREPS = Set.of("on", "over", "about", "regarding",
      "concerning");
  /** A target that says how an attack ended, not whom it hit: "stabbed to death". */
  private static final java.util.regex.Pattern DEATH = java.util.regex.Pattern.compile(
      "(?i)(?:(?:his|her|their|its) )?deaths?");
  /** Private people a nationality describes, who are not their state when they act or suffer. */
  private static final Set<String> INDIVIDUALS = Set.of("man", "woman", "gunman", "shooter",
      "attacker", "assailant", "suspect", "teenager", "teen", "boy", "girl", "student", "tourist",
      "worker", "contractor", "journalist", "reporter", "killer", "bomber", "extremist",
      "supremacist", "national", "citizen", "resident", "businessman", "businesswoman", "doctor",
      "nurse", "traveler", "traveller", "hostage", "passenger", "civilian");
  /** Civil craft a nationality describes, which are not their state either. */
  private static final Set<String> CIVIL_CRAFT = Set.of("airliner", "jetliner", "ferry",
      "cruise", "liner");
  /** Heads of "ministers from Mali, Niger and Burkina Faso": people standing for a country. */
  private static final Set<String> PEOPLE = Set.of("minister", "official", "leader",
      "representative", "delegation", "delegate", "diplomat", "envoy", "soldier", "troops",
      "force", "fighter", "militant", "member", "expert", "specialist", "instructor", "officer",
      "authority", "government", "president", "head", "team", "police", "army", "citizen");
  /** Verbs whose subject does the event their object names: "announced the severing". */
  private static final Set<String> LIGHT_VERBS = Set.of("hold", "announce", "conduct", "launch",
      "carry", "stage", "begin", "start", "continue", "resume", "order", "plan", "host", "attend",
      "join", "make", "impose", "take", "wage", "mount", "commit", "complete", "lead", "sign",
      "conclude", "reach", "seek", "propose", "offer", "provide", "give", "step", "intensify",
      "deepen", "expand", "pursue", "organize", "organise", "undertake", "perform", "call",
      "issue", "demand", "threaten", "approve", "authorize", "authorise");
  /**
   * Nouns an infinitive completes ("the decision to kill", "a plan to attack"): who does the
   * infinitive's event is the noun's maker, not whoever judges or reports the noun.
   */
  private static final Set<String> INFINITIVE_NOUNS = Set.of("decision", "plan", "order",
      "effort", "attempt", "bid", "move", "push", "campaign", "proposal", "threat", "promise",
      "pledge", "vow", "deal", "agreement", "right", "authority", "authorization",
      "authorisation", "intention", "readiness", "willingness", "refusal", "failure",
      "commitment", "mission", "strategy", "plot", "scheme", "idea", "choice", "request",
      "permission", "approval", "go-ahead", "call", "demand", "offer", "determination");
  /**
   * Verbs other than speech cues whose subject judges or examines a decision or plan rather than
   * makes it: "defended the decision to kill", "reversed the plan to strike" (see {@link
   * #judges}).
   */
  private static final Set<String> JUDGING = Set.of("support", "back", "welcome", "applaud",
      "hail", "justify", "doubt", "dispute", "decry", "lament", "protest", "mock", "fault", "call",
      "review", "investigate", "probe", "examine", "challenge", "understand", "respect", "accept",
      "hear", "read", "watch", "debate", "analyze", "analyse", "scrutinize", "scrutinise",
      "celebrate", "cheer", "reverse", "block", "halt", "suspend", "scrap", "cancel", "overturn",
      "veto", "mourn", "regret", "rationalize", "rationalise", "second-guess", "like", "love",
      "hate", "dislike", "fear");
  /** Speech cues whose subject makes or holds what its object names: "vowed a campaign to …". */
  private static final Set<String> MAKING = Set.of("promise", "vow", "pledge", "agree", "want",
      "expect", "hope", "continue", "urge", "decline", "refuse");
  /** Words that open a relative clause after a comma: ", who …", ", which …". */
  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "where");
  /** Determiners of a known thing: "the strike", "this attack". */
  private static final Set<String> DEMONSTRATIVES = Set.of("the", "this", "that", "these",
      "those");
  /** Prepositions that place a noun phrase: "a militia in Iraq", "the rebels from Kidal". */
  private static final Set<String> WHERE = Set.of("in", "at", "from", "near", "inside",
      "across", "throughout");
  /** Words for answering a happening: "Iran's response to the killing", "reacted to the strike". */
  private static final Set<String> RESPONSES = Set.of("response", "reaction", "reply", "answer",
      "retaliation", "respond", "react", "riposte");
  /** Prepositions before a noun event that the clause's subject reacts to rather than does. */
  private static final Set<String> ANSWERED = Set.of("after", "before", "following", "since",
      "amid", "despite", "over", "about", "against", "regarding", "concerning");
  /** Nouns whose "on" names what they are about: "a statement on Floyd's killing". */
  private static final Set<String> ABOUT = Set.of("statement", "remark", "comment", "report",
      "ban", "moratorium", "crackdown", "limit", "debate", "vote", "view", "position", "stance",
      "silence", "focus", "update", "briefing", "hearing", "investigation", "inquiry", "probe",
      "question", "word", "speech", "testimony", "reporting", "coverage", "tweet", "post");

  /** The second half of "Iran-backed": the name is who stands behind the phrase's head. */
  private static final Set<String> PATRONS = Set.of("backed", "led", "sponsored", "supported",
      "funded", "controlled", "run", "allied", "aligned", "installed", "armed", "trained",
      "owned", "affiliated");
  private static final Set<String> SUBORDINATORS = Set.of("that", "whether", "if", "because",
      "although", "though", "while", "unless", "whereas");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get", "will",
      "would", "can", "could", "may", "might", "shall", "should", "must");
  private static final Set<String> PLAN_WORDS = Set.of("plan", "intend", "threaten", "vow",
      "promise", "ready", "want", "seek", "aim", "prepare", "set", "go", "expect", "hope",
      "pledge", "agree", "decide", "offer", "willing", "able", "propose", "try");

  /** One row of the trigger lexicon. */
  record Row(Event.Type type, boolean verb, List<String> lemmas, Set<String> requires) {}

  private final Map<String, List<Row>> byFirstLemma;
  /** Nouns that name a disaster in the lexicon ("earthquake", "flood", "fire"). */
  private final Set<String> disasterNouns;

  /** Nouns for people (CoreNLP's animacy list): "protesters", "officials", "the minister". */
  private final Set<String> animate;

  private EventExtractor(List<Row> rows, Set<String> animate) {
    this.animate = animate;
    Map<String, List<Row>> m = new HashMap<>();
    for (Row r : rows) {
      m.computeIfAbsent(r.lemmas().get(0), k -> new ArrayList<>()).add(r);
    }
    // rows that require a word nearby are tried first, then longer triggers
    for (List<Row> l : m.values()) {
      l.sort((a, b) -> a.requires().isEmpty() != b.requires().isEmpty()
          ? (a.requires().isEmpty() ? 1 : -1) : Integer.compare(b.lemmas().size(),
              a.lemmas().size()));
    }
    this.byFirstLemma = Map.copyOf(m);
    this.disasterNouns = oneWordNouns(rows, r -> r.type() == Event.Type.DISASTER);
  }

  /** The one-word noun triggers among {@code rows} that {@code which} accepts. */
  private static Set<String> oneWordNouns(List<Row> rows,
      java.util.function.Predicate<Row> which) {
    Set<String> out = new HashSet<>();
    for (Row r : rows) {
      if (!r.verb() && r.lemmas().size() == 1 && which.test(r)) {
        out.add(r.lemmas().get(0));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a participant is a disaster ("A strong earthquake", "the floods") or a disease ("the
   * virus", "the swine flu"): what it does is no attack ("An earthquake struck the coast",
   * "killing 17 people", "the virus has killed 75 more people").
   */
  private boolean disaster(Participant p) {
    if (p.entity() != null) {
      return false;
    }
    String[] words = p.span().text().strip().toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    String one = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    if (head.equals("fire") && words.length > 1 && words[words.length - 2].matches(
        "friendly|enemy|sniper|hostile|artillery|gun|tank|mortar|rocket|machine-gun|small-arms")) {
      return false; // "killed by friendly fire": shots, no blaze
    }
    return disasterNouns.contains(head) || disasterNouns.contains(one)
        || DISEASES.contains(head) || DISEASES.contains(one);
  }

  /** Diseases, which kill without intent: an epidemic is a disaster, not an attack. */
  private static final Set<String> DISEASES = Set.of("virus", "coronavirus", "covid",
      "covid-19", "flu", "influenza", "disease", "illness", "pandemic", "epidemic", "outbreak",
      "infection", "cancer", "pathogen", "ebola", "measles", "malaria", "cholera", "sars",
      "tuberculosis", "pneumonia", "plague", "contagion", "strain", "viruses");

  /**
   * Whether the verb of killing ending at {@code last} is followed by "in" and a noun phrase
   * whose head is an accident or a natural disaster ("killed in a car crash", "injured in the
   * flooding"): a death in it, not an attack.
   */
  private boolean diedInADisaster(Clause c, int last) {
    int k = last + 1;
    if (!c.lemma(last).matches("kill|injure|wound") || k >= c.t.size()
        || !c.word(k).equals("in")) {
      return false;
    }
    int head = -1;
    for (k++; k < c.t.size() && c.t.get(k).pos().matches("DT|PRP\\$|JJ.*|NN.*|CD|HYPH|POS")
        && k <= last + 6; k++) {
      if (c.t.get(k).pos().startsWith("NN")) {
        head = k;
      }
    }
    return head >= 0 && ACCIDENTS.contains(c.lemma(head).toLowerCase(Locale.ROOT));
  }

  /**
   * Disasters no one did, a death in which is no attack (not "blast", "explosion", "fire": "killed
   * in a suicide blast" is an attack).
   */
  private static final Set<String> ACCIDENTS = Set.of("crash", "collision", "accident",
      "earthquake", "quake", "tremor", "aftershock", "tsunami", "flood", "flooding", "hurricane",
      "typhoon", "cyclone", "storm", "landslide", "mudslide", "avalanche", "eruption", "wildfire",
      "derailment", "stampede");

  /** The rows of {@code data/events.tsv}, read once per JVM (the framing rules use them too). */
  private static final class Lexicon {
    static final List<Row> ROWS = read();

    private static List<Row> read() {
      List<Row> rows = new ArrayList<>();
      for (String line : DataFile.rows("events.tsv")) {
        rows.add(row(line));
      }
      return List.copyOf(rows);
    }
  }

  static EventExtractor bundled() {
    return new EventExtractor(Lexicon.ROWS, LoadedWords.animateCommonNouns());
  }

  /** The one-word noun triggers of {@code data/events.tsv}: words that name a happening. */
  static Set<String> happeningNouns() {
    return oneWordNouns(Lexicon.ROWS, r -> true);
  }

  static Row row(String line) {
    String[] c = line.split("\t", -1);
    if (c.length < 4 || !(c[1].equals("V") || c[1].equals("N")) || c[2].isBlank()) {
      throw new IllegalStateException("events.tsv: row '" + line
          + "' needs type<TAB>V|N<TAB>trigger<TAB>requires");
    }
    Event.Type type;
    try {
      type = Event.Type.valueOf(c[0].trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("events.tsv: unknown event type '" + c[0] + "' in row '"
          + line + "'", e);
    }
    Set<String> requires = new HashSet<>();
    if (!c[3].trim().equals("-")) {
      for (String w : c[3].toLowerCase(Locale.ROOT).split("\\|")) {
        if (!w.isBlank()) {
          requires.add(w.trim());
        }
      }
    }
    return new Row(type, c[1].equals("V"),
        List.of(c[2].trim().toLowerCase(Locale.ROOT).split("\\s+")), Set.copyOf(requires));
  }

  /** A noun-phrase chunk: tokens {@code first..last} of a sentence, inclusive. */
  private record Chunk(int first, int last) {}

  /** What one sentence looks like to the extractor. */
  private static final class Clause {
    final String text;
    final Sentence s;
    final List<Token> t;
    final Mention[] mention;
    final String[] entity;
    final boolean[] temporal;
    final boolean[] place;
    /** Tokens of a mention of a person (the tagger's tag on a hyphenated name is often MISC). */
    final boolean[] person;
    final int[] chunkOf;
    /** Which part of the sentence each token is in ({@link #parts}). */
    final int[] part;
    final List<Chunk> chunks = new ArrayList<>();

    Clause(String text, Sentence s, Map<Integer, Mention> mentionAt,
        Map<Integer, String> entityAt, Set<Integer> places, Set<Integer> persons,
        List<TimeExpression> times) {
      this.text = text;
      this.s = s;
      this.t = s.tokens();
      this.part = parts(t);
      int n = t.size();
      mention = new Mention[n];
      entity = new String[n];
      temporal = new boolean[n];
      place = new boolean[n];
      person = new boolean[n];
      chunkOf = new int[n];
      for (int i = 0; i < n; i++) {
        mention[i] = mentionAt.get(t.get(i).begin());
        entity[i] = entityAt.get(t.get(i).begin());
        place[i] = places.contains(t.get(i).begin()) || t.get(i).ner().equals("LOCATION");
        person[i] = persons.contains(t.get(i).begin()) || t.get(i).ner().equals("PERSON");
        for (TimeExpression x : times) {
          if (x.begin() <= t.get(i).begin() && t.get(i).end() <= x.end()) {
            temporal[i] = true;
          }
        }
        // a span of time the resolver did not keep ("a week after …") is no participant either
        temporal[i] |= t.get(i).pos().matches("NNS?")
            && TIME_UNITS.contains(t.get(i).lemma().toLowerCase(Locale.ROOT));
        chunkOf[i] = -1;
      }
      for (int k = 2; k + 2 < n; k++) {
        if (t.get(k + 1).word().equals("-") && t.get(k + 2).word().equalsIgnoreCase("old")
            && t.get(k - 1).word().equals("-") && TIME_UNITS.contains(lemma(k))) {
          // "a 26-year-old man": an age, one word in five tokens, not a span of time
          for (int m = k - 2; m <= k + 2; m++) {
            temporal[m] = false;
          }
        }
      }
      int i = 0;
      while (i < n) {
        if (t.get(i).pos().equals("PRP")) {
          chunkOf[i] = chunks.size();
          chunks.add(new Chunk(i, i));
          i++;
          continue;
        }
        int j = i;
        boolean head = false;
        if (t.get(i).pos().equals("POS")) {
          i++; // "'s" closes a possessor; it never opens a phrase
          continue;
        }
        while (j < n && (NP_TAGS.contains(t.get(j).pos()) || mention[j] != null
                || inCompound(j) || j > i && describing(j))
            && !(j > i && t.get(j).pos().equals("DT") && !t.get(j - 1).pos().equals("PDT"))
            && !(j > i && temporal[j] != temporal[j - 1])) {
          head |= t.get(j).pos().startsWith("NN") || mention[j] != null
              || t.get(j).pos().equals("CD");
          j++;
        }
        if (j > i && head) {
          for (int k = i; k < j; k++) {
            chunkOf[k] = chunks.size();
          }
          chunks.add(new Chunk(i, j - 1));
          i = j;
        } else {
          i = Math.max(j, i + 1);
        }
      }
    }

    /**
     * Whether token {@code i} is part of a hyphenated word the tokenizer split ("al - Baghdadi",
     * "all - out"): the hyphen, or a word it joins without a space.
     */
    /** The first token that ends after character {@code offset}, or -1. */
    int tokenAt(int offset) {
      for (int k = 0; k < t.size(); k++) {
        if (t.get(k).end() > offset) {
          return k;
        }
      }
      return -1;
    }

    /** The last token wholly inside {@code span}, or -1. */
    int lastTokenIn(Span span) {
      for (int k = t.size() - 1; k >= 0; k--) {
        if (t.get(k).begin() >= span.begin() && t.get(k).end() <= span.end()) {
          return k;
        }
      }
      return -1;
    }

    /**
     * Whether token {@code j} is an adverb and participle describing the noun after them inside
     * a noun phrase: "Virginia's democratically elected governor".
     */
    private boolean describing(int j) {
      int n = t.size();
      // (after a determiner, a possessive or an adjective: not "Police reportedly shot protesters")
      if (t.get(j).pos().equals("RB") && t.get(j).word().endsWith("ly")) {
        return j > 0 && t.get(j - 1).pos().matches("DT|PRP\\$|POS|JJ|CD") && j + 2 < n
            && t.get(j + 1).pos().matches("VBN|JJ") && t.get(j + 2).pos().startsWith("NN");
      }
      return t.get(j).pos().equals("VBN") && j > 1 && t.get(j - 1).pos().equals("RB")
          && t.get(j - 1).word().endsWith("ly") && t.get(j - 2).pos().matches("DT|PRP\\$|POS|JJ|CD")
          && j + 1 < n && t.get(j + 1).pos().startsWith("NN");
    }

    boolean inCompound(int i) {
      return joiningHyphen(i) || i + 1 < t.size() && joiningHyphen(i + 1)
          || i > 0 && joiningHyphen(i - 1);
    }

    private boolean joiningHyphen(int k) {
      return k > 0 && k + 1 < t.size() && t.get(k).pos().equals("HYPH")
          && t.get(k).begin() == t.get(k - 1).end() && t.get(k + 1).begin() == t.get(k).end();
    }

    String lemma(int i) {
      return t.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    String word(int i) {
      return t.get(i).word().toLowerCase(Locale.ROOT);
    }

    boolean boundary(int i) {
      String w = t.get(i).word();
      return w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("(")
          || w.equals(")") || w.equals("“") || w.equals("”") || w.equals("\"")
          || w.equals("-LRB-") || w.equals("-RRB-") || w.equals("``") || w.equals("''");
    }

    boolean isTemporal(Chunk c) {
      for (int i = c.first(); i <= c.last(); i++) {
        if (temporal[i]) {
          return true;
        }
      }
      return false;
    }

    /** The chunks coordinated with {@code c} to its left and right ("Mali, Niger and then Chad"). */
    private final Map<Chunk, List<Chunk>> groups = new HashMap<>();

    List<Chunk> group(Chunk c) {
      return groups.computeIfAbsent(c, this::coordinated);
    }

    private List<Chunk> coordinated(Chunk c) {
      List<Chunk> out = new ArrayList<>();
      out.add(c);
      // rightwards: ", B", ", and C", "and then C"; the list ends with its conjunction
      boolean conjunction = false;
      int i = c.last() + 1;
      while (!conjunction && i < t.size() - 1) {
        int k = i;
        if (!(t.get(k).pos().equals("CC") || t.get(k).word().equals(","))) {
          break;
        }
        boolean cc = t.get(k).pos().equals("CC");
        k++;
        if (k < t.size() && t.get(k).pos().equals("CC")) {
          cc = true;
          k++;
        }
        while (k < t.size() && t.get(k).pos().equals("RB")) {
          k++;
        }
        if (k >= t.size() || chunkOf[k] < 0 || !sameKind(chunks.get(chunkOf[k]), c)) {
          break;
        }
        Chunk nx = chunks.get(chunkOf[k]);
        out.add(nx);
        conjunction = cc;
        i = nx.last() + 1;
      }
      // leftwards: "A, B and C" seen from C, or from a middle element of a list that ends to
      // the right; "Mali, Burkina Faso and Niger, the militants" is not a list ending in "militants"
      i = c.first() - 1;
      boolean first = true;
      while (i >= 1) {
        int k = i;
        while (k >= 0 && t.get(k).pos().equals("RB")) {
          k--;
        }
        if (k < 1) {
          break;
        }
        boolean cc = t.get(k).pos().equals("CC");
        if (!(cc || t.get(k).word().equals(",")) || (cc && !first)
            || (!cc && first && !conjunction)) {
          break;
        }
        int prev = k - 1;
        if (t.get(prev).word().equals(",")) {
          prev--;
        }
        if (prev < 0 || chunkOf[prev] < 0 || !sameKind(chunks.get(chunkOf[prev]), c)) {
          break;
        }
        Chunk p = chunks.get(chunkOf[prev]);
        out.add(0, p);
        conjunction |= cc;
        first = false;
        i = p.first() - 1;
      }
      // "Mali, Lavrov said": commas alone make an apposition or a new clause, not a list
      return conjunction ? out : List.of(c);
    }

    /** Coordinated chunks are names or descriptions, not dates or pronouns. */
    private boolean sameKind(Chunk a, Chunk b) {
      return !isTemporal(a) && !isTemporal(b) && !t.get(a.first()).pos().equals("PRP")
          && !t.get(b.first()).pos().equals("PRP");
    }

    /** The entity a chunk names: its rightmost mention (the head of "Mali's Abdoulaye Diop"). */
    @Nullable String head(Chunk c) {
      for (int i = c.last(); i >= c.first(); i--) {
        if (entity[i] != null && hyphenModifier(i, c.last())) {
          String name = entity[i];
          while (i > c.first() && name.equals(entity[i - 1])) {
            i--; // the whole name: "A New York-based analyst"
          }
          continue;
        }
        if (entity[i] != null && !(i < c.last() && t.get(i).pos().equals("PRP$"))) {
          // "her statement" is not her ("Ostmark's army" is Ostmark's, a name, not a pronoun)
          Mention m = mention[i];
          String head = lemma(c.last()).toLowerCase(Locale.ROOT);
          if (i < c.last() && m != null && m.kind() == Mention.Kind.DEMONYM && entity[c.last()]
              == null && (INDIVIDUALS.contains(head) || CIVIL_CRAFT.contains(head)
                  || c.last() - 1 > i && word(c.last() - 1).equalsIgnoreCase("passenger"))) {
            // "an Australian gunman", "an American contractor", "a Ukrainian airliner", "a
            // Ukrainian passenger jet": not the state
            return null;
          }
          return entity[i];
        }
      }
      return null;
    }

    /**
     * Whether name {@code i} is the first half of a hyphenated modifier that says nothing of
     * who the phrase is: "Ukraine's Russia-friendly former president", "a Moscow-based analyst"
     * (but "Iran-backed militias" are a patron's, and stay its).
     */
    boolean hyphenModifier(int i, int last) {
      return i + 2 <= last && word(i + 1).equals("-") && t.get(i).end() == t.get(i + 1).begin()
          && Character.isLowerCase(word(i + 2).charAt(0))
          && !PATRONS.contains(word(i + 2).toLowerCase(Locale.ROOT));
    }

    Span span(int first, int last) {
      int b = t.get(first).begin();
      int e = t.get(last).end();
      return new Span(b, e, text.substring(b, e));
    }
  }

  List<Event> extract(ParsedText parsed, List<Entity> entities, List<TimeExpression> times,
      List<Attribution> attributions, Gazetteer gazetteer) {
    Map<Integer, Mention> mentionAt = new HashMap<>();
    Map<Integer, String> entityAt = new HashMap<>();
    Set<Integer> places = new HashSet<>();
    Set<Integer> persons = new HashSet<>();
    TreeMap<Integer, Token> byBegin = new TreeMap<>();
    for (Sentence s : parsed.sentences()) {
      for (Token tok : s.tokens()) {
        byBegin.putIfAbsent(tok.begin(), tok);
      }
    }
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        String id = m.standsFor() != null ? m.standsFor() : e.id();
        boolean place = e.type() == EntityType.LOCATION;
        boolean person = e.type() == EntityType.PERSON && m.standsFor() == null;
        for (Token tok : byBegin.subMap(m.begin(), true, m.end(), false).values()) {
          if (tok.end() > m.end()) {
            continue;
          }
          mentionAt.putIfAbsent(tok.begin(), m);
          entityAt.putIfAbsent(tok.begin(), id);
          if (place) {
            places.add(tok.begin());
          }
          if (person) {
            persons.add(tok.begin());
          }
        }
      }
    }
    List<Event> out = new ArrayList<>();
    Subject previous = new Subject(List.of(), false);
    for (Sentence s : parsed.sentences()) {
      List<TimeExpression> here = new ArrayList<>();
      for (TimeExpression x : times) {
        if (x.begin() >= s.begin() && x.end() <= s.end()) {
          here.add(x);
        }
      }
      Clause c = new Clause(parsed.text(), s, mentionAt, entityAt, places, persons, here);
      Subject subject = subject(c);
      Subject before = previous;
      List<Found> found = triggers(c);
      List<TimeExpression> dates = new ArrayList<>();
      for (TimeExpression x : here) {
        if (!datesAThing(c, x, found)) {
          dates.add(x);
        }
      }
      for (Found f : found) {
        Event e = event(c, f, notAnothers(c, f, found, dates), attributions, subject, before,
            gazetteer, out.size() + 1);
        if (e != null) {
          out.add(e);
        }
      }
      if (!subject.who().isEmpty()) {
        previous = subject;
      }
    }
    return out;
  }

  /**
   * Things named for what they are made to do: after an event noun they make it a kind of thing
   * ("an amphibious assault ship", "assault weapons", "an attack helicopter", "a carrier strike
   * group", "attack ads", "aid workers"), no happening ("an aid package" is the aid itself; not
   * "force": "the attack forces thousands to flee").
   */
  private static final Set<String> EQUIPMENT = Set.of("ship", "vessel", "boat", "craft",
      "submarine", "helicopter", "aircraft", "plane", "jet", "fighter", "bomber", "drone",
      "vehicle", "tank", "rifle", "weapon", "gun", "dog", "ad", "advert", "group", "team",
      "unit", "capability", "capacity", "worker", "agency", "organisation", "organization",
      "personnel", "staff");

  /** A trigger found in a sentence: tokens {@code first..last}. */
  private record Found(Row row, int first, int last) {}

  private List<Found> triggers(Clause c) {
    List<Found> out = new ArrayList<>();
    boolean headline = titleCase(c.t);
    for (int i = 0; i < c.t.size(); i++) {
      Token tok = c.t.get(i);
      boolean verb = tok.isVerb();
      boolean noun = tok.pos().startsWith("NN");
      if (!verb && !noun) {
        continue;
      }
      if (tok.pos().startsWith("NNP") && i > 0 && !headline) {
        continue; // a word of a name or title: "Amazon Fire TV", "Catch and Kill"
      }
      if (verb && i > 0 && !headline && titled(c, i)) {
        continue; // the title of a show: "told “Meet the Press”", "the “Meet the Moment” tour"
      }
      if (afterAHyphen(c, i) && HEADLESS.contains(c.word(i - 2))) {
        continue; // not the word's head: "a self-appointed group", "a cease-fire"
      }
      if ((tok.pos().equals("VBN") || tok.pos().equals("VBD") && i > 1
              && c.t.get(i - 2).pos().equals("IN") && i + 2 < c.t.size()
              && c.t.get(i + 1).pos().equals("NN") && c.t.get(i + 2).pos().matches("NNS?"))
          && i > 0 && i + 1 < c.t.size()
          && c.t.get(i - 1).pos().equals("NN") && c.entity[i - 1] == null
          && Character.isLowerCase(c.t.get(i - 1).word().charAt(0))
          && c.t.get(i + 1).pos().matches("NNS?") && c.entity[i + 1] == null
          && !agent(new Participant(null, c.span(i - 1, i - 1)))) {
        // a compound written open: "coal fired power plants" ("coal-fired"); after a preposition
        // the tagger may read it as a verb ("the banning of coal fired power plants")
        continue;
      }
      if (verb && tok.pos().equals("VBN") && c.lemma(i).matches("elect|appoint")
          && i + 1 < c.t.size() && c.t.get(i + 1).pos().startsWith("NN")
          && c.lemma(i + 1).toLowerCase(Locale.ROOT).matches(
              "official|leader|representative|lawmaker|member|body|judge|legislator|politician"
              + "|officeholder|board|government|council|prosecutor|sheriff|assembly")
          && (i == 0 || c.t.get(i - 1).pos().matches("DT|JJ.*|CC|PRP\\$|POS|IN|CD")
              && !BE.contains(c.lemma(i - 1)))
          && (i + 2 >= c.t.size() || c.t.get(i + 1).pos().equals("NNS")
              || !c.word(i + 2).matches("of|in|by|for|to"))) {
        // a kind of office-holder: "local elected officials", "appointed judges" (not "Smith,
        // elected leader of the party in May")
        continue;
      }
      if (verb && i + 2 < c.t.size() && afterAHyphen(c, i + 2)) {
        continue; // the first word of a compound: "back-to-back cycles", "kill-or-be-killed"
      }
      if (verb && afterAHyphen(c, i) && c.word(i - 2).matches("to|and|or|in")) {
        continue; // its last word: "back-to-back", "face-to-face", "cut-and-run"
      }
      if (noun && c.word(i).matches("deals?") && i > 0 && i + 1 < c.t.size()
          && (c.word(i - 1).matches("which|who|it|he|she")
              || c.word(i - 1).equals("that") && c.word(i).equals("deals"))
          && c.word(i + 1).equals("with")) {
        continue; // the verb the tagger took for a noun: "a 1905 case that deals with …"
      }
      if (noun && c.word(i).equals("offensive") && i + 2 < c.t.size()
          && c.word(i + 1).matches("and|or|,") && c.t.get(i + 2).pos().startsWith("JJ")
          && (i == 0 || !c.t.get(i - 1).pos().matches("DT|PRP\\$|POS|NN.*|JJ.*"))) {
        continue; // the adjective: "offensive and toxic past statements"
      }
      if (noun && c.lemma(i).equals("strike") && i + 1 < c.t.size()
          && c.word(i + 1).equals("against") && countsAgainst(c, i)) {
        continue; // "are major strikes against them", "two strikes against him": drawbacks
      }
      if (noun && c.lemma(i).equals("appointment") && visit(c, i)) {
        continue; // "Cancel all non-essential doctor's appointments": a visit booked, no post
      }
      if (noun && c.lemma(i).equals("rally") && campaignRally(c, i)) {
        continue; // "Sanders's rally March 7", "a Trump campaign rally": campaigning, no protest
      }
      if (verb && tok.pos().equals("VBG") && c.lemma(i).equals("nominate")
          && i + 1 < c.t.size() && c.t.get(i + 1).pos().startsWith("NN")
          && c.lemma(i + 1).toLowerCase(Locale.ROOT).matches(
              "contest|process|convention|committee|race|season|calendar|fight|battle")) {
        continue; // a kind of thing: "the next nominating contests", "the nominating process"
      }
      if (verb && c.lemma(i).equals("resign") && i + 1 < c.t.size() && c.word(i + 1).equals("to")
          && (i > 0 && BE.contains(c.lemma(i - 1)) || i > 1 && BE.contains(c.lemma(i - 2)))) {
        continue; // "was resigned to being sacked", "resigned to defeat": accepted, not quit
      }
      if (afterAHyphen(c, i) && tok.pos().equals("VBN")
          && Character.isLowerCase(c.t.get(i - 2).word().charAt(0)) && c.entity[i - 2] == null
          && !agent(new Participant(null, c.span(i - 2, i - 2)))) {
        continue; // a kind of thing: "mortgage-backed securities" (not "Iran-backed militias")
      }
      if (noun && i >= 2 && c.word(i).equals("fire") && c.word(i - 1).equals("of")
          && c.lemma(i - 2).equals("line")) {
        continue; // "out of the line of fire": a place to keep away from, no shot, no blaze
      }
      int under = i - 1;
      while (under >= 0 && under >= i - 2 && (c.t.get(under).pos().matches("JJ.*|VBG")
          || c.word(under).equals("enemy"))) {
        under--; // "under increasing fire", "under heavy fire", "under enemy fire"
      }
      if (noun && under >= 0 && c.word(i).equals("fire") && c.word(under).equals("under")) {
        // no blaze: "the minister came under fire from MPs" is criticised, "the ship came under
        // fire from two boats" (armed words after it, or "heavy fire") shot at
        // (heavy or intense fire is shots where no one it comes "from" is named: "came under heavy
        // fire near Selm", not "under heavy fire from opposition MPs")
        boolean political = false;
        for (int k = i + 2; k < Math.min(c.t.size(), i + 6)
            && c.word(i + 1).matches("from|for|over"); k++) {
          political |= POLITICAL.contains(c.lemma(k).toLowerCase(Locale.ROOT)) || c.person[k];
        }
        boolean shot = false;
        for (int k = under + 1; k < i; k++) {
          shot |= c.word(k).matches("heavy|intense|sustained|withering|hostile") && !political
              || c.word(k).equals("enemy");
        }
        for (int k = i + 1; k < Math.min(c.t.size(), i + 6); k++) {
          shot |= ARMED.contains(c.lemma(k));
        }
        out.add(new Found(new Row(shot ? Event.Type.ATTACK : Event.Type.CONDEMN, false,
            List.of("fire"), Set.of()), i, i));
        continue;
      }
      if (noun && c.word(i).equals("fire") && i > 0 && c.word(i - 1).equals("friendly")) {
        // "killed by friendly fire" is shots from one's own side; "faced friendly fire for his
        // questioning" criticism from it — no blaze either way
        boolean words = i + 1 < c.t.size() && c.word(i + 1).matches("for|over");
        out.add(new Found(new Row(words ? Event.Type.CONDEMN : Event.Type.ATTACK, false,
            List.of("fire"), Set.of()), i, i));
        continue;
      }
      if (noun && inTermsOf(c, i)) {
        continue; // a respect, not a happening: "superior to the militants in terms of training"
      }
      if (noun && i + 1 < c.t.size() && c.t.get(i + 1).pos().startsWith("NN")
          && EQUIPMENT.contains(c.lemma(i + 1).toLowerCase(Locale.ROOT))) {
        continue; // a kind of thing: "the amphibious assault ship", "assault rifles", "attack ads"
      }
      if ((noun || tok.pos().equals("VBG") && i > 0 && c.t.get(i - 1).pos().matches("DT|JJ.?"))
          && modifiesANoun(c, i)) {
        continue; // a noun's modifier: "a shooting game", "the acquisition cost"
      }
      if (verb && tok.pos().equals("VBG") && i + 1 < c.t.size()
          && TITLED.contains(c.lemma(i + 1).toLowerCase(Locale.ROOT))
          && (i == 0 || c.t.get(i - 1).pos().matches("DT|JJ.?|CC|,|PRP\\$|POS|CD"))) {
        // a post, not a happening: "a visiting fellow at the School of Economics" (not "police
        // were arresting professors", whose participle takes the noun as its object)
        continue;
      }
      List<Row> rows = byFirstLemma.get(c.lemma(i));
      if (rows == null) {
        rows = byFirstLemma.getOrDefault(c.word(i), List.of());
      }
      for (Row r : rows) {
        if (r.verb() != verb) {
          continue;
        }
        int last = matchRest(c, i, r);
        if (last < 0 || !required(c, i, last, r)) {
          continue;
        }
        if (r.type() == Event.Type.SANCTION && r.verb() && c.lemma(i).equals("impose")
            && onlyRestrictions(c, i)) {
          continue; // "Italy imposed new restrictions", "restrictions on gatherings": no sanction
        }
        if (r.type() == Event.Type.DISMISS && fromAPlace(c, last)) {
          continue; // "to oust Kurdish fighters from the area": driven out, not dismissed
        }
        if (!r.verb() && (r.type() == Event.Type.THREATEN && c.lemma(i).equals("threat")
            && !madeThreat(c, i) || c.lemma(i).equals("nomination") && soughtFor(c, i))) {
          // a danger, not a threat made: "the threat of COVID-19", "pose a threat to"; a prize
          // sought, not a nomination made: "the race for the Democratic nomination"
          continue;
        }
        int past = last + 1; // past the manner: "fired aggressively into that place"
        while (past < c.t.size() && c.t.get(past).pos().startsWith("RB")
            && c.word(past).endsWith("ly") && !c.word(past).matches("early|only")) {
          past++;
        }
        if (r.type() == Event.Type.DISMISS && c.lemma(i).equals("fire")
            && c.t.get(i).pos().matches("VB[DZPG]") && !afterBe(c, i)
            && (past >= c.t.size() || c.t.get(past).pos().matches("IN|TO|[.,:]"))
            && (armedNear(c, r, i, last) || past < c.t.size()
                && c.word(past).equalsIgnoreCase("into"))) {
          // no one is fired, shots are: "Iran fired with the intent to kill", "fired into a
          // crowd", "fired aggressively into that place" (not "Bolton, whom Trump fired in
          // September", "the aides he fired")
          r = new Row(Event.Type.ATTACK, true, r.lemmas(), Set.of());
        }
        if (r.type() == Event.Type.ATTACK && !r.verb() && c.lemma(i).equals("fire")
            && !r.requires().isEmpty() && !firedOpenOrBack(c, i)) {
          continue; // "Residents returned home after the fire": a blaze, no one opened fire
        }
        if (r.type() == Event.Type.ARREST && c.lemma(i).equals("arrest") && i > 0
            && c.word(i - 1).matches("cardiac|cardiopulmonary|pulmonary|respiratory|heart")) {
          continue; // "died of cardiopulmonary arrest": the heart stopped, no one was detained
        }
        if (r.type() == Event.Type.AGREE && r.verb() && c.lemma(i).equals("strike")
            && !struckADeal(c, last) && !dealBefore(c, i)) {
          continue; // "Despite the truce, rockets struck Ashkelon": the deal must be what is struck
        }
        if (r.type() == Event.Type.SEIZE && r.verb() && c.lemma(i).matches("capture|seize")
            && wonAPrize(c, last)) {
          continue; // "Nixon captured the White House", "seized the nomination": won, not taken
        }
        if (r.type() == Event.Type.SEVER_RELATIONS && r.verb() && c.lemma(i).equals("recall")
            && !passive(c, i, last) && last + 1 < c.t.size()
            && (c.t.get(last + 1).pos().matches("IN|WRB|WP|VBG|,|``")
                && !c.word(last + 1).matches("from|to|over|in|on|after|for|amid|following|by")
                || c.word(last + 1).matches("[“\"]")
                || c.t.get(last + 1).pos().matches("DT|PRP\\$")
                    && find(c, last + 1, 3, "ambassador") < 0 && find(c, last + 1, 3, "envoy") < 0
                    && find(c, last + 1, 3, "ambassadors") < 0)) {
          continue; // "Ambassador Taylor recalls that Mr. Morrison told him": remembers
        }
        if (r.type() == Event.Type.SUPPORT && r.verb() && c.lemma(i).equals("arm")
            && last + 1 < c.t.size() && c.word(last + 1).equals("with")
            && tok.pos().equals("VBN")) {
          continue; // "Swalwell was armed with the rules", "gunmen armed with rifles": carried
        }
        if (r.type() == Event.Type.APPOINT && r.verb() && c.lemma(i).equals("name")
            && namedAsNoPost(c, last)) {
          continue; // "named Credico as his intermediary": identified, no post given
        }
        if (r.type() == Event.Type.DISASTER && !r.verb() && last + 2 < c.t.size()
            && c.lemma(i).matches("avalanche|flood|tsunami|storm|hurricane|landslide")
            && c.word(last + 1).equals("of") && i > 0 && c.word(i - 1).matches("an?|the|this|that")
            && torrentOf(c, last + 2)) {
          continue; // "an avalanche of abuse", "a flood of refugees", "a storm of criticism"
        }
        if (r.type() == Event.Type.DISASTER && c.lemma(i).equals("landslide")
            && (i > 1 && c.word(i - 1).equals("a") && c.word(i - 2).matches("in|by")
                && voteNear(c, i) || i > 1 && c.word(i - 1).matches("a|the")
                && c.lemma(i - 2).equals("win")
                || last + 1 < c.t.size() && c.word(last + 1).matches(
                    "victory|win|election|defeat|margin|majority|loss"))) {
          continue; // "won in a landslide", "a landslide victory": a vote, no earth moved
        }
        if (r.type() == Event.Type.ACQUIRE && c.lemma(i).equals("buy") && last + 1 < c.t.size()
            && (c.word(last + 1).equals("time") || last + 2 < c.t.size()
                && c.word(last + 1).matches("some|more|a") && c.word(last + 2).equals("time"))) {
          continue; // "to buy time": to delay, nothing bought
        }
        if (r.type() == Event.Type.SUPPORT && r.verb() && tok.pos().equals("VBN") && i > 0
            && c.t.get(i - 1).pos().equals("RB") && c.word(i - 1).endsWith("ly")
            && i + 1 < c.t.size() && c.t.get(i + 1).pos().matches("NNS?|JJ")
            && (i < 2 || c.t.get(i - 2).pos().matches("IN|DT|JJ.*|CC|,|PRP\\$|POS|TO|CD"))) {
          // a kind of thing: "publicly funded student fees", "privately backed loans" (not
          // "Democrats overwhelmingly backed marijuana legalization")
          continue;
        }
        if (r.type() == Event.Type.APPOINT && r.verb() && c.lemma(i).equals("hire")
            && thingObject(c, last) >= 0) {
          continue; // "prohibiting people from hiring vehicles": rented, no one appointed
        }
        if (r.verb() && c.lemma(i).equals("shoot") && last + 1 < c.t.size()
            && c.word(last + 1).equals("up") && rises(c, last + 2)) {
          continue; // "Medical costs shot up 3.3%": rose
        }
        if (r.verb() && c.lemma(i).equals("shoot") && last + 2 < c.t.size()
            && c.word(last + 1).matches("to|into") && c.word(last + 2).matches(
                "the|fame|prominence|stardom|first|no\\.|number|national")
            && (!c.word(last + 2).equals("the") || last + 3 < c.t.size()
                && c.word(last + 3).matches("top|lead|forefront|spotlight"))) {
          continue; // "shot to the top of Democrats' target list", "shot to fame": rose
        }
        if (r.type() == Event.Type.ATTACK && r.verb() && c.lemma(i).equals("strike")
            && last + 3 < c.t.size() && c.word(last + 1).matches("a|another|an")
            && c.word(last + 2 + (c.t.get(last + 2).pos().startsWith("JJ") ? 1 : 0)).equals("blow")
            && !violentBesides(c, i)) {
          continue; // "The Supreme Court struck a blow to a Democrat-aligned effort": a setback
        }
        if (r.type() == Event.Type.SEIZE && c.lemma(i).equals("seize")
            && (last + 1 < c.t.size() && c.word(last + 1).equals("upon")
                || last + 2 < c.t.size() && c.word(last + 1).equals("on")
                    && c.word(last + 2).matches("the|a|an|his|her|their|its|this|that|those")
                    && !c.temporal[last + 2] && !(last + 3 < c.t.size() && c.temporal[last + 3])
                || objectHeadIn(c, last, FIGURATIVE_PRIZES))) {
          continue; // "seized upon the words", "seize the center stage": no taking
        }
        if (r.type() == Event.Type.SEIZE && c.lemma(i).equals("take") && controlOfAThing(c, i)) {
          continue; // "to take up … gun control legislation", "take action on gun control"
        }
        if (r.type() == Event.Type.SEIZE && !r.verb() && c.lemma(i).equals("seizure")
            && (i > 0 && c.word(i - 1).matches("epileptic|febrile|grand|tonic|medical")
                || java.util.stream.IntStream.range(Math.max(0, i - 3), i)
                    .anyMatch(k -> c.lemma(k).matches("suffer|have|experience")))) {
          continue; // "suffered an epileptic seizure": a fit, nothing taken
        }
        if (r.type() == Event.Type.SEIZE && c.lemma(i).equals("capture") && captures(c, i, last)) {
          continue; // "captured the mood", "That idea was captured in the memo": no seizure
        }
        if (r.type() == Event.Type.DISMISS && r.verb() && c.lemma(i).equals("remove")
            && find(c, last + 1, 12, "from") < 0 && thingObject(c, last) >= 0) {
          continue; // "GOP fails to remove abuse of power article": a text cut, no one ousted
        }
        if (r.type() == Event.Type.SEVER_RELATIONS && tiesOnVotes(c, last)) {
          continue; // "has the mandate to break ties on legislation": a tied vote decided
        }
        if (r.type() == Event.Type.APPOINT && r.verb() && c.lemma(i).equals("name")
            && last + 1 < c.t.size() && c.word(last + 1).equals("after")) {
          continue; // "a Kenyan baby named after the president": a name given, no post
        }
        if (r.type() == Event.Type.APPOINT && r.verb() && tok.pos().matches("VBN|JJ")
            && c.lemma(i).matches("elect|appoint") && i > 0 && last + 1 < c.t.size()
            && c.t.get(last + 1).pos().matches("NNS?|JJ|NNPS?")
            && (c.t.get(i - 1).pos().matches("DT|PRP\\$|POS|JJ|CC")
                || c.t.get(i - 1).pos().equals("RB") && c.word(i - 1).endsWith("ly") && i > 1
                    && c.t.get(i - 2).pos().matches("DT|PRP\\$|POS|JJ|CC|IN|CD|,"))
            && !c.word(i - 1).matches("recently|newly|just")) {
          continue; // "the elected will of the people", "a democratically elected president":
                    // what someone is, no election this clause reports ("the newly elected
                    // president" is one)
        }
        if (r.type() == Event.Type.APPOINT && r.verb() && c.lemma(i).equals("name")
            && namedAThing(c, i)) {
          continue; // "as the Russia probe was named internally": called, no post given
        }
        if (r.type() == Event.Type.MEET && !r.verb() && c.word(i).equals("talks") && i > 0
            && c.lemma(i - 1).matches("give|deliver") && (i + 1 >= c.t.size()
                || c.word(i + 1).matches("at|to|about|on|in|,|\\.|and"))) {
          continue; // "giving talks at elementary schools": lectures, no negotiation
        }
        if (r.type() == Event.Type.AGREE && r.verb() && c.lemma(i).equals("sign")
            && objectHeadIn(c, last, SIGNED_THINGS)) {
          continue; // "doctors sign medical prescriptions digitally": no agreement
        }
        if (r.type() == Event.Type.SEIZE && r.verb() && (c.lemma(i).equals("occupy")
            && (find(c, last + 1, 7, "seats") >= 0 || find(c, last + 1, 3, "white") >= 0
                && find(c, last + 1, 4, "house") >= 0)
            || c.lemma(i).equals("take") && controlOfABody(c, last))
            && !violentBesides(c, i)) {
          // "Republicans occupy 53 of the 100 seats", "Democrats took control of the House":
          // won in a vote, not taken by force
          continue;
        }
        if (r.type() == Event.Type.ATTACK && c.lemma(i).equals("clash") && !violentBesides(c, i)
            && java.util.stream.IntStream.range(0, c.t.size()).noneMatch(
                k -> CROWDS.contains(c.lemma(k)))) {
          continue; // "clashes between Sanders and Biden", "clashed with Trump lawyers over an
                    // amendment": words, no fight (not "clashes with police", "white
                    // nationalists clashed with counterprotesters")
        }
        if (r.type() == Event.Type.DISASTER && !r.verb() && c.lemma(i).equals("fire") && i > 0
            && c.word(i - 1).equals("to") && i + 1 < c.t.size()
            && c.t.get(i + 1).pos().matches("DT|PRP\\$|NNP")) {
          // "forcing Ukraine to fire the country's chief prosecutor": the verb the tagger took
          // for a noun; someone is dismissed
          r = new Row(Event.Type.DISMISS, true, r.lemmas(), Set.of());
        }
        if (r.type() == Event.Type.DISASTER && !r.verb() && c.lemma(i).equals("fire") && i >= 3
            && c.word(i - 1).equals("the") && c.word(i - 2).matches("on|to")
            && c.word(i - 3).matches("gasoline|fuel|petrol|kerosene|oil")) {
          continue; // "pour gasoline on the fire of the nation's culture wars": a figure
        }
        if (r.type() == Event.Type.ATTACK && !r.verb() && c.lemma(i).equals("strike") && i > 0
            && c.word(i - 1).matches("peremptory|jury|juror")) {
          continue; // "the prosecutor used a peremptory strike to remove Reed from the jury"
        }
        if (r.type() == Event.Type.ACQUIRE && r.verb() && objectHeadIn(c, last, GAINED)) {
          continue; // "acquired added weight after the pandemic": it grew, nothing was bought
        }
        if (r.type() == Event.Type.TRAIN && r.verb() && trainsAMachine(c, i, last)) {
          continue; // "to train the system", "Alexa was trained": a program taught, no people
        }
        if (r.type() == Event.Type.DISASTER && c.lemma(i).equals("crash") && crashOfAThing(c, i)) {
          continue; // "when an app crashes", "the stock market crash": no one hurt
        }
        if (acronym(c, i, last)) {
          continue; // "FIRE each month highlights a campus policy": a body's initials
        }
        if (r.type() == Event.Type.ATTACK && c.lemma(i).equals("fight") && (lawsuit(c, i, last)
            || r.verb() && strivesTo(c, i, last))) {
          // "ongoing court fights around forcing the testimony", "Democrats fighting to hold
          // on to House seats": a lawsuit, an effort (not "soldiers fighting to fend off …")
          continue;
        }
        if (r.type() == Event.Type.ATTACK && r.verb() && c.lemma(i).equals("shoot")
            && (objectHeadIn(c, last, FILMED) || objectHeadIn(c, last, GAMES))) {
          continue; // "shot a video on top of the mountain", "shoots hoops": no gun
        }
        if (r.type() == Event.Type.ATTACK && r.verb() && c.lemma(i).equals("bomb")
            && last + 1 < c.t.size() && c.word(last + 1).equals("out")
            && (last + 2 >= c.t.size() || !c.t.get(last + 2).pos().matches("DT|NN.*|PRP.*")
                && !c.word(last + 2).equals("by")) && !passive(c, i, last)) {
          continue; // "if Buttigieg bombed out": failed, no bomb
        }
        if (r.type() == Event.Type.ATTACK && r.verb() && c.lemma(i).equals("kill")
            && (objectHeadIn(c, last, IDEALS) || objectHeadIn(c, last, KILLED_PLANS))) {
          continue; // "defections will kill impeachment", "killed the bill": it fails, no one dies
        }
        if (r.type() == Event.Type.ATTACK && r.verb() && c.lemma(i).matches("kill|shoot|hunt")
            && huntsAnimal(c, last)) {
          continue; // "shot and killed an endangered sheep": a hunt, no attack on anyone
        }
        if (r.verb() && c.lemma(i).equals("seize") && seizedOn(c, i, last)) {
          continue; // "the list has been seized on by promoters", "what Barr seizes on": taken up
        }
        if (r.verb() && c.lemma(i).equals("fire") && last + 1 < c.t.size()
            && c.word(last + 1).equals("up")) {
          continue; // "firing up most apps", "fired up the crowd": no one is dismissed
        }
        if (r.verb() && (c.lemma(i).equals("fire") || c.lemma(i).equals("shoot")
            && c.word(last + 1 < c.t.size() ? last + 1 : i).equals("back"))
            && last + 1 < c.t.size()
            && c.word(last + 1).matches("back|off") && !passive(c, i, i)
            && !armedNear(c, r, i, last + 1)) {
          // a retort or a message, not shots: "fired back on Twitter", "fired off a series of
          // angry tweets" (but "troops fired back", "fired off tear gas")
          continue;
        }
        if (!r.verb() && c.lemma(i).equals("deal") && i > 0 && (c.word(i - 1).equals("done")
            || c.word(i - 1).matches("great|good") && last + 1 < c.t.size()
                && (c.word(last + 1).equals("of") || c.t.get(last + 1).pos().matches("JJR|RBR")
                    || c.word(last + 1).equals("to") && last + 2 < c.t.size()
                        && c.t.get(last + 2).pos().equals("VB")))) {
          continue; // a quantity or an idiom: "has done a great deal to", "a done deal"
        }
        if (!r.verb() && c.lemma(i).equals("deal") && bigDeal(c, i, last)) {
          continue; // "I don't think it's a big deal", "no big deal": it matters, no agreement
        }
        if (!r.verb() && c.word(i).equals("deals") && last + 1 < c.t.size()
            && c.word(last + 1).equals("with") && i > 0
            && c.word(i - 1).matches("(?i)and|it|which|that|also|still|this")) {
          continue; // "dates back to 1905 and deals with the constitutionality of …": the verb
        }
        if (r.verb() && c.lemma(i).equals("agree") && i > 0 && c.word(i - 1).equalsIgnoreCase("you")) {
          continue; // "By signing up you agree to receive email newsletters": a page's terms
        }
        if (r.verb() && c.lemma(i).equals("instruct") && orderedTo(c, last)) {
          continue; // "instructed students to stay away from campus": an order, no training
        }
        if (!r.verb() && c.lemma(i).equals("training") && i > 0
            && c.word(i - 1).matches("weight|strength|spring|fitness|sensitivity|diversity|bias"
                + "|safety|cardio|endurance|interval|potty|toilet|customer|sales|media")) {
          continue; // "weight training", "spring training": exercise and courses, no forces
        }
        if (r.verb() && c.lemma(i).equals("strike") && last + 1 < c.t.size()
            && c.word(last + 1).equals("out")) {
          continue; // "workers who have struck out on their own", "struck out twice": no blow
        }
        if (r.type() == Event.Type.SUPPORT && noAid(c, r, i, last)) {
          continue; // "helped bring the video to an audience", "research supports the approach"
        }
        if (r.type() == Event.Type.ATTACK && c.lemma(i).equals("fight") && struggle(c, r, last)) {
          continue; // "fight for justice", "fight the outbreak", "fighting to be allowed"
        }
        if (!r.verb() && last + 2 < c.t.size() && c.word(last + 1).equals("-")
            && c.t.get(last).end() == c.t.get(last + 1).begin()) {
          continue; // the first half of a word: "assault-style weapons", "attack-class"
        }
        if (noMeeting(c, r, i, last) || strikesNoBlow(c, r, last)
            || deploysNoForce(c, r, i, last) || visitsAPage(c, r, last)
            || agreesOnNothing(c, r, i, last) || withholds(c, r, i, last)
            || r.verb() && r.type() == Event.Type.ACCUSE && defendant(c, i)
            || !r.verb() && r.type() == Event.Type.DEMAND
            && marketDemand(c, i) || !r.verb() && r.type() == Event.Type.PROTEST
            && c.lemma(i).equals("demonstration") && last + 1 < c.t.size()
            && c.word(last + 1).matches("of|that")) {
          // "met the deadline", "deploy capital", "meet the greater demand", "a demonstration
          // of how …"
          continue;
        }
        if (!r.verb() && r.type() == Event.Type.ATTACK && c.lemma(i).equals("strike")
            && walkout(c, i)) {
          r = new Row(Event.Type.PROTEST, false, r.lemmas(), r.requires()); // "a hunger strike"
        }
        out.add(new Found(r, i, last));
        i = last;
        break;
      }
    }
    // "concluded defence agreements", "held talks": one event, named by the verb — but by the
    // noun where the verb is a participle after it that describes it ("Talks on water sharing,
    // held in Port Sevin, broke down"), as the noun names the event where no verb is written
    List<Found> kept = new ArrayList<>();
    for (Found f : out) {
      boolean dup = false;
      for (Found g : out) {
        if (g != f && g.row().type() == f.row().type() && g.row().verb() != f.row().verb()
            && (Math.abs(g.first() - f.first()) <= REQUIRES_WINDOW
                || objectPhrase(c, f.row().verb() ? f : g, f.row().verb() ? g : f))) {
          Found verb = f.row().verb() ? f : g;
          Found noun = f.row().verb() ? g : f;
          // right after the noun or after a comma: not "the deal was (not) signed"
          boolean describing = c.t.get(verb.first()).pos().equals("VBN")
              && (verb.first() == noun.last() + 1 || verb.first() > noun.last()
                  && c.word(verb.first() - 1).equals(","));
          dup |= describing ? f == verb : f == noun;
        }
      }
      if (!dup) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * Whether {@code noun} heads the object phrase of {@code verb}, however long: "struck a
   * phase-one trade deal" (its words, as {@link #required} reads past the window).
   */
  private static boolean objectPhrase(Clause c, Found verb, Found noun) {
    if (noun.first() <= verb.last()) {
      return false;
    }
    for (int k = verb.last() + 1; k < noun.first(); k++) {
      if (!c.t.get(k).pos().matches("DT|PDT|CD|JJ.*|RBR|NN.*|HYPH")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether verb {@code i}, capitalised inside a sentence, begins a title whose next word after
   * an article or preposition is capitalised too: "he told “Meet the Press”", "— Meet the Press
   * (@MeetThePress)" (not "he said, “Meet me at noon”").
   */
  private static boolean titled(Clause c, int i) {
    if (!Character.isUpperCase(c.t.get(i).word().charAt(0))) {
      return false;
    }
    int k = i + 1;
    while (k < c.t.size() && c.t.get(k).pos().matches("DT|IN|TO|CC")) {
      k++;
    }
    return k < c.t.size() && k > i + 1 && Character.isUpperCase(c.t.get(k).word().charAt(0))
        && !c.t.get(k).pos().equals("PRP");
  }

  /**
   * Whether a participant names a person (by name or pronoun): a person who "attacks" someone
   * with no weapon or harm in the sentence attacks with words.
   */
  private static boolean personal(Clause c, Participant p) {
    return p.entity() != null && namesAPerson(c, p.span())
        || p.entity() == null && WORDY.contains(lastWord(p.span().text()));
  }

  /**
   * People whose attacks are words: "the senior Sanders adviser said about attacking the Vermont
   * senator", "critics attacked the plan" (not "militants", "troops", "gunmen").
   */
  private static final Set<String> WORDY = Set.of("adviser", "advisers", "advisor", "advisors",
      "aide", "aides", "spokesman", "spokeswoman", "spokesperson", "critic", "critics",
      "strategist", "strategists", "commentator", "commentators", "pundit", "pundits", "senator",
      "senators", "lawmaker", "lawmakers", "congressman", "congresswoman", "candidate",
      "candidates", "campaign", "columnist", "columnists", "host", "opponents", "rivals");

  /**
   * Whether "seize" at {@code i..last} is "seized on" or "seize upon" an argument: not before a
   * time ("seized on Monday"), nor a thing seized on a place ("cocaine seized on the vessel",
   * "cocaine was seized on a boat") unless "by" follows ("a remark seized on by critics").
   */
  private static boolean seizedOn(Clause c, int i, int last) {
    if (last + 1 >= c.t.size() || !c.word(last + 1).matches("on|upon")
        || beforeATime(c, last + 1)) {
      return false;
    }
    boolean passiveOfAThing = i > 0 && c.t.get(i).pos().equals("VBN")
        && (c.t.get(i - 1).pos().matches("NNS?") || c.lemma(i - 1).equals("be"));
    return last + 2 >= c.t.size() || c.word(last + 2).equals("by") || !passiveOfAThing;
  }

  /** Whether {@code entity} is a political party in the gazetteer (its role says so). */
  private static boolean party(@Nullable String entity, Gazetteer gazetteer) {
    Gazetteer.Entry e = entity == null ? null : gazetteer.entry(entity);
    return e != null && e.type() == EntityType.ORGANIZATION
        && e.roles().contains("political party");
  }

  /** Verbs before an adjective: "was resigned to", "seemed resigned to". */
  private static final Set<String> BE = Set.of("be", "seem", "appear", "become", "remain",
      "look", "sound", "feel", "get");

  /** Attacks that may be made on an idea as well as on a body. */
  private static final Set<String> FIGURATIVE = Set.of("attack", "assault", "onslaught", "war",
      "broadside");

  /**
   * Ideas, institutions and texts an attack on which is words: "an assault on the truth",
   * "Demand Progress is attacking the bill".
   */
  private static final Set<String> IDEALS = Set.of("truth", "fact", "facts", "democracy",
      "freedom", "freedoms", "speech", "liberty", "right", "rights", "constitution",
      "science", "norm", "norms", "law", "values", "decency", "reality", "journalism",
      "integrity", "religion", "faith", "bill", "bills", "legislation", "proposal", "proposals",
      "policy", "policies", "plan", "plans", "report", "ruling", "decision", "idea", "ideas",
      "agenda", "remarks", "comments", "statement", "claim", "claims", "article",
      "story", "coverage", "measure", "reform", "reforms", "candidacy");

  /** Words of bodily harm or force: an attack among them is one. */
  private static final Set<String> HARM = Set.of("gun", "knife", "weapon", "bomb", "missile",
      "stab", "shoot", "shot", "kill", "wound", "injure", "injury", "hospital", "punch", "beat",
      "hammer", "machete", "police", "arrest", "victim", "blood", "dead", "death", "murder",
      "rape", "assault", "physically", "fist", "hit", "acid", "car", "drone", "strike", "terrorist",
      "terror", "terrorism", "shooting", "massacre", "explosion", "bombing", "violence");

  /** Whether the sentence holds a word of harm or of armed force ({@link #HARM}, ARMED). */
  private static boolean violent(Clause c) {
    return violentBesides(c, -1);
  }

  /** {@link #violent} but for the word at {@code trigger} ("assault" is itself a word of harm). */
  private static boolean violentBesides(Clause c, int trigger) {
    for (int k = 0; k < c.t.size(); k++) {
      String lemma = c.lemma(k);
      if (k != trigger && (HARM.contains(lemma) || ARMED.contains(lemma))) {
        return true;
      }
    }
    return false;
  }

  /** What is seized only as a chance or a place in view: "seize the center stage". */
  private static final Set<String> FIGURATIVE_PRIZES = Set.of("stage", "spotlight", "initiative",
      "opportunity", "chance", "moment", "momentum", "day", "narrative", "mantle", "limelight",
      "headline", "headlines", "imagination", "attention", "advantage", "occasion");

  /**
   * Whether the "control" that makes "take" a seizure is a kind of thing ("gun control", "birth
   * control"), not control taken.
   */
  private static boolean controlOfAThing(Clause c, int i) {
    for (int k = i + 1; k < Math.min(c.t.size(), i + REQUIRES_WINDOW + 2); k++) {
      if (c.word(k).equals("control")) {
        return k > 0 && c.word(k - 1).matches("gun|birth|arms|pest|damage|quality|rent|price"
            + "|weight|impulse|self|traffic|crowd|infection|disease|tobacco|mission|ground|border"
            + "|immigration|population|climate");
      }
    }
    return false;
  }

  /** Crowds whose clashes are fights: "demonstrators clashing fiercely with law enforcers". */
  private static final Set<String> CROWDS = Set.of("protester", "protestor", "counterprotester",
      "counter-protester", "demonstrator", "rioter", "crowd", "mob", "enforcer", "fan",
      "nationalist", "gang", "looter", "prisoner", "inmate");

  /** Who or what shoots: "came under fire from two boats", "from militants". */
  private static final Set<String> ARMED = Set.of("boat", "force", "troop", "gunman", "militant",
      "soldier", "rebel", "tank", "aircraft", "ship", "militia", "jet", "drone", "insurgent",
      "sniper", "artillery", "army", "fighter", "warship", "helicopter", "mortar", "rocket");

  /**
   * Whether a weapon or an armed group stands within the trigger window of "fire" ({@code i}) and
   * its particle ({@code last}): a word the row requires other than a preposition, or an armed
   * noun.
   */
  private static boolean armedNear(Clause c, Row r, int i, int last) {
    for (int k = Math.max(0, i - REQUIRES_WINDOW);
        k <= Math.min(c.t.size() - 1, last + REQUIRES_WINDOW); k++) {
      if (k >= i && k <= last) {
        continue;
      }
      String lemma = c.lemma(k).toLowerCase(Locale.ROOT);
      // (a capitalised plural the tagger took for a name keeps its "s": "Troops shot back")
      String singular = lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
      if (ARMED.contains(lemma) || SHOOTING_SIDE.contains(lemma) || ARMED.contains(singular)
          || SHOOTING_SIDE.contains(singular) || !c.t.get(k).pos().equals("IN")
          && (r.requires().contains(lemma) || r.requires().contains(c.word(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "be" or "get" stands before word {@code i}, adverbs, "not" and quotation marks
   * aside: "Vindman wasn't “fired,”" is a passive the tagger may read as a past tense.
   */
  private static boolean afterBe(Clause c, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      String lemma = c.lemma(k).toLowerCase(Locale.ROOT);
      if (lemma.equals("be") || lemma.equals("get")) {
        return true;
      }
      if (!c.t.get(k).pos().matches("RB|``|''") && !lemma.matches("not|n't|[\"“”]")) {
        return false;
      }
    }
    return false;
  }

  /** Who shoots back besides armed groups, and what shooting does: "Deputies fired back". */
  private static final Set<String> SHOOTING_SIDE = Set.of("police", "officer", "deputy",
      "trooper", "guard", "agent", "kill", "wound", "injure", "gunfire");

  /** Whether word {@code i} follows a hyphen written between it and the word before. */
  private static boolean afterAHyphen(Clause c, int i) {
    return i >= 2 && c.word(i - 1).equals("-")
        && c.t.get(i - 2).end() == c.t.get(i - 1).begin()
        && c.t.get(i - 1).end() == c.t.get(i).begin();
  }

  /**
   * First halves of a hyphenated word after which an event's word is no event: what one does
   * to oneself ("self-appointed", "self-declared"), a truce ("cease-fire") and a reach
   * ("far-reaching").
   */
  private static final Set<String> HEADLESS = Set.of("self", "cease", "far");

  /**
   * Whether verb "meet" at {@code i..last} meets no one: its object is a thing ("met the
   * deadline", "meet the needs of", "the underwriters' expectations", "meet the moment"), it is
   * "met with" a reaction ("was met with protests"), or it is "make ends meet". A meeting has
   * no object ("the ministers met"), a preposition ("met with Zelensky") or someone.
   */
  private boolean noMeeting(Clause c, Row r, int i, int last) {
    if (r.type() != Event.Type.MEET || !r.verb() || !c.lemma(i).equals("meet")) {
      return false;
    }
    if (i > 0 && c.word(i - 1).equals("ends")) {
      return true;
    }
    int k = last + 1;
    while (k < c.t.size() && c.t.get(k).pos().startsWith("RB")) {
      k++;
    }
    if (k < c.t.size() && c.word(k).equals("with") && c.t.get(i).pos().equals("VBN")
        && passive(c, i, i)) {
      return true;
    }
    if (k < c.t.size() && c.word(k).equals("with") && reaction(c, k + 1)) {
      return true; // "the tax break met with bipartisan resistance": a reception, no meeting
    }
    if (c.t.get(i).pos().equals("VBN") && passive(c, i, i)) {
      // "until our demands are met", "the deadline was not met": a thing satisfied
      int s = i - 1;
      while (s > 0 && (c.t.get(s).pos().startsWith("RB") || AUXILIARIES.contains(c.lemma(s)))) {
        s--;
      }
      if (s >= 0 && c.t.get(s).pos().matches("NNS?") && c.entity[s] == null
          && !agent(new Participant(null, c.span(s, s)))
          || s >= 0 && c.word(s).equalsIgnoreCase("it")) {
        return true; // (or "it": "energy demand and how it is met")
      }
    }
    return thingObject(c, last) >= 0;
  }

  /**
   * The last noun of the object right after token {@code last} when that object is a thing —
   * no name, no person, pronoun or institution, no time ("began meeting a year ago") — else -1.
   */
  /** Whether the noun phrase from {@code from} on is a reception ("bipartisan resistance"). */
  private static boolean reaction(Clause c, int from) {
    int j = from;
    while (j < c.t.size() && c.t.get(j).pos().matches("DT|JJ.*|RB.*|CC|,")) {
      j++;
    }
    // (not a compound's first word: "met with opposition leaders")
    return j < c.t.size() && REACTIONS.contains(c.lemma(j))
        && !(j + 1 < c.t.size() && c.t.get(j + 1).pos().startsWith("NN"));
  }

  /** How a thing is received: "met with resistance", "met with skepticism". */
  private static final Set<String> REACTIONS = Set.of("resistance", "criticism", "skepticism",
      "scepticism", "opposition", "outrage", "approval", "applause", "silence", "backlash",
      "derision", "ridicule", "scorn", "disbelief", "laughter", "boo", "cheer", "praise",
      "success", "failure", "pushback", "resentment", "anger", "suspicion", "indifference",
      "enthusiasm", "hostility", "alarm", "concern", "dismay", "condemnation", "acclaim",
      "mockery", "protest");

  private int thingObject(Clause c, int last) {
    int head = -1;
    // (a word before a hyphen is the compound's: "the in-person requirements")
    for (int j = last + 1; j < c.t.size()
        && (c.t.get(j).pos().matches("DT|PDT|PRP\\$|JJ.*|NN.*|POS|CD|HYPH")
            || j == last + 1 && c.word(j).matches("that|this|these|those") // "met that test"
            || c.word(j).matches("['’]") || j + 1 < c.t.size()
                && c.t.get(j + 1).pos().equals("HYPH")); j++) {
      if (c.t.get(j).pos().startsWith("NN")) {
        head = j;
      }
    }
    // a name is met ("met Macron"), a thing a name qualifies is not ("the Paris goals")
    boolean named = head >= 0 && (c.entity[head] != null || c.t.get(head).pos().startsWith("NNP"));
    return head >= 0 && !named && !TIME_UNITS.contains(c.lemma(head))
        && !agent(new Participant(null, c.span(last + 1, head))) ? head : -1;
  }

  /**
   * Whether the support at {@code i..last} is no aid given: "help" before a verb, which says
   * what something brought about ("will help contain the virus", "helped to bring about",
   * "helped bankroll it" — not "helped the refugees"); a verb of support whose subject is
   * evidence ("research supports the approach", "the data do not support it"); a candidate's
   * base ("expanding his support", "Trump has maintained their support").
   */
  private static boolean noAid(Clause c, Row r, int i, int last) {
    String lemma = c.lemma(i);
    int next = last + 1;
    if (r.verb() && lemma.equals("help") && next < c.t.size()
        && (c.t.get(next).pos().equals("VB") || c.word(next).equals("to")
            && next + 1 < c.t.size() && c.t.get(next + 1).pos().equals("VB"))) {
      return true;
    }
    int thing = next < c.t.size() && c.word(next).matches("the|this") ? next + 1 : next;
    if (lemma.equals("support") && thing < c.t.size()
        && (c.word(thing).matches("html5|javascript|cookies|iframes?")
            || c.word(thing).matches("video|audio") && thing + 1 < c.t.size()
                && c.word(thing + 1).matches("tag|element|format|playback"))) {
      return true; // "Your browser does not support HTML5 audio": a page's notice
    }
    if (r.verb() && lemma.equals("assist") && next < c.t.size()
        && c.word(next).matches("living|suicide|reproduction|reproductive|dying|death")) {
      return true; // a kind of thing: "assisted living facilities", "assisted suicide"
    }
    if (r.verb() && lemma.equals("back") && next < c.t.size()
        && c.word(next).matches("out|down|off|away") && c.t.get(next).pos().matches("RP|RB|IN")) {
      return true; // a retreat, not support: "backed out due to concerns", "backed down"
    }
    if (r.verb()) {
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (c.t.get(k).pos().startsWith("NN")) {
          return EVIDENCE.contains(c.lemma(k)) && c.entity[k] == null;
        }
        if (!c.t.get(k).pos().matches("RB|MD|VB[DPZ]|DT|JJ.*|CD") || c.word(k).equals("that")) {
          break;
        }
      }
      return false;
    }
    if (!lemma.equals("support") || next < c.t.size() && c.word(next).matches("for|to|of|from")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (c.t.get(k).isVerb()) {
        return BASE.contains(c.lemma(k));
      }
      if (!c.t.get(k).pos().matches("DT|PRP\\$|JJ.*|NNP?S?|POS|RB")) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the noun "strike" at {@code i}, before "against", counts against someone rather than
   * hitting them: a predicate after "be" ("The lack of new developments are major strikes against
   * them") or a count of strikes ("two strikes against him"), with a pronoun or a person after.
   */
  private static boolean countsAgainst(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && c.t.get(k).pos().matches("JJ.*|DT|RB")) {
      k--;
    }
    boolean predicate = k >= 0 && c.lemma(k).equals("be");
    boolean count = i > 1 && c.word(i - 1).matches("one|two|three|first|second|third|another")
        && c.lemma(i - 2).matches("be|have");
    int after = i + 2;
    return (predicate || count) && after < c.t.size()
        && (c.t.get(after).pos().startsWith("PRP") || c.person[after]);
  }

  /** Whether a word of winning a vote stands within eight tokens of token {@code i}. */
  private static boolean voteNear(Clause c, int i) {
    for (int k = Math.max(0, i - 8); k < Math.min(c.t.size(), i + 8); k++) {
      if (c.lemma(k).matches("win|elect|re-elect|reelect|vote|victory|ballot|election")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun phrase from token {@code k} (after "of") is a torrent of things or words, not
   * matter: "an avalanche of abuse", "a flood of refugees", "a storm of criticism" — not "an
   * avalanche of snow", "the storm of the century", "the flood of 1927".
   */
  private static boolean torrentOf(Clause c, int k) {
    while (k < c.t.size() && c.t.get(k).pos().matches("DT|JJ.*|PRP\\$")) {
      k++;
    }
    return k < c.t.size() && c.t.get(k).pos().matches("NNS?") && c.lemma(k).matches(
        "abuse|criticism|refugee|migrant|lawsuit|complaint|protest|outrage|anger|hate|mail"
            + "|email|message|call|tweet|post|question|attack|accusation|allegation|support"
            + "|praise|speculation|misinformation|disinformation|information|news|order"
            + "|resignation|money|cash|donation|application|request|claim|ad|subpoena"
            + "|indictment|condemnation|coverage|scrutiny|letter|comment|threat|insult|leak"
            + "|revelation|investigation|ballot|vote|bill|regulation|tariff|sanction|data");
  }

  /**
   * Whether "named … as" after {@code last} names no post: the noun after "as" is no office
   * ("named Credico as his intermediary", "named as a suspect"), where "named her chief of staff"
   * and "named as defence minister" give one.
   */
  private static boolean namedAsNoPost(Clause c, int last) {
    int as = last + 1; // "as" right after the object: "named Credico as …", "named as …"
    while (as < c.t.size() && c.t.get(as).pos().matches("NNP?S?|PRP|DT|POS")) {
      as++;
    }
    if (as >= c.t.size() || !c.word(as).equals("as")) {
      return false;
    }
    for (int k = as + 1; k < Math.min(c.t.size(), as + 6) && !c.word(k).equals(","); k++) {
      if (c.t.get(k).pos().startsWith("NN")) {
        if (k + 1 < c.t.size() && c.t.get(k + 1).pos().matches("NN.*|POS")) {
          continue; // the head is further on: "as campaign manager", "as the party's nominee"
        }
        return c.lemma(k).toLowerCase(Locale.ROOT).matches("intermediary|source|suspect"
            + "|witness|defendant|victim|culprit|contact|go-between|conduit|informant|target"
            + "|person|individual|party|beneficiary|plaintiff|respondent|co-conspirator");
      }
    }
    return false;
  }

  /** Whether a number, a share or a level follows from token {@code k}: "shot up 3.3%". */
  private static boolean rises(Clause c, int k) {
    for (int j = k; j < Math.min(c.t.size(), k + 2); j++) {
      if (c.t.get(j).pos().equals("CD") || c.word(j).matches("%|percent")) {
        return true;
      }
    }
    int after = k + 1 < c.t.size() && c.word(k + 1).matches("a|an|the|new|its|their|record") ? k + 2
        : k + 1;
    return after < c.t.size() && c.word(k).matches("to|by") && (c.t.get(after).pos().equals("CD")
        || c.word(after).matches("levels?|highs?|records?|highest|peaks?"));
  }

  /**
   * Whether "capture" at {@code i..last} takes an idea, a mood or a likeness, before or after it:
   * "captured the mood of the country", "That idea was captured by the memo", "captured on
   * video", "capturing every voice command".
   */
  private static boolean captures(Clause c, int i, int last) {
    for (int k = Math.max(0, i - 1); k < Math.min(c.t.size(), last + 6); k++) {
      if (c.lemma(k).matches("carbon|co2|dioxide|emission|methane")) {
        return true; // "the capture and transformation of carbon dioxide": a process
      }
    }
    if (c.t.get(i).pos().equals("VBN") && last + 1 < c.t.size() && c.word(last + 1).equals("by")) {
      for (int k = last + 2; k < Math.min(c.t.size(), last + 9); k++) {
        if (c.lemma(k).matches("artist|photographer|camera|lens|painter|cartoonist|cameraman")) {
          return true; // "was captured by a New York Times sketch artist": drawn
        }
      }
    }
    String abstracts = "idea|imagination|attention|mood|spirit|essence|moment|sentiment|feeling"
        + "|hearts|frustration|anger|zeitgeist|nuance|dynamic|tension|image|likeness"
        + "|camera|video|film|tape|footage|photo|photograph|picture|voice|sound|audio"
        + "|recording|conversation|noise|data|snapshot|intuition|energy|enthusiasm|momentum"
        + "|dynamics|vote|result|tally|information|sale|tragedy|story|experience";
    for (int k = last + 1; k < Math.min(c.t.size(), last + 8); k++) {
      String lemma = c.lemma(k);
      boolean head = k + 1 >= c.t.size() || !c.t.get(k + 1).pos().startsWith("NN");
      if (lemma.matches(abstracts) && !c.t.get(k).pos().startsWith("NNP")
          && (!lemma.matches("energy|data|vote|momentum|result|tally|information") || head)
          && (!lemma.matches("result|tally|information") || noPrepositionBetween(c, last + 1, k))) {
        // far into the phrase ("the same kind of voter energy"), not a name ("the Energy
        // Ministry"), nor a modifier of what is taken ("a key energy hub"), nor information on
        // which someone is captured ("captured the suspect on information from residents")
        return true;
      }
      if (!c.t.get(k).pos().matches("DT|PRP\\$|JJ.*|NN.*|POS|IN|CD|HYPH|RB")
          && !(c.word(k).matches("[’']") && c.t.get(k - 1).pos().equals("NNS"))) {
        break; // (past a plural's apostrophe: "capture senators' attention")
      }
    }
    if (!c.t.get(i).pos().equals("VBN")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (c.lemma(k).matches(abstracts)) {
        return true; // "That idea was captured best …"
      }
      if (!c.t.get(k).pos().matches("DT|PRP\\$|JJ.*|NN.*|POS|RB") && !BE.contains(c.lemma(k))) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the noun "appointment" at {@code i} is a visit booked, not a post given: a doctor's,
   * a medical or routine one, one made, kept or cancelled, one "with" someone or "for" a test.
   */
  private static boolean visit(Clause c, int i) {
    if (i + 1 < c.t.size() && c.word(i + 1).equals("with") || i + 2 < c.t.size()
        && c.word(i + 1).equals("for") && c.word(i + 2).matches("a|an|the|your|their|his|her")
        && i + 3 < c.t.size() && c.word(i + 3).matches("tests?|testing|check-?up|exam|screening"
            + "|vaccines?|vaccination|shot|procedure|treatment|surgery|scan")) {
      return true;
    }
    for (int k = Math.max(0, i - 4); k < i; k++) {
      if (c.lemma(k).toLowerCase(Locale.ROOT).matches("doctor|medical|dental|dentist|hospital"
          + "|clinic|vaccine|vaccination|test|testing|screening|hair|salon|follow-up|routine"
          + "|elective|non-essential|nonessential|schedule|book|cancel|reschedule|miss"
          + "|keep|physician|patient|therapy")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an object and "to" with a verb follow {@code last}: "instructed staff to leave". */
  private static boolean orderedTo(Clause c, int last) {
    if (last + 2 < c.t.size() && c.word(last + 1).equals("to")
        && c.t.get(last + 2).pos().equals("VB") && c.t.get(last).pos().equals("VBN")) {
      return true; // "Residents were instructed to evacuate"
    }
    for (int k = last + 1; k < Math.min(c.t.size() - 1, last + 6); k++) {
      if (c.word(k).equals("to") && c.t.get(k + 1).pos().equals("VB")) {
        return k > last + 1;
      }
      if (!c.t.get(k).pos().matches("DT|JJ.*|NN.*|PRP.*|CD|POS|CC|,")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the noun "deal" at {@code i..last} is the idiom of importance: "a big deal" after a
   * form of "be" or "no big deal" — not a big deal struck with someone ("is a big deal with
   * China", "a big deal on tariffs"; "a big deal for the port" reads as the idiom).
   */
  private static boolean bigDeal(Clause c, int i, int last) {
    if (i < 2 || !c.word(i - 1).matches("big|huge|bigger") || c.t.get(i).pos().equals("NNS")) {
      return false;
    }
    if (last + 1 < c.t.size() && c.word(last + 1).matches("with|between|on|to|that|in")) {
      return false;
    }
    if (c.word(i - 2).equals("no")) {
      return true;
    }
    if (!c.word(i - 2).matches("a|such")) {
      return false;
    }
    for (int k = i - 3; k >= Math.max(0, i - 5); k--) {
      if (BE.contains(c.lemma(k)) || c.word(k).matches("['’]s")) {
        return true; // "it's a big deal", "this is not a big deal", "was such a big deal"
      }
    }
    return false;
  }

  /**
   * Whether the noun "rally" at {@code i} is a campaign's: a person's possessive or a word of
   * campaigning in the words before it ("Bernie Sanders's rally", "a campaign rally", "a Trump
   * rally" in a sentence about campaigning), or a sentence about candidates that says nothing of
   * protesting — not "a rally against the lockdown", nor "the George Floyd rally", whose name
   * may be its cause.
   */
  private static boolean campaignRally(Clause c, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4)
        && c.t.get(k).pos().matches("NNP?S?|POS|JJ|HYPH|CD"); k--) {
      if (c.person[k] && (k + 1 < i && c.t.get(k + 1).pos().equals("POS") || k + 1 == i)
          && campaigning(c)
          || c.word(k).matches("campaign|re-?election|maga|fundraising|victory|stump|primary")) {
        return true;
      }
    }
    // a rally in a sentence about candidates and nothing about protesting ("Neither Sanders, a
    // senator from Vermont, nor Biden has called off a major rally"; not "a rally against …")
    for (int k = 0; k < c.t.size(); k++) {
      if (c.word(k).matches("against|protests?|protest(?:er|or)s?|demonstrat\\w*|march(?:es|ed)?"
          + "|activists?|strikes?|rallied|marchers|police|demand\\w*|resign\\w*|oppos\\w*"
          + "|freedom|justice|rights|solidarity|dissent|regime|junta|crackdown")) {
        return false;
      }
    }
    return campaigning(c);
  }

  /**
   * Whether what "impose" at {@code i} imposes is restrictions on no one the text names: a
   * government's rules for its own people ("Italy imposed new restrictions", "restrictions on
   * gatherings"), not restrictions on a country, a company or a person ("restrictions on Huawei")
   * — and no sanctions, embargo or tariffs beside them.
   */
  private static boolean onlyRestrictions(Clause c, int i) {
    int at = -1;
    for (int k = Math.max(0, i - 5); k < Math.min(c.t.size(), i + 6); k++) {
      if (c.lemma(k).matches("sanction|embargo|tariff")) {
        return false;
      }
      if (at < 0 && c.lemma(k).equals("restriction")) {
        at = k;
      }
    }
    if (at < 0) {
      return false;
    }
    // "restrictions on Huawei", "restrictions imposed by Washington on Chinese chipmakers",
    // "imposed restrictions last week on Huawei": someone named right after "on" or "against"
    for (int k = Math.min(at, i) + 1; k < Math.min(c.t.size(), Math.max(at, i) + 8); k++) {
      if (!c.word(k).equals("on") && !c.word(k).equals("against")) {
        continue;
      }
      for (int j = k + 1; j < c.t.size(); j++) {
        if (c.entity[j] != null) {
          return false;
        }
        if (!c.t.get(j).pos().matches("DT|JJ.*|CD")) {
          break;
        }
      }
    }
    return true;
  }

  /** Whether the clause speaks of an election campaign: "spoke at Sen. Sanders's rally". */
  private static boolean campaigning(Clause c) {
    for (int k = 0; k < c.t.size(); k++) {
      if (c.word(k).matches("campaign|candidate|presidential|primary|primaries|caucus(es)?"
          + "|nomination|senator|sen\\.|re-?election|stump|donors|voters|delegates|president"
          + "|attendees")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of evidence, which "supports" a view rather than anyone. */
  private static final Set<String> EVIDENCE = Set.of("research", "evidence", "data", "datum",
      "study", "analysis", "poll", "survey", "finding", "science", "record", "fact", "statistic",
      "number", "figure", "result", "experience", "history", "literature");

  /** Verbs of a candidate's base of support: "expand", "maintain", "erode" it. */
  private static final Set<String> BASE = Set.of("expand", "maintain", "sustain", "erode",
      "consolidate", "retain", "broaden", "pick", "siphon", "drain", "grow", "lose", "keep",
      "court", "shore", "solidify", "cement");

  /**
   * Whether the noun "threat" at {@code i} is one someone makes, not a danger: its maker's
   * possessive ("Iran's threats", "his threat"), "death" or "bomb" threats, an infinitive or
   * "of" a coercion after it ("a threat to close the border", "threats of violence"),
   * "against", "from" or "by" someone, or a verb of making or receiving it ("issued a threat",
   * "received threats").
   */
  private boolean madeThreat(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && c.t.get(k).pos().matches("JJ.*|NN.*|POS|PRP\\$|HYPH")
        && !c.t.get(k).pos().startsWith("NNP")) {
      if (c.t.get(k).pos().matches("POS|PRP\\$") || c.word(k).matches("death|bomb|verbal|veiled")) {
        return true;
      }
      k--;
    }
    if (k >= 0 && c.t.get(k).pos().startsWith("NNP") && k + 1 < i
        && c.t.get(k + 1).pos().equals("POS")) {
      return true; // "Iran's threats"
    }
    int v = k;
    while (v >= 0 && c.t.get(v).pos().matches("DT|PDT|CD|RB")) {
      v--;
    }
    if (v >= 0 && c.t.get(v).isVerb() && c.lemma(v).matches(
        "make|issue|send|receive|level|carry|renew|repeat|escalate|deliver|voice|get")) {
      return true;
    }
    int n = i + 1;
    if (n + 1 < c.t.size() && (c.word(n).equals("to") && c.t.get(n + 1).pos().equals("VB")
        || c.word(n).equals("against"))) {
      return true; // "a threat to close the border", "a threat against a rival cartel"
    }
    if (n + 1 < c.t.size() && c.word(n).equals("of")) {
      while (n + 2 < c.t.size() && c.t.get(n + 1).pos().matches("JJ.*|DT|PDT|CD")) {
        n++; // "threats of armed violence", "the threat of an attack"
      }
      return c.lemma(n + 1).matches("violence|retaliation|sanction|force|war|military|legal|arrest"
          + "|strike|reprisal|punishment|tariff|lawsuit|prosecution|expulsion|action|attack");
    }
    if (n + 1 < c.t.size() && c.word(n).matches("from|by")) {
      for (int j = n + 1; j < Math.min(c.t.size(), n + 5); j++) {
        if (c.t.get(j).pos().startsWith("NN") || c.t.get(j).pos().equals("PRP")) {
          if (c.entity[j] != null || agent(new Participant(null, c.span(j, j)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the noun "nomination" at {@code i} is the prize of a race: after "for" and its
   * modifiers ("the race for the Democratic presidential nomination", "vying for the
   * nomination"), or after "seek" ("seeking the nomination"): no one nominated anyone ("won the
   * Democratic nomination" is an outcome, kept).
   */
  private static boolean soughtFor(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && c.t.get(k).pos().matches("DT|JJ.*|NN.*|POS|PRP\\$")) {
      k--;
    }
    return k >= 0 && (c.word(k).equals("for") || c.t.get(k).isVerb()
        && c.lemma(k).matches("seek|pursue")
        // "the Vermont senator's path to the nomination", "his road to the nomination"
        || c.word(k).equals("to") && k > 0
            && c.lemma(k - 1).matches("path|road|route|way|march|run|lane|pathway"));
  }

  /**
   * Whether "agree" at {@code i..last} agrees on no deal: not "agree on"/"agree to", nor a deal
   * for its object ("agreed a deal", "agreed terms") — "economists agree that the trade deal
   * will hurt farmers" is an opinion shared, "the deal, which both sides agree is fragile" too.
   */
  private static boolean agreesOnNothing(Clause c, Row r, int i, int last) {
    if (r.type() != Event.Type.AGREE || !r.verb() || !c.lemma(i).equals("agree")) {
      return false;
    }
    int k = last + 1;
    while (k < c.t.size() && c.t.get(k).pos().startsWith("RB")) {
      k++; // "agreed independently to lower"
    }
    if (k < c.t.size() && c.word(k).matches("on|to|upon")) {
      // a reader's consent to a site's terms is no agreement reached: "By signing up, you agree
      // to our Privacy Policy and Terms"
      StringBuilder words = new StringBuilder();
      for (int j = k + 1; j < Math.min(c.t.size(), k + 5); j++) {
        words.append(c.word(j)).append(' ');
      }
      String after = words.toString();
      return after.matches("(?:our|the|its) (?:privacy policy|cookie policy|terms of (?:service"
          + "|use)|terms and conditions|user agreement|use of cookies) .*");
    }
    while (k < c.t.size() && c.t.get(k).pos().matches("DT|PDT|PRP\\$|JJ.*|CD|NN.*")) {
      if (r.requires().contains(c.lemma(k))) {
        return false;
      }
      k++;
    }
    return true;
  }

  /**
   * Whether "deny" at {@code i..last} withholds something rather than says a thing is not so:
   * a thing granted for its object ("denied the request", "deny constitutional rights to
   * others", "was denied bail"), or someone and then a thing ("denying Buttigieg the ability to
   * …") — not "denied the accusations", "denied telling Bolton", "denied that …".
   */
  private static boolean withholds(Clause c, Row r, int i, int last) {
    if (r.type() != Event.Type.DENY || !r.verb() || !c.lemma(i).equals("deny")) {
      return false;
    }
    int k = last + 1;
    boolean someone = false;
    while (k < c.t.size() && c.t.get(k).pos().matches("DT|PDT|PRP\\$|PRP|JJ.*|CD|NN.*|POS")) {
      if (GRANTED.contains(c.lemma(k))) {
        return true;
      }
      // "denying Buttigieg the ability": a name or pronoun, then another phrase
      someone |= c.t.get(k).pos().matches("PRP|NNP.*") && k + 1 < c.t.size()
          && c.t.get(k + 1).pos().matches("DT|PRP\\$");
      k++;
    }
    return someone;
  }

  /** What is granted or withheld: "denied the request", "was denied bail". */
  static final Set<String> GRANTED = Set.of("request", "application", "permit", "move",
      "permission", "bail", "access", "entry", "right", "visa", "ability", "opportunity",
      "chance", "benefit", "service", "motion", "appeal", "petition", "status", "license",
      "licence", "asylum", "parole", "treatment", "care", "coverage", "loan",
      "admission", "passage", "landing", "clearance", "exemption", "waiver", "funding",
      "vote", "seat", "platform", "bid", "attempt", "plea");

  /** Whether no preposition stands among tokens {@code from} (inclusive) to {@code to}. */
  private static boolean noPrepositionBetween(Clause c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.t.get(k).pos().equals("IN")) {
        return false;
      }
    }
    return true;
  }

  /** Whether "visit" at {@code last} is a web address or page's: "visit spca.bc.ca". */
  private static boolean visitsAPage(Clause c, Row r, int last) {
    if (r.type() != Event.Type.MEET || !r.verb() || !c.lemma(last).equals("visit")) {
      return false;
    }
    for (int k = last + 1; k < Math.min(c.t.size(), last + 7); k++) {
      String w = c.word(k);
      if (w.matches("[\\w-]+(\\.[\\w-]+)*\\.(com|org|net|gov|edu|info|io|co|uk|ca|au|de|fr|in)"
          + "(/\\S*)?")
          || w.matches("https?:\\S+|www\\..*|website|websites|webpage|page|homepage|link|url")) {
        return true;
      }
      if (c.t.get(k).isVerb() || c.boundary(k) || c.word(k).equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "accused" at {@code i} is the defendant, a noun: "if an accused doesn't have …",
   * "the accused's position" (not "the accused men", whose noun follows).
   */
  private static boolean defendant(Clause c, int i) {
    return c.word(i).equals("accused") && i > 0
        && c.t.get(i - 1).pos().matches("DT|PRP\\$") && (i + 1 >= c.t.size()
            || !c.t.get(i + 1).pos().matches("NN.*|JJ.*|IN|TO|RB.*|PRP|CD|DT"));
  }

  /**
   * Whether "fight" ending at {@code last} is a struggle, not force: for a cause ("fights for
   * his agenda", "fight for justice"; not "for control", "for their lives"), and the verb with
   * a thing for its object ("fight the outbreak", "fight injustice"; not "fought a war",
   * "fighting terrorism", "fight the rebels") or an infinitive after it ("fighting to be
   * allowed into the parade"; not "fighting to retake Kherson").
   */
  private boolean struggle(Clause c, Row r, int last) {
    int next = last + 1;
    if (next < c.t.size() && c.word(next).equals("for")) {
      return !(next + 1 < c.t.size() && c.word(next + 1).matches("control|survival|territory")
          || next + 2 < c.t.size() && c.word(next + 2).matches("life|lives"));
    }
    if (!r.verb()) {
      return false;
    }
    if (next < c.t.size() && c.word(next).equals("against")) {
      int object = thingObject(c, next); // "fighting against suppressive voting laws"
      return object >= 0 && !c.lemma(object).matches(
          "war|battle|insurgency|rebellion|invasion|offensive|skirmish|duel|bout|terrorism");
    }
    if (next + 1 < c.t.size() && c.word(next).equals("to")
        && c.t.get(next + 1).pos().equals("VB")) {
      return !c.lemma(next + 1).matches("retake|recapture|capture|hold|repel|defend|seize|push"
          + "|drive|liberate|regain|fend|protect|repulse|halt|stop|take|control");
    }
    int object = thingObject(c, last);
    return object >= 0 && !c.lemma(object).matches(
        "war|battle|insurgency|rebellion|invasion|offensive|skirmish|duel|bout|terrorism");
  }

  /**
   * Whether the verb of {@code DEPLOY} at {@code i..last} sends a thing that is no arm:
   * "deploy capital", "deployed 5G" (not "deployed missiles", "deployed two battalions").
   */
  private boolean deploysNoForce(Clause c, Row r, int i, int last) {
    if (r.type() != Event.Type.DEPLOY || !r.verb()) {
      return false;
    }
    int head = thingObject(c, last);
    return head >= 0 && !EQUIPMENT.contains(c.lemma(head)) && !ARMS.contains(c.lemma(head));
  }

  /** What forces deploy besides {@link #EQUIPMENT}: "deployed missiles", "a battery". */
  private static final Set<String> ARMS = Set.of("missile", "warship", "battery", "system",
      "troop", "force", "battalion", "brigade", "regiment", "division", "squadron", "fleet",
      "carrier", "destroyer", "frigate", "artillery", "armour", "armor", "warhead", "munition",
      "interceptor", "launcher", "radar", "asset", "soldier", "reservist", "reinforcement");

  /**
   * Whether the noun "demand" at {@code i} is a market's, not a demand made of someone: "in
   * (high) demand", "consumer demand", "the greater demand", "driving demand for streaming",
   * "meet the demand", or in a sentence about supply.
   */
  private static boolean marketDemand(Clause c, int i) {
    if (!c.word(i).equals("demand") || i > 0 && MADE.contains(c.word(i - 1))) {
      return false; // "demands" are made, and "a ransom demand of $4.5 million"
    }
    int k = i - 1;
    boolean owned = false; // "Hamas's demand", "its demand": a demand someone makes
    while (k >= 0 && c.t.get(k).pos().matches("DT|PDT|PRP\\$|JJ.*|NN.*|VBN|VBG|RB.*|HYPH|CD")
        || k >= 1 && c.t.get(k).pos().equals("RP") && c.word(k - 1).equals("-")) { // "pent-up"
      if (c.word(k).matches("['’]")) {
        break;
      }
      owned |= c.t.get(k).pos().matches("PRP\\$|NNP.*");
      if (MARKET.contains(c.word(k)) || c.word(k).matches("(?:\\w+-)?(?:depressed|driven"
          + "|fuell?ed|induced)|pent")
          || k == 0 && k == i - 1 && c.t.get(k).pos().matches("VBG|JJ|NN")
              && c.word(k).endsWith("ing") // "Testing demand has led to a shortage"
          || k == i - 1 && c.t.get(k).pos().matches("NNS?")
          && (Character.isLowerCase(c.t.get(k).word().charAt(0)) || k == 0)
          && !MADE.contains(c.word(k))) {
        return true; // "consumer demand", "aluminium demand" (not "a ransom demand")
      }
      if (c.t.get(k).pos().matches("VBN|VBG") && MOVES_DEMAND.contains(c.lemma(k))) {
        return true; // "driving demand", "increased demand"
      }
      k--;
    }
    if (k >= 0 && c.t.get(k).pos().equals("RP")) {
      k--; // "drove up demand"
    }
    owned |= k >= 0 && c.t.get(k).pos().equals("POS");
    if (k >= 0 && (c.word(k).equals("in") || !owned && c.t.get(k).isVerb()
        && MOVES_DEMAND.contains(c.lemma(k)))) {
      return true;
    }
    for (int j = Math.max(0, i - 3); j < Math.min(c.t.size(), i + 4); j++) {
      if (c.lemma(j).equals("supply") && j != i) {
        return true; // "supply and demand"
      }
    }
    for (int j = i + 1; !owned && j < Math.min(c.t.size(), i + 7) && !c.word(j).matches("[,;:]");
        j++) {
      if (c.t.get(j).isVerb() && QUANTITY.contains(c.lemma(j))
          || c.t.get(j).pos().equals("CD") && j + 1 < c.t.size()
              && c.word(j + 1).matches("million|billion|barrels|percent|%|tonnes|tons|units")
          || c.word(j).matches("greater|higher|bigger") && j > 0 && BE.contains(c.lemma(j - 1))
              && j + 1 < c.t.size() && c.word(j + 1).equals("than")) {
        return true; // "demand for testing is greater than", "demand outstripped supply"
      }
    }
    return false;
  }

  /** Verbs that measure a demand against what there is: a market's, not a claim's. */
  private static final Set<String> QUANTITY = Set.of("outstrip", "exceed", "outpace", "surge",
      "soar", "spike", "skyrocket", "plummet", "slump", "outweigh", "collapse", "explode",
      "plunge", "rebound", "dip", "shrink", "slow", "weaken", "peak", "evaporate", "tumble");

  /** Words that tell a market's demand: who buys, how much, where it goes. */
  private static final Set<String> MARKET = Set.of("economic", "consumer", "market", "travel",
      "oil", "energy", "customer", "buyer", "high", "higher", "greater", "growing", "strong",
      "stronger", "weak", "weaker", "rising", "falling", "collapsing", "soaring", "surging",
      "pent-up", "global", "domestic", "aggregate", "export", "import", "seasonal", "housing",
      "robust", "sluggish", "slowing", "low", "lower", "huge", "enormous", "insatiable",
      "booming", "increased", "declining", "tepid", "spiking", "skyrocketing", "heavy",
      "heightened", "record", "increasing", "unprecedented", "sudden", "overwhelming");

  /** Nouns before "demand" for what is demanded of someone: "a ransom demand". */
  private static final Set<String> MADE = Set.of("ransom", "pay", "wage", "salary",
      "extradition", "resignation", "policy", "key", "main", "core", "protest", "union", "list");

  /** Verbs that move or answer a market's demand: "boost demand", "meet the demand". */
  private static final Set<String> MOVES_DEMAND = Set.of("meet", "boost", "increase", "drive",
      "fuel", "satisfy", "outstrip", "exceed", "dampen", "curb", "reduce", "spur", "stoke",
      "keep", "gauge", "cool", "hurt", "weaken", "lift", "sap", "stimulate", "create", "raise",
      "lower", "depress", "match", "handle");

  /**
   * Whether the verb "strike" ending at {@code last} strikes no one: a deal or a tone struck
   * ("struck a settlement", "strike an agreement with the Assad regime", "struck a more
   * celebratory tone", "struck gold"), one named before the verb when no object follows it ("the
   * delicate balance he must strike"), a law struck down (a ruling), or what strikes someone as
   * something ("it strikes me as bizarre").
   */
  private static boolean strikesNoBlow(Clause c, Row r, int last) {
    if (r.type() != Event.Type.ATTACK || !r.verb() || !c.lemma(last).equals("strike")) {
      return false;
    }
    int k = last + 1;
    if (k + 1 < c.t.size() && c.t.get(k).pos().matches("PRP") && c.word(k + 1).equals("as")) {
      return true; // "strikes me as"
    }
    // "the delicate balance he must strike", "the deal that they struck"
    int b = beforeItsClause(c, last, "PRP|MD|RB|VB[PZD]?|WDT");
    boolean object = k < c.t.size() && c.t.get(k).pos().matches("DT|PRP\\$?|NN.*|JJ.*|CD");
    if (!object && b >= 0 && b < last - 1 && c.t.get(b).pos().startsWith("NN")
        && STRUCK.contains(c.lemma(b).toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (int j = k; j < Math.min(c.t.size(), k + 5); j++) {
      if (c.word(j).equals("down") && c.t.get(j).pos().matches("RP|RB|IN")) {
        return true; // "struck down a Texas law", "struck that law down"
      }
      if (!c.t.get(j).pos().matches("DT|PDT|PRP\\$|JJ.*|RB.*|NN.*|CD|HYPH|,")) {
        break;
      }
    }
    if (last >= 2 && c.word(last - 1).equals("to")
        && c.lemma(last - 2).matches("amendment|motion")) {
      return true; // "an amendment to strike removal from office": words struck from a text
    }
    return objectNounIn(c, last, STRUCK)
        || objectHeadIn(c, last, TEXT_PARTS) && !violentBesides(c, last);
  }

  /** Parts of a text one strikes from it: "strike the entire first article". */
  private static final Set<String> TEXT_PARTS = Set.of("article", "language", "provision",
      "clause", "word", "paragraph", "mention", "sentence", "aspect", "testimony", "amendment",
      "phrase");

  /** What one shoots with a camera: "shot a video on top of the mountain". */
  private static final Set<String> FILMED = Set.of("video", "film", "footage", "scene", "photo",
      "photograph", "picture", "movie", "documentary", "commercial", "ad", "episode",
      "sequel", "music", "clip", "selfie", "portrait");

  /** Games one shoots: "shoots hoops", "shot pool". */
  private static final Set<String> GAMES = Set.of("hoop", "hoops", "basket", "pool", "craps",
      "breeze", "par", "birdie", "throw");

  /** Plans, bills and chances that are killed when they fail: "kill the bill". */
  private static final Set<String> KILLED_PLANS = Set.of("impeachment", "deal", "chance",
      "chances", "momentum", "effort", "project", "program", "programme", "amendment", "talks",
      "talk", "negotiation", "nomination", "rule", "job", "jobs", "initiative", "merger",
      "investigation", "probe", "inquiry", "story", "buzz", "mood", "hope", "hopes", "dream",
      "conversation", "motion", "resolution", "treaty", "pipeline", "budget", "filibuster", "tax",
      "subsidy", "censure");

  /** Animals hunted: "shot and killed an endangered sheep" is a hunt. */
  private static final Set<String> ANIMALS = Set.of("animal", "argali", "sheep", "ram", "deer",
      "elk", "moose", "bear", "lion", "lioness", "tiger", "leopard", "elephant", "rhino",
      "rhinoceros", "giraffe", "zebra", "buffalo", "bison", "wolf", "fox", "coyote", "boar",
      "ibex", "antelope", "gazelle", "bird", "duck", "goose", "pheasant", "rabbit", "hare",
      "squirrel", "whale", "shark", "dolphin", "seal", "crocodile", "alligator", "snake", "dog",
      "cat", "horse", "cow", "cattle", "pig", "goat", "chicken", "poultry", "game", "trophy",
      "bighorn", "caribou", "cougar", "jaguar", "hippo", "hippopotamus", "monkey", "gorilla",
      "chimpanzee", "pigeon", "eagle", "owl", "crow", "rat", "mouse", "mink", "beaver");

  /**
   * Whether the verb of killing ending at {@code last} takes an animal for its object, or is
   * joined by "and" to one that does ("shoot and kill argali").
   */
  private static boolean huntsAnimal(Clause c, int last) {
    if (objectHeadIn(c, last, ANIMALS)) {
      return true;
    }
    int k = last + 1;
    return k + 1 < c.t.size() && c.word(k).equals("and") && c.t.get(k + 1).pos().startsWith("VB")
        && c.lemma(k + 1).matches("kill|shoot|hunt|wound") && objectHeadIn(c, k + 1, ANIMALS);
  }

  /**
   * Whether "ties" after the trigger ending at {@code last} are tied votes: "on" follows them,
   * and no time ("break ties on legislation", not "cut ties on Monday").
   */
  private static boolean tiesOnVotes(Clause c, int last) {
    int ties = find(c, last + 1, 3, "ties");
    return ties >= 0 && ties + 1 < c.t.size() && c.word(ties + 1).equals("on")
        && !beforeATime(c, ties + 1);
  }

  /**
   * Whether passive "named" at {@code i} names a thing, which is called, not appointed: its
   * subject is a noun no entity stands for and no being ("as the Russia probe was named
   * internally").
   */
  private boolean namedAThing(Clause c, int i) {
    if (!c.t.get(i).pos().equals("VBN") || !passive(c, i, i)) {
      return false;
    }
    int s = i - 1;
    while (s > 0 && (c.t.get(s).pos().startsWith("RB") || AUXILIARIES.contains(c.lemma(s)))) {
      s--;
    }
    return s >= 0 && s < i - 1 && c.t.get(s).pos().matches("NNS?") && c.entity[s] == null
        && !agent(new Participant(null, c.span(s, s))) && !c.lemma(s).matches("replacement"
            + "|successor|head|chair|pick|choice|nominee|candidate|coach|manager|captain"
            + "|director|chief|minister|president|ambassador|envoy|winner|finalist");
  }

  /** Things signed that bind no one to anything: "sign medical prescriptions". */
  private static final Set<String> SIGNED_THINGS = Set.of("prescription", "autograph", "check",
      "cheque", "receipt", "book", "ball", "jersey", "poster", "card", "yearbook",
      "cast", "guestbook");

  /** Elected bodies whose control is won in a vote: "took control of the House". */
  private static final Set<String> BODIES = Set.of("House", "Senate", "Congress", "Legislature",
      "Statehouse", "Assembly", "Parliament", "chambers", "branches", "governorship",
      "presidency");

  /**
   * Whether "take" ending at {@code last} takes control of an elected body: "took control of
   * the House", "take control of both chambers".
   */
  private static boolean controlOfABody(Clause c, int last) {
    int control = find(c, last + 1, 3, "control");
    if (control < 0 || control + 1 >= c.t.size() || !c.word(control + 1).equals("of")) {
      return false;
    }
    for (int k = control + 2; k < Math.min(c.t.size(), control + 6); k++) {
      if (BODIES.contains(c.t.get(k).word())) {
        return k + 1 >= c.t.size() || !c.word(k + 1).matches("building|floor|compound|grounds"
            + "|chamber"); // (not "took control of the Senate chamber": rioters, no vote)
      }
      if (!c.t.get(k).pos().matches("DT|PDT|JJ.*|NNP?S?|CD|POS|PRP\\$")) {
        break;
      }
    }
    return false;
  }

  /** What one acquires by growing, not by buying: "acquired added weight". */
  private static final Set<String> GAINED = Set.of("weight", "importance", "significance",
      "urgency", "momentum", "meaning", "status", "traction", "resonance", "taste",
      "habit", "reputation", "skill", "immunity", "knowledge", "experience", "prominence");

  /** Machines one trains: "to train the system", "train its AI". */
  private static final Set<String> MACHINES = Set.of("system", "ai", "a.i.", "algorithm",
      "model", "software", "machine", "computer", "network", "chatbot", "bot",
      "robot", "alexa", "siri", "classifier", "engine", "program", "tool", "camera", "car",
      "vehicle", "app", "device", "speaker");

  /**
   * Whether "train" at {@code i..last} teaches a machine: its object is one ("to train the
   * system", "train its AI"), or, a participle, its subject ("Alexa was trained on …").
   */
  private static boolean trainsAMachine(Clause c, int i, int last) {
    for (int k = last + 1; k < Math.min(c.t.size(), last + 4); k++) {
      if (MACHINES.contains(c.word(k)) || MACHINES.contains(c.lemma(k))) {
        return k + 1 >= c.t.size() || !c.t.get(k + 1).pos().startsWith("NN")
            && !c.word(k + 1).equals("of"); // not "trained a network of militias"
      }
      if (!c.t.get(k).pos().matches("DT|PRP\\$|JJ.*|NN.*|POS")) {
        break;
      }
    }
    if (!c.t.get(i).pos().equals("VBN")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (MACHINES.contains(c.word(k)) || MACHINES.contains(c.lemma(k))) {
        return true;
      }
      if (!c.t.get(k).pos().matches("RB.*|MD|VB[DZPN]?") && !BE.contains(c.lemma(k))
          && !c.lemma(k).equals("have")) {
        break;
      }
    }
    return false;
  }

  /** Things that crash without a disaster: programs, machines and markets. */
  private static final Set<String> CRASHING_THINGS = Set.of("app", "program", "software",
      "computer", "server", "site", "website", "system", "browser", "phone", "game", "market",
      "stock", "stocks", "price", "prices", "economy", "currency", "bitcoin", "share", "shares",
      "housing", "laptop", "device", "network", "page", "feed", "database", "cryptocurrency");

  /**
   * Whether "crash" at {@code i} is a program's or a market's: one of {@link #CRASHING_THINGS}
   * among the three words before it ("an app crashes", "the stock market crash") or right after
   * "of" ("the crash of the housing market").
   */
  private static boolean crashOfAThing(Clause c, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (CRASHING_THINGS.contains(c.lemma(k)) && !c.t.get(k).pos().startsWith("NNP")) {
        return true; // (not "the Market Street crash")
      }
      if (!c.t.get(k).pos().matches("DT|JJ.*|NN.*|POS|PRP\\$")) {
        break;
      }
    }
    if (i + 1 < c.t.size() && c.word(i + 1).equals("of")) {
      for (int k = i + 2; k < Math.min(c.t.size(), i + 6); k++) {
        if (CRASHING_THINGS.contains(c.lemma(k))) {
          return true;
        }
        if (!c.t.get(k).pos().matches("DT|JJ.*|NN.*|POS|PRP\\$")) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * Whether the trigger at {@code i..last} is a word in capitals among words that are not: a
   * body's initials ("FIRE each month highlights a campus policy") — not a headline in capitals.
   */
  private static boolean acronym(Clause c, int i, int last) {
    String w = c.t.get(i).word();
    if (i != last || w.length() < 3 || !w.matches("\\p{Lu}+")) {
      return false;
    }
    int lower = 0;
    int upper = 0;
    for (int k = Math.max(0, i - 3); k < Math.min(c.t.size(), i + 4); k++) {
      String o = c.t.get(k).word();
      if (k != i && o.matches("\\p{L}{2,}")) {
        if (o.equals(o.toUpperCase(Locale.ROOT))) {
          upper++;
        } else {
          lower++;
        }
      }
    }
    return lower > 0 && upper == 0;
  }

  /**
   * Whether the fight at {@code i..last} is a lawsuit: "court fights", "a legal fight", "fight
   * it in court", "the fight in the courts".
   */
  private static boolean lawsuit(Clause c, int i, int last) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      if (c.word(k).matches("court|courts|legal|courtroom|judicial|appeals|custody|extradition")
          || k == i - 1 && !c.t.get(i).pos().startsWith("VB") && !violentBesides(c, i)
              && c.word(k).matches("nomination|primary|budget|political|leadership|procedural"
                  + "|partisan|confirmation|election|electoral|policy|tax|funding|spending|zoning"
                  + "|contract|ratings|bidding|proxy|jurisdictional")) {
        return true; // (a contest's word only right before the noun: "the nomination fight")
      }
      if (!c.t.get(k).pos().matches("JJ.*|NN.*")) {
        break;
      }
    }
    for (int k = last + 1; k < Math.min(c.t.size(), last + 5); k++) {
      if (c.word(k).equals("in") && k + 1 < c.t.size()
          && (c.word(k + 1).matches("court|courts") || k + 2 < c.t.size()
              && c.word(k + 1).equals("the") && c.word(k + 2).matches("court|courts"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb "fight" at {@code i..last} strives: "to" and a verb follow it ("Democrats
   * fighting to hold on to House seats") and no armed force is near ("soldiers fighting to fend
   * off Russian aggression" fight).
   */
  private static boolean strivesTo(Clause c, int i, int last) {
    int k = last + 1;
    if (k + 1 >= c.t.size() || !c.word(k).equals("to") || !c.t.get(k + 1).pos().equals("VB")) {
      return false;
    }
    for (int j = Math.max(0, i - 8); j < Math.min(c.t.size(), k + 6); j++) {
      if (ARMED.contains(c.lemma(j)) || HARM.contains(c.lemma(j)) || c.place[j]
          || c.lemma(j).matches("fighter|troops|militant|rebel|guerrilla|war|front|frontline"
              + "|retake|recapture|regain|defend|capture|control|territory|city|town|village"
              + "|region|position|taliban|insurgent|jihadist|islamist|separatist|militia|kurd")) {
        return false; // "The Taliban are fighting to retake Kunduz"
      }
    }
    return true;
  }

  /**
   * Whether a noun of the object phrase right after the verb ending at {@code last} is one of
   * {@code nouns}: its modifiers, then its nouns ("a contract manufacturing deal", "a phase-one
   * trade deal"); not a word before the verb or past the phrase.
   */
  private static boolean objectNounIn(Clause c, int last, Set<String> nouns) {
    int k = last + 1;
    while (k < c.t.size() && (c.t.get(k).pos().matches("DT|PDT|PRP\\$|JJ.*|RB.*|CD|HYPH|\\$")
        || k > last + 1 && c.t.get(k).pos().matches("VBN|VBG"))) {
      k++; // "a $1.5 billion deal", "a measured tone"
    }
    int first = k;
    while (k < c.t.size() && (c.t.get(k).pos().startsWith("NN")
        || k > first && c.t.get(k).pos().matches("HYPH|CD|JJ.*"))) {
      if (nouns.contains(c.lemma(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
      k++;
    }
    return false;
  }

  /**
   * Whether the head of the object phrase right after the verb ending at {@code last} — its last
   * noun before a preposition, a verb or a clause — is one of {@code nouns}; a name is no such
   * head ("killed a law enforcement officer": the officer; "killed the bill": the bill).
   */
  private static boolean objectHeadIn(Clause c, int last, Set<String> nouns) {
    int head = -1;
    for (int k = last + 1; k < c.t.size(); k++) {
      String pos = c.t.get(k).pos();
      boolean modifier = pos.matches("VBN|VBG") && k + 1 < c.t.size()
          && c.t.get(k + 1).pos().matches("NNS?|JJ.*");
      if (!pos.matches("DT|PDT|PRP\\$|JJ.*|RB.*|CD|HYPH|\\$|NN.*|POS") && !modifier) {
        break;
      }
      if (pos.startsWith("NN")) {
        head = pos.startsWith("NNP") || c.entity[k] != null ? -2 : k;
      }
    }
    return head >= 0 && (nouns.contains(c.lemma(head)) || nouns.contains(c.word(head)));
  }

  /**
   * Whether the object after the verb ending at {@code last} is a prize won, not a place or a
   * thing taken: "captured the White House", "the nomination", "the public's imagination".
   */
  private static boolean wonAPrize(Clause c, int last) {
    int head = -1;
    for (int k = last + 1; k < c.t.size() && k <= last + 6
        && c.t.get(k).pos().matches("DT|PDT|PRP\\$|JJ.*|NN.*|POS|CD|HYPH"); k++) {
      if (c.t.get(k).pos().equals("POS")) {
        head = -1; // "the public's imagination": the possessed noun heads
      } else if (c.t.get(k).pos().startsWith("NN")) {
        head = k;
      }
    }
    if (head < 0 || c.word(head).matches("heart|seat") && head + 1 < c.t.size()
        && c.word(head + 1).equals("of")) {
      return false; // "captured the heart of Bakhmut", "the seat of the provincial government"
    }
    return c.t.get(head).pos().startsWith("NNP")
        ? c.word(head).equals("house") && c.word(head - 1).equals("white")
            || c.word(head).equals("college") && c.word(head - 1).equals("electoral")
            || c.word(head).matches("senate|congress|presidency") && c.word(head - 1).equals("the")
        : PRIZES.contains(c.lemma(head).toLowerCase(Locale.ROOT));
  }

  /** Critics whose "heavy fire" is words: "under heavy fire from opposition lawmakers". */
  private static final Set<String> POLITICAL = Set.of("lawmaker", "mp", "critic", "opposition",
      "party", "democrat", "republican", "senator", "legislator", "conservative", "liberal",
      "activist", "media", "commentator", "press", "ally", "colleague", "member", "voter",
      "remark", "comment", "statement", "decision", "handling", "policy", "response", "tweet");

  /** Prizes of a contest, or of attention, that one captures by winning them. */
  private static final Set<String> PRIZES = Set.of("nomination", "presidency", "imagination",
      "attention", "mood", "spirit", "essence", "heart", "seat", "vote", "majority", "title",
      "championship", "crown", "prize", "award", "medal", "lead", "share", "momentum",
      "zeitgeist", "election", "primary", "race");

  /**
   * Whether a noun of the object phrase right after "strike" ending at {@code last} is a deal
   * ("struck a phase-one trade deal", "a $1.5 billion deal"); not a word before the verb or past
   * the phrase ("Despite the truce, rockets struck Ashkelon", "struck a bus carrying contract
   * workers"; a deal before the verb is {@link #dealBefore}).
   */
  private static boolean struckADeal(Clause c, int last) {
    return objectNounIn(c, last, DEALS);
  }

  /**
   * Whether a deal stands right before "strike" at {@code i}, an auxiliary, a relative word, a
   * pronoun or a name between: "the nuclear deal struck with Iran", "a deal was struck late
   * Thursday", "the deal Trump struck with China", "the deal that they struck".
   */
  private static boolean dealBefore(Clause c, int i) {
    int b = beforeItsClause(c, i, "PRP|MD|RB|NNP|VB[PZDN]?|WDT");
    return b >= 0 && c.t.get(b).pos().matches("NNS?")
        && DEALS.contains(c.lemma(b).toLowerCase(Locale.ROOT));
  }

  /**
   * The word before verb {@code i} once up to four words of its clause are passed over — those
   * tagged {@code skipped} and "that": the noun a relative clause or a passive tells of ("the
   * balance he must strike", "a deal was struck").
   */
  private static int beforeItsClause(Clause c, int i, String skipped) {
    int b = i - 1;
    while (b > 0 && b >= i - 4 && (c.t.get(b).pos().matches(skipped)
        || c.word(b).equals("that"))) {
      b--;
    }
    return b;
  }

  /**
   * Whether "fire" at {@code i} is opened or returned: the verb right before it (adverbs and
   * adjectives between: "opened heavy fire", "returned fire") or after it ("fire was returned").
   */
  private static boolean firedOpenOrBack(Clause c, int i) {
    int b = i - 1;
    while (b > 0 && c.t.get(b).pos().matches("RB|JJ.*")) {
      b--;
    }
    if (b >= 0 && (c.t.get(b).isVerb() || c.t.get(b).pos().startsWith("NNP"))
        && c.word(b).matches("opens?|opened|opening|returns?|returned|returning")) {
      return true; // (a headline's "Police Return Fire On Crowd" too)
    }
    int a = i + 1;
    while (a < c.t.size() && a <= i + 2 && (c.t.get(a).pos().matches("RB|VBD|VBZ|VBP")
        && AUXILIARIES.contains(c.lemma(a)) || c.t.get(a).pos().equals("RB"))) {
      a++;
    }
    return a < c.t.size() && a > i + 1 && c.lemma(a).matches("open|return");
  }

  /** Agreements one strikes ("a settlement" is left out: a place, as often as a deal). */
  private static final Set<String> DEALS = Set.of("deal", "agreement", "bargain", "pact",
      "accord", "compromise", "truce", "ceasefire", "contract");

  /** What is struck without a blow: bargains, tones, balances, luck. */
  private static final Set<String> STRUCK = Set.of("deal", "agreement", "settlement", "bargain",
      "pact", "accord", "compromise", "truce", "tone", "chord", "note", "balance", "pose", "gold",
      "match", "nerve", "fear", "alliance", "partnership", "contract");

  /**
   * Whether the noun "strike" at {@code i} is a walkout, not an attack: "went on strike", "a
   * hunger strike", "the miners' strike", "a general strike", "strike action", "a strike by
   * nurses", "authorize a strike", "a 24-hour strike", "the GM strike" (a company's, where a
   * country's is a raid), and any strike in a sentence about a (trade) union.
   */
  private static boolean walkout(Clause c, int i) {
    if (i > 0 && c.word(i - 1).equals("on")) {
      return true;
    }
    for (int k = 0; k < c.t.size(); k++) {
      if (c.word(k).equals("union") && !c.t.get(k).pos().startsWith("NNP")
          || k < i && k >= i - 3 && c.t.get(k).isVerb()
              && c.lemma(k).matches("authorize|authorise")) {
        return true; // "the union's members may strike", "asked members to authorize a strike"
      }
    }
    if (i + 1 < c.t.size() && c.word(i + 1).matches("action|ballot|vote|pay|fund|threat")) {
      return true;
    }
    if (i >= 3 && c.word(i - 2).equals("-") && DURATION.matcher(c.word(i - 3)
        + "-" + c.word(i - 1)).matches()) {
      return true; // "a 24-hour strike", as the tokenizer splits it
    }
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      String w = c.word(k);
      if (WALKOUT.contains(w) || WALKOUT.contains(c.lemma(k))
          || DURATION.matcher(w).matches()
          || c.t.get(k).ner().equals("ORGANIZATION") && c.t.get(k).pos().startsWith("NNP")) {
        return true; // "a 24-hour strike", "the monthlong GM strike", "the General Motors strike"
      }
      if (!c.t.get(k).pos().matches("NN.*|JJ.*|POS") && !w.matches("['’]")) {
        break;
      }
    }
    if (i + 2 < c.t.size() && c.word(i + 1).equals("by")) {
      String who = c.lemma(i + 2);
      int j = i + 2;
      while (j < c.t.size() - 1 && c.t.get(j).pos().matches("DT|JJ.*|NN.*")
          && c.t.get(j + 1).pos().matches("JJ.*|NNS?")) {
        j++;
      }
      return WALKOUT.contains(who) || WALKOUT.contains(c.lemma(j));
    }
    return false;
  }

  /** How long a walkout lasts: "24-hour", "two-day", "monthlong". */
  private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
      "(?i)(\\d+|one|two|three|four|five|six|seven)-(hour|day|week|month)|(day|week|month)long");

  /** Words of a walkout: who strikes, and kinds of strike ("hunger", "general", "climate"). */
  private static final Set<String> WALKOUT = Set.of("hunger", "general", "labor", "labour",
      "worker", "miner", "teacher", "nurse", "doctor", "driver", "employee", "staff", "union",
      "student", "climate", "school", "rail", "transit", "postal", "dock", "docker", "factory",
      "wildcat", "sympathy", "nationwide", "pilot", "crew", "writer", "actor", "player",
      "autoworker", "walkout", "picket");

  /**
   * Whether word {@code i} stands before a common noun that it modifies ("a shooting game", "the
   * acquisition cost", "protest leaders"): a kind of thing, not a happening. Not before a noun of
   * time ("the attack yesterday", "the bombing weeks ago").
   */
  private static boolean modifiesANoun(Clause c, int i) {
    if (i + 1 >= c.t.size()) {
      return false;
    }
    Token next = c.t.get(i + 1);
    String lemma = c.lemma(i + 1).toLowerCase(Locale.ROOT);
    return next.pos().matches("NNS?") && !TIME_UNITS.contains(lemma)
        && !EntityResolver.DAYS.matcher(next.word()).matches() && !HAPPENED.contains(lemma)
        && c.t.get(i).pos().matches("NN|VBG");
  }

  /**
   * Nouns that, after an event's noun, say the event happened or name it: "the shooting victims",
   * "murder charges", "a killing spree", "an aid package", "strike action".
   */
  private static final Set<String> HAPPENED = Set.of("victim", "charge", "suspect", "scene",
      "site", "spree", "investigation", "case", "trial", "probe", "toll", "aftermath", "survivor",
      "witness", "warrant", "attempt", "death", "conviction", "count", "report", "video",
      "footage", "incident", "zone", "area", "wave", "attack", "plot", "campaign", "hearing",
      "inquiry", "allegation", "accusation", "claim", "news", "story", "rumor", "rumour", "talk",
      "negotiation", "deal", "agreement", "ceremony", "summit", "meeting", "visit", "trip",
      "tour", "operation", "mission", "raid", "strike", "victory", "defeat", "win", "loss",
      "package", "action");

  /**
   * Whether an allegation, accusation or charge "against" someone follows an event's noun ending
   * right before {@code after}: "the assault allegation against Varga".
   */
  private static boolean alleged(Clause c, int after) {
    return after + 2 < c.t.size() && ALLEGED.contains(c.lemma(after).toLowerCase(Locale.ROOT))
        && c.word(after + 1).equals("against") && c.chunkOf[after + 2] >= 0;
  }

  /**
   * Whether word {@code i} stands in a phrase that opens the sentence and has not closed: the
   * sentence opens with a preposition, an adverb, a "when" or a conjunction, and no comma stands
   * before {@code i} ("Almost three weeks after … allegations against Biden, the Times …"; not
   * "In Kessel, assault charges against …").
   */
  private static boolean openingPhrase(Clause c, int i) {
    if (!c.t.get(0).pos().matches("IN|RB|WRB|CC")) {
      return false;
    }
    for (int k = 1; k < i; k++) {
      if (c.word(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** Nouns after an event's noun that say someone is said to have done it: "assault charges". */
  private static final Set<String> ALLEGED = Set.of("allegation", "accusation", "charge");

  /**
   * Whether the words a row requires name a post, which belongs to a participant (the dismissed
   * "manager"), not to the event itself as "relations" do to severing them.
   */
  private static boolean requiresAPost(Row r) {
    return r.type() == Event.Type.DISMISS;
  }

  /** Pronouns that are only ever subjects. */
  private static final Set<String> NOMINATIVE = Set.of("i", "he", "she", "we", "they");

  /** Nouns of a post that a participle before them names ("visiting professor"). */
  private static final Set<String> TITLED = Set.of("fellow", "professor",
      "scholar", "researcher", "lecturer", "scientist", "instructor", "faculty", "fellowship",
      "professorship");

  /** Whether noun {@code i} follows "in terms of", modifiers between ("of military training"). */
  private static boolean inTermsOf(Clause c, int i) {
    int k = i - 1;
    // (and the nouns coordinated with the first: "in terms of equipment and training", "of
    // equipment, pay and training" — a comma only in such a list, not "In terms of casualties,
    // the attack was …")
    boolean list = false;
    while (k >= 0 && (c.t.get(k).pos().startsWith("JJ") || c.t.get(k).pos().equals("DT")
        || c.t.get(k).pos().startsWith("NN") || c.t.get(k).pos().equals("CC")
        || list && c.word(k).equals(","))) {
      list |= c.t.get(k).pos().equals("CC");
      k--;
    }
    return k >= 2 && c.word(k).equals("of") && c.word(k - 1).equals("terms")
        && c.word(k - 2).equals("in");
  }

  /**
   * A sentence written as a headline ("Magnitude 6.1 Earthquake Hits Indonesia"): every word of
   * four letters or more capitalised, at least three of them.
   */
  private static boolean titleCase(List<Token> t) {
    int words = 0;
    for (Token tok : t) {
      String w = tok.word();
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        words++;
      }
    }
    return words >= 3;
  }

  /** The rest of a multi-word trigger ("break off": a particle may follow at once). */
  private static int matchRest(Clause c, int i, Row r) {
    int k = i;
    for (int j = 1; j < r.lemmas().size(); j++) {
      k++;
      if (k >= c.t.size() || !(c.lemma(k).equals(r.lemmas().get(j))
          || c.word(k).equals(r.lemmas().get(j)))) {
        return -1;
      }
    }
    return k;
  }

  private static boolean required(Clause c, int first, int last, Row r) {
    if (r.requires().isEmpty()) {
      return true;
    }
    // a post is the dismissed person's, after the verb: not the speaker's title before it
    // ("Foreign Minister Ivo Drast dismissed the proposal as nonsense")
    int from = requiresAPost(r) ? last + 1 : Math.max(0, first - REQUIRES_WINDOW);
    int to = Math.min(c.t.size() - 1, last + REQUIRES_WINDOW);
    for (int k = from; k <= to; k++) {
      if (k >= first && k <= last) {
        continue;
      }
      if ((r.requires().contains(c.lemma(k)) || r.requires().contains(c.word(k)))
          && (!c.word(k).matches("(?i)on|upon|in|at") || k > last && !beforeATime(c, k)
              && (c.word(k).equalsIgnoreCase("at") && !prepositionBetween(c, last, k)
                  || right(c, last, k)))) {
        return true;
      }
    }
    if (r.verb() && !requiresAPost(r)) {
      // past the window through the object's noun phrase: "fired more than a dozen ballistic
      // missiles", "fired the surface-to-surface missiles"
      for (int k = last + 1; k < c.t.size() && k <= last + 3 * REQUIRES_WINDOW; k++) {
        Token tok = c.t.get(k);
        boolean quantityOf = tok.word().equalsIgnoreCase("of")
            && QUANTITIES.contains(c.lemma(k - 1).toLowerCase(Locale.ROOT));
        if (!tok.pos().matches("DT|PDT|CD|JJ.*|RBR|NN.*|HYPH") && !quantityOf
            && !tok.word().matches("(?i)than|-")
            && !(tok.word().equals("to") && c.word(k - 1).equals("-"))) {
          break;
        }
        if (tok.word().equalsIgnoreCase("of") && !quantityOf) {
          break; // "fired the head of the state gas company": the head is fired
        }
        if (r.requires().contains(c.lemma(k)) || r.requires().contains(c.word(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a preposition other than a time's stands between the trigger ending at {@code last}
   * and word {@code k}: then "at" belongs to a noun of a phrase after the trigger ("fire Fauci
   * from his position at the institute", "was fired from his job at the hospital"), not to the
   * trigger ("firing thunderbolts at its critics", "fired on Sunday at protesters").
   */
  private static boolean prepositionBetween(Clause c, int last, int k) {
    for (int j = last + 1; j < k; j++) {
      if (c.t.get(j).pos().equals("IN") && !beforeATime(c, j)) {
        return true; // not "fired on Sunday at protesters": a time's preposition
      }
    }
    return false;
  }

  /** Whether a time or a number follows word {@code k}: "on Saturday", "at 9 a.m.". */
  private static boolean beforeATime(Clause c, int k) {
    return k + 1 < c.t.size() && (c.temporal[k + 1] || c.t.get(k + 1).pos().equals("CD"));
  }

  /**
   * Whether preposition {@code k} stands right after the trigger ending at {@code last}, adverbs
   * and particles aside: "fired on the crowd", "fired back at them" — not "fired its coach on
   * Monday" (a preposition that may open a time or a place does not stand for the object; "at"
   * does after an object: "firing thunderbolts at its critics"; none does before a time or
   * before the trigger: "was fired on Saturday", "fired the coach at 9 a.m.", "At the rally,
   * Trump fired his aide").
   */
  private static boolean right(Clause c, int last, int k) {
    if (k <= last) {
      return false;
    }
    for (int j = last + 1; j < k; j++) {
      if (!c.t.get(j).pos().matches("RB|RP")) {
        return false;
      }
    }
    return true;
  }

  /** A participant before it gets its role. */
  private record Participant(@Nullable String entity, Span span) {}

  /** The event of trigger {@code f}, or null when its words turn out to name none. */
  private @Nullable Event event(Clause c, Found f, List<TimeExpression> times,
      List<Attribution> attributions, Subject subject, Subject previous, Gazetteer gazetteer,
      int n) {
    // what "they" and "its" refer to: this sentence's subject, else the last sentence's
    List<Participant> they = subject.plural() && !subject.who().isEmpty() ? subject.who()
        : previous.plural() ? previous.who() : List.of();
    List<Participant> it = !subject.plural() && !subject.who().isEmpty() ? subject.who()
        : !previous.plural() ? previous.who() : List.of();
    Span trigger = c.span(f.first(), f.last());
    boolean verb = f.row().verb();
    boolean passive = verb && c.t.get(f.first()).pos().equals("VBN")
        && passive(c, f.first(), f.last());
    Attribution cueOf = null;
    for (Attribution a : attributions) {
      if (a.cue().overlaps(trigger)) {
        cueOf = a;
      }
    }
    List<Participant> actors = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    List<Participant> locations = new ArrayList<>();
    if (cueOf != null && cueOf.source().span() != null) {
      String said = cueOf.source().span().text().toLowerCase(Locale.ROOT);
      if (cueOf.source().entity() == null && (said.equals("they") || said.equals("we"))) {
        actors.addAll(they); // "in which they condemned …"
      } else {
        // "Ankara and Moscow agreed": each of a coordinated speaker's members
        Span speaker = cueOf.source().span();
        List<Participant> each = new ArrayList<>();
        for (int k = 0; k < c.t.size(); k++) {
          if (c.chunkOf[k] >= 0 && speaker.begin() <= c.t.get(k).begin()
              && c.t.get(k).end() <= speaker.end()) {
            each = members(c, c.chunks.get(c.chunkOf[k]));
            break;
          }
        }
        boolean coordinated = each.size() > 1 && each.stream().allMatch(p -> p.entity() != null
            && speaker.begin() <= p.span().begin() && p.span().end() <= speaker.end());
        if (coordinated) {
          actors.addAll(each);
        } else {
          actors.add(new Participant(cueOf.source().entity(), cueOf.source().span()));
        }
      }
    }
    int after = f.last() + 1;
    boolean attributive = verb && !passive && c.t.get(f.first()).pos().equals("VBN")
        && f.first() > 0 && c.t.get(f.first() - 1).pos().matches("DT|PRP\\$|POS|JJ.*")
        && after < c.t.size() && c.t.get(after).pos().startsWith("NN") && c.chunkOf[after] >= 0;
    boolean compound = verb && c.t.get(f.first()).pos().equals("VBN") && afterAHyphen(c, f.first())
        && c.entity[f.first() - 2] != null && actors.isEmpty()
        && c.lemma(f.first()).matches("back|arm|fund|sponsor|support|finance|occupy|appoint");
    if (compound) {
      // "Turkish-backed forces", "Iran-backed militias", "Saudi Arabia-backed": the name before
      // the hyphen did it, to the noun after it
      int from = f.first() - 2;
      while (from > 0 && c.entity[from - 1] != null
          && c.entity[from - 1].equals(c.entity[f.first() - 2])) {
        from--;
      }
      actors.add(new Participant(c.entity[f.first() - 2], c.span(from, f.first() - 2)));
      int last = -1;
      for (int k = after; k < c.t.size() && c.t.get(k).pos().matches("JJ.*|NN.*|HYPH"); k++) {
        if (c.t.get(k).pos().startsWith("NN")) {
          last = k; // "U.S.-backed Kurdish forces"
        }
      }
      if (last >= 0) {
        targets.add(new Participant(c.entity[last], c.span(after, last)));
      }
    } else if (attributive) {
      // "the seized tanker": the noun it describes underwent it; who did it is not told here
      // (not "Stena Bulk, which owns the seized tanker")
      targets.addAll(members(c, c.chunks.get(c.chunkOf[after])));
    } else if (passive) {
      int noun = beforeParticiple(c, f.first());
      // "a man accused of fraud by two aides": the noun it follows underwent it
      targets.addAll(noun >= 0 && c.chunkOf[noun] >= 0
          ? members(c, c.chunks.get(c.chunkOf[noun])) : left(c, f.first(), true, they));
      int by = find(c, f.last() + 1, 4, "by");
      if (actors.isEmpty() && by >= 0 && by + 1 < c.t.size() && c.chunkOf[by + 1] >= 0) {
        actors.addAll(members(c, c.chunks.get(c.chunkOf[by + 1])));
      }
      right(c, f, new ArrayList<>(), locations, actors);
    } else if (!verb && actors.isEmpty() && alleged(c, after) && (f.row().type()
        == Event.Type.ATTACK || f.row().type() == Event.Type.SEIZE
        || f.row().type() == Event.Type.THREATEN)) {
      // "the sexual assault allegation against Joe Biden": whom it is alleged against did it,
      // not who reports the allegation ("the paper made a change to its report on …"); whom it
      // hit the allegation may not say
      Chunk against = c.chunks.get(c.chunkOf[after + 2]);
      List<Chunk> g = c.group(against);
      int next = g.get(g.size() - 1).last() + 1;
      if (g.size() > 1 && next < c.t.size() && c.t.get(next).pos().matches("VBD|VBZ|VBP|MD")
          && c.word(against.last() + 1).equals(",") && openingPhrase(c, f.first())) {
        // "Almost three weeks after … her allegations against Joe Biden, The New York Times and
        // The Washington Post have …": after an opening phrase, the list ends where the main
        // clause's subject begins (not "Assault charges against Varga, Holm and Kral were …")
        actors.add(new Participant(c.head(against), c.span(against.first(), against.last())));
      } else {
        actors.addAll(members(c, against));
      }
    } else {
      boolean atTown = false;
      if (actors.isEmpty() && !verb) {
        List<Participant> mod = modifier(c, f.first(), they, it);
        // (a protest named for a person is about them: "the George Floyd protests"; a rally is
        // its leader's: "a Trump rally")
        if ((UNDERGONE.contains(f.row().type()) || f.row().type() == Event.Type.PROTEST
            && !c.lemma(f.first()).equalsIgnoreCase("rally"))
            && personBefore(c, mod, f.first(), f.row().type() != Event.Type.PROTEST
            && (f.row().type() != Event.Type.ATTACK
                || SUFFERED.contains(c.lemma(f.first()).toLowerCase(Locale.ROOT))
                && !(f.last() + 1 < c.t.size() && c.word(f.last() + 1).equals("of"))))) {
          targets.addAll(mod); // "the al-Baghdadi raid", "the Khashoggi killing": whom it hit
        } else {
          for (Participant p : mod) {
            // "the El Paso shooting": where it happened; "the Russian invasion": who did it
            String capital = capitalBefore(c, p, f.first(), f.row().type(), gazetteer);
            boolean town = capital != null || townBefore(c, p, f.first(), gazetteer);
            if (!town && f.row().type() == Event.Type.DISASTER) {
              // "the Sumatra quake", "the Waitrose fire": where it struck; "the 2017 Tubbs fire",
              // "the Kincade fire": a disaster's name (a person's, to the tagger), no doer
              if (p.entity() != null && !namesAPerson(c, p.span())) {
                locations.add(p);
                atTown = true;
              }
              continue;
            }
            (town ? locations : actors).add(capital != null ? new Participant(capital, p.span())
                : p);
            atTown |= town;
          }
        }
        int by = find(c, f.last() + 1, 2, "by");
        if (actors.isEmpty() && by >= 0 && by + 1 < c.t.size() && c.chunkOf[by + 1] >= 0) {
          actors.addAll(members(c, c.chunks.get(c.chunkOf[by + 1])));
        }
      }
      right(c, f, targets, locations, actors); // may find actors: "talks between X and Y"
      int exposed = verb || !HOSTILE.contains(f.row().type()) ? -1 : exposedTo(c, f.first());
      if (exposed >= 0) {
        // "the port came under attack": the port was attacked ("came under fire for the delay":
        // not the delay; "from MPs": the MPs are who fired)
        List<Participant> subjects = left(c, exposed, false, they);
        if (!subjects.isEmpty()) {
          targets.clear();
          targets.addAll(subjects);
        }
      } else if (actors.isEmpty() && !atTown) {
        // (an event its place names, "the Las Vegas shooting", is no doing of the clause's subject)
        boolean finite = verb && finite(c, f.first()) && !coordinated(c, f.first());
        actors.addAll(left(c, f.first(), !finite, they));
      }
      if (actors.isEmpty() && !verb && !atTown && inOpeningPhrase(c, f.first())) {
        actors.addAll(subject.who()); // "At a meeting in Moscow, Russia and Mali hailed …"
      }
    }
    if (!verb && after < c.t.size() && ALLEGED.contains(c.lemma(after).toLowerCase(Locale.ROOT))) {
      Span head = c.span(after, after);
      targets.removeIf(p -> p.span().overlaps(head)); // "has assault allegations of his own"
    }
    actors.removeIf(p -> nobody(p) || p.span().overlaps(trigger)); // "an exchange of fire"
    actors.removeIf(p -> p.entity() == null && timeOrAmount(p.span().text()));
    // "got a gun and shot Younge", "fired projectiles at the crowd": a weapon is what it is
    // done with, neither who does it nor whom it is done to
    actors.removeIf(p -> p.entity() == null && instrument(c, p.span()));
    if (f.row().type() == Event.Type.ATTACK) {
      targets.removeIf(p -> p.entity() == null && instrument(c, p.span()));
    }
    if (f.row().type() == Event.Type.CONDEMN || f.row().type() == Event.Type.ACCUSE
        || f.row().type() == Event.Type.DENY) {
      // "denounced the death of George Floyd": the death is denounced, not Floyd
      targets.replaceAll(p -> happeningOf(c, p));
    }
    // "Talks on water sharing, held in Port Sevin, …": the word the trigger requires is the event
    // itself, not who holds it
    actors.removeIf(p -> p.entity() == null && !requiresAPost(f.row())
        && f.row().type() != Event.Type.PROTEST // ("Advocates … rallied": who protests)
        && f.row().requires().contains(
            p.span().text().toLowerCase(Locale.ROOT).replaceAll("^(the|these|those) ", "")));
    if (AGENTIVE.contains(f.row().type())) {
      // "sanctions met", "the warranty supports": who meets, agrees or accuses is someone
      actors.removeIf(p -> p.entity() == null && !agent(p));
    }
    // how often is no one: "the candidate himself has visited four times"
    targets.removeIf(p -> p.entity() == null && p.span().text().strip().matches(
        "(?i)(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|dozens"
            + " of|hundreds of|countless)\\s+times|times|once|twice"));
    targets.removeIf(p -> nobody(p) || p.span().overlaps(trigger) || DEATH.matcher(p.span().text())
        .matches() // "shot and stabbed to death": how it ended, not whom
        || p.entity() != null && locations.stream().anyMatch(l -> p.entity().equals(l.entity())));
    // "the shooting near the border village of Velka": Velka is where, not whom
    List<Event.Participant> parts = new ArrayList<>();
    for (Participant p : actors) {
      parts.add(new Event.Participant(Event.Role.ACTOR, government(p.entity(), gazetteer),
          p.span()));
    }
    for (Participant p : targets) {
      // "Gordon … visited the summit where Gordon …": no one is their own target
      if (actors.stream().noneMatch(a -> a.span().equals(p.span())
          || p.entity() != null && p.entity().equals(a.entity()))) {
        // what is denied is a thing said, not the name that modifies it: "denied any Ostmark
        // involvement" denies the involvement ("denied Ostmark's army crossed" keeps Ostmark)
        String entity = f.row().type() == Event.Type.DENY && p.entity() != null
            && !endsInName(c, p.span()) ? null : p.entity();
        if (UNDERGONE.contains(f.row().type()) && entity != null && someonesPost(p.span())) {
          entity = null; // "the dismissal of Ukraine's top prosecutor": a person, not Ukraine
        }
        parts.add(new Event.Participant(Event.Role.TARGET, government(entity, gazetteer),
            p.span()));
      }
    }
    parts.removeIf(p -> p.entity() == null
        && p.span().text().strip().matches("(?i)the|a|an|this|that|these|those"));
    for (Participant p : locations) {
      if (p.entity() == null && AMOUNT.matcher(p.span().text().strip()).matches()) {
        continue; // a number is no place: "warhead deployments from 11,600 to 30,000"
      }
      parts.add(new Event.Participant(Event.Role.LOCATION, p.entity(), p.span()));
    }
    Event.Type type = f.row().type();
    if (type == Event.Type.SUPPORT && !targets.isEmpty() && targets.stream().allMatch(
        p -> p.entity() == null && PROPOSITIONS.contains(lastWord(p.span().text())))) {
      return null; // "evidence to support her statement", "backed the claim": a proposition
    }
    if (type == Event.Type.SUPPORT && pollShare(c, f.first())) {
      return null; // "Support for the Conservatives was unchanged at 40%": an opinion measured
    }
    if (type == Event.Type.ATTACK && verb && diedInADisaster(c, f.last())) {
      type = Event.Type.DISASTER; // "were killed in a car crash in 1972": no attack
    }
    if (type == Event.Type.ATTACK && verb && actors.stream().anyMatch(this::disaster)) {
      type = Event.Type.DISASTER; // "An earthquake struck the coast"
    }
    if (type == Event.Type.ATTACK && c.lemma(f.first()).equalsIgnoreCase("attack")
        && !actors.isEmpty() && actors.stream().allMatch(p -> personal(c, p)
            || party(p.entity(), gazetteer)) && !violent(c)) {
      // "Trump's attacks on the whistleblower", "Republicans attacked Bright": words, not blows
      type = Event.Type.CONDEMN;
    }
    if (type == Event.Type.ATTACK && FIGURATIVE.contains(c.lemma(f.first()))
        && f.first() > 0 && c.word(f.first() - 1).matches(
            "twitter|verbal|rhetorical|personal|partisan|political")) {
      type = Event.Type.CONDEMN; // "partisan swipes and Twitter attacks": words, not blows
    }
    int rule = find(c, f.first() + 1, 8, "rule");
    if (type == Event.Type.ATTACK && FIGURATIVE.contains(c.lemma(f.first())) && rule > 0
        && rule + 2 < c.t.size() && c.word(rule + 1).equals("of") && c.word(rule + 2).equals("law")
        && !violentBesides(c, f.first())) {
      type = Event.Type.CONDEMN; // "an assault on the rule of law": words
    }
    if (type == Event.Type.ATTACK && FIGURATIVE.contains(c.lemma(f.first()))
        && !targets.isEmpty() && !violentBesides(c, f.first())
        && targets.stream().allMatch(p -> p.entity() == null
            && IDEALS.contains(lastWord(p.span().text())))) {
      type = Event.Type.CONDEMN; // "Trump's assault on the truth", "an attack on free speech"
    }
    return new Event("e" + n, type, trigger, parts,
        time(c, f.first(), notOfTheSpeech(times, trigger, attributions)),
        negated(c, f.first()), modality(c, f.first(), verb), holder(trigger, attributions));
  }

  /**
   * Whether the support at token {@code trigger} is a share of a poll: a percentage within ten
   * words of it in its part of the sentence, in a sentence that names a poll or those it asks
   * ("Support for the Conservatives was unchanged at 40%, a poll showed", "70 per cent of
   * Conservative voters … support the two parties agreeing on a pact", "27 percent said they were
   * more likely to support impeachment"; not "stepped in to support the lira after it fell 5%").
   * Public opinion measured is no event.
   */
  private static boolean pollShare(Clause c, int trigger) {
    boolean poll = false;
    for (int k = 0; k < c.t.size(); k++) {
      poll |= POLLED.contains(c.lemma(k).toLowerCase(Locale.ROOT));
    }
    for (int k = Math.max(0, trigger - 10); k < Math.min(c.t.size(), trigger + 11); k++) {
      String w = c.word(k).toLowerCase(Locale.ROOT);
      boolean cent = w.equals("per") && k + 1 < c.t.size() && c.word(k + 1).equalsIgnoreCase("cent");
      if (c.part[k] == c.part[trigger] && k > 0 && c.t.get(k - 1).pos().equals("CD")
          && (w.equals("%") || w.equals("percent") || cent)) {
        int after = cent ? k + 2 : k + 1;
        // a poll, or those it asks, named in the sentence; or the share said so ("26 percent said")
        if (poll || after < c.t.size() && c.word(after).equalsIgnoreCase("said")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words of a poll and of those it asks ("a poll by YouGov", "27% of adults"). */
  private static final Set<String> POLLED = Set.of("poll", "survey", "respondent", "voter",
      "adult", "electorate", "american", "republican", "democrat", "supporter", "member",
      "resident", "citizen", "people");

  /** Nouns for what is said or believed, which evidence "supports" or "backs". */
  private static final Set<String> PROPOSITIONS = Set.of("statement", "statements", "claim",
      "claims", "view", "views", "idea", "ideas", "argument", "arguments", "theory", "theories",
      "allegation", "allegations", "accusation", "accusations", "assertion", "assertions",
      "conclusion", "conclusions", "finding", "findings", "hypothesis", "contention", "account",
      "notion", "narrative", "thesis", "suspicion", "suspicions", "charge", "charges",
      "assessment", "belief", "version");

  private static String lastWord(String phrase) {
    String[] w = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  /**
   * Events only someone does on purpose: a person, a group of people or an institution, not a
   * thing ("the warranty supports", "sanctions met"). Attacks, seizures and disasters are left
   * out: a storm strikes, a missile hits.
   */
  private static final Set<Event.Type> AGENTIVE = java.util.EnumSet.of(Event.Type.ACCUSE,
      Event.Type.AGREE, Event.Type.APPOINT, Event.Type.ARREST, Event.Type.CONDEMN,
      Event.Type.DEMAND, Event.Type.DENY, Event.Type.DEPLOY, Event.Type.DISMISS, Event.Type.MEET,
      Event.Type.PROTEST, Event.Type.SANCTION, Event.Type.SEVER_RELATIONS, Event.Type.SUPPORT,
      Event.Type.THREATEN, Event.Type.TRAIN, Event.Type.ACQUIRE);

  /** Nouns for institutions that act ("the government", "the army", "the company"). */
  private static final Set<String> INSTITUTIONS = Set.of("government", "administration",
      "authorities", "authority", "regime", "junta", "ministry", "department", "agency", "army",
      "military", "forces", "force", "navy", "police", "court", "council", "committee",
      "commission", "parliament", "congress", "senate", "party", "union", "company", "firm",
      "bank", "group", "alliance", "coalition", "state", "country", "nation", "side", "team",
      "club", "board", "office", "embassy", "organisation", "organization", "network",
      "university", "campaign", "opposition", "cabinet", "prosecution", "leadership",
      "delegation", "bloc", "federation", "association", "league", "corporation", "legislature",
      "assembly", "regulator", "watchdog", "manufacturer", "retailer", "carmaker", "insurer", "lender", "school", "hospital", "unit",
      "brigade", "battalion", "militia", "movement", "faction", "community", "family", "media",
      "business", "businesses", "squad", "jury", "academy", "society", "ally", "household");

  /** A number, a share or a sum: "11,600", "about 76 percent", "$20,000". */
  private static final Pattern AMOUNT = Pattern.compile("(?i)(?:near|about|some|nearly)?\\s*"
      + "\\$?\\s*[\\d,.]+(?:\\s+(?:percent|million|billion|trillion))?");

  /** A year or a month of a year: "1974", "late July 1974", "March 3, 2020". */
  private static final Pattern DATE = Pattern.compile("(?i)(?:early|late|mid-?)?\\s*(?:january"
      + "|february|march|april|may|june|july|august|september|october|november|december)?\\s*"
      + "(?:\\d{1,2},?\\s*)?\\d{4}");

  /**
   * Whether a phrase is a time, a date or an amount, which does nothing: "a bad time to be
   * attacking immigrants", "support in late July 1974", "raised more than $20,000 … to help
   * Bevin pay".
   */
  private static boolean timeOrAmount(String phrase) {
    String text = phrase.strip();
    String last = lastWord(text);
    return TIME_UNITS.contains(last.replaceAll("s$", "")) || last.matches("time|moment|period|era")
        || DATE.matcher(text).matches() || AMOUNT.matcher(text).matches();
  }

  /** A part of a whole, whose head is the whole: "most of the participants", "two of them". */
  private static final Pattern PART_OF = Pattern.compile("(?i)(?:the\\s+|a\\s+)?(?:most|many"
      + "|some|all|none|one|two|three|four|five|several|few|each|both|any|half|majority|rest"
      + "|dozens|hundreds|thousands|millions|number|handful|lot|lots|either"
      + "|neither)\\s+of\\s+(.+)");

  /** Whether a participant no entity stands for can act: people, a pronoun, an institution. */
  private boolean agent(Participant p) {
    // the head: the last word before a preposition ("the teacher of politics": teacher)
    String text = p.span().text().strip();
    Matcher partOf = PART_OF.matcher(text);
    if (partOf.matches()) {
      text = partOf.group(1); // "most of the participants": the participants
    }
    String phrase = text.split("\\s+(of|for|in|at|from|with|on)\\s+")[0];
    String[] words = phrase.split("\\s+");
    String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
    if (!last.isEmpty() && Character.isUpperCase(last.charAt(0))
        && !(words.length == 1 && last.matches("\\p{Lu}\\p{Ll}+ing"))) {
      // a name the tagger did not make an entity: "The YPG helped …" (not a gerund opening the
      // sentence: "Voting for impeachment is enough to remove the president")
      return true;
    }
    String head = last.toLowerCase(Locale.ROOT);
    String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
        : head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1)
        : head;
    return head.isEmpty() || animate.contains(head) || animate.contains(singular)
        || INSTITUTIONS.contains(head) || INSTITUTIONS.contains(singular)
        || head.matches("he|she|they|we|i|you|who|him|her|them|us");
  }

  /**
   * Attack nouns whose possessor is who suffered it: "Soleimani's killing", "Khashoggi's murder"
   * (where "Russia's attack" and "Iran's strike" are the attacker's, and so is "Trump's
   * assassination of a senior Iranian official", with its "of").
   */
  private static final Set<String> SUFFERED = Set.of("killing", "assassination", "murder",
      "slaying", "execution", "beheading", "kidnapping", "abduction", "lynching", "stabbing");
  /**
   * Whether {@code span} names a person by a possessor's post: "Ukraine's top prosecutor",
   * "Iran's Supreme Leader" — a possessive, then a head the resolver reads as a person's role
   * ({@link EntityResolver#PERSON_HEADS}, {@link #PEOPLE}, {@link #INDIVIDUALS}).
   */
  private static boolean someonesPost(Span span) {
    String text = span.text().toLowerCase(Locale.ROOT);
    if (!text.matches("(?s).*['’]s\\s.*")) {
      return false;
    }
    String head = text.substring(text.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}-]", "");
    String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
    return EntityResolver.PERSON_HEADS.contains(head)
        || EntityResolver.PERSON_HEADS.contains(singular) || PEOPLE.contains(singular)
        || INDIVIDUALS.contains(singular) || head.equals("prosecutor");
  }

  /** Events a person named before the noun undergoes rather than does. */
  private static final Set<Event.Type> UNDERGONE = Set.of(Event.Type.ATTACK, Event.Type.ARREST,
      Event.Type.SEIZE, Event.Type.DISMISS);

  /**
   * Whether modifier {@code p} is a place's name, other than a country's, right before the
   * trigger: a town or region ("the El Paso shooting", "the Christchurch attacks") is where the
   * event happened, where a country or its adjective ("the Russian invasion") is who did it.
   */
  private static boolean townBefore(Clause c, Participant p, int trigger, Gazetteer gazetteer) {
    if (p.entity() == null) {
      return false;
    }
    Gazetteer.Entry known = gazetteer.entry(p.entity());
    if (known != null ? known.type() != EntityType.LOCATION || known.country() == null
        || known.metonymOf() != null : !p.entity().startsWith("location:")) {
      return false; // a country, a seat of power ("the Tehran regime"), or no place at all
    }
    int last = -1;
    for (int k = 0; k < trigger; k++) {
      Token tok = c.t.get(k);
      if (tok.begin() >= p.span().begin() && tok.end() <= p.span().end()) {
        if (!c.place[k] || c.mention[k] != null && c.mention[k].kind() == Mention.Kind.DEMONYM) {
          return false;
        }
        last = k;
      }
    }
    return last >= 0 && last + 1 < c.t.size() && !c.t.get(last + 1).pos().equals("POS");
  }

  /**
   * The city a capital names before an attack, disaster or protest in its noun phrase ("the
   * Baghdad attack", "Sunday's Paris bombings": where it happened, not the government the
   * capital stands for in "the Tehran regime"), or null. Not a seat of power that is a building
   * ("the White House strike" is the United States'), not with a possessive ("Moscow's strikes"
   * are Russia's), and only after a determiner or possessive: "if Tehran attacks U.S. assets"
   * is a verb the tagger read as a noun.
   */
  private static @Nullable String capitalBefore(Clause c, Participant p, int trigger,
      Event.Type type, Gazetteer gazetteer) {
    if (!type.placed()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (int k = 0; k < trigger; k++) {
      Token tok = c.t.get(k);
      if (tok.begin() >= p.span().begin() && tok.end() <= p.span().end()) {
        if (c.mention[k] == null) {
          return null;
        }
        words.add(tok.word());
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 1 || !DETERMINERS.contains(c.t.get(first - 1).pos())) {
      return null;
    }
    for (int k = last + 1; k < trigger; k++) {
      if (!c.t.get(k).pos().startsWith("NN")) {
        return null; // "Moscow's strikes", or not in the trigger's noun phrase
      }
    }
    Gazetteer.Form f = gazetteer.lookUp(words);
    return f != null && f.entry().type() == EntityType.LOCATION && f.entry().metonymOf() != null
        && !f.entry().roles().contains("seat of power") ? f.entry().id() : null;
  }

  /** Things that hit what a clause about them says they did: "a strike …, which killed". */
  private static final Set<String> HITTERS = Set.of("strike", "airstrike", "attack", "bombing",
      "bomb", "blast", "explosion", "raid", "shelling", "missile", "rocket", "drone", "assault",
      "offensive", "ambush", "barrage", "shooting", "earthquake", "quake", "storm", "hurricane",
      "typhoon", "cyclone", "flood", "fire", "wildfire", "tornado", "tsunami", "eruption",
      "crash", "collision");

  /** Parts of speech that open a noun phrase as a determiner does: "the", "its", "Sunday's". */
  private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS", "CD", "JJ");


  /**
   * Whether the one modifier found is a person's name right before the trigger ("the al-Baghdadi
   * raid", not "the US raid"), a possessive only where {@code possessive} allows ("Marrant's
   * arrest", not "Trump's attack on …").
   */
  private static boolean personBefore(Clause c, List<Participant> mod, int trigger,
      boolean possessive) {
    if (mod.size() != 1) {
      return false;
    }
    Span span = mod.get(0).span();
    int last = -1;
    for (int k = 0; k < trigger; k++) {
      if (c.t.get(k).begin() >= span.begin() && c.t.get(k).end() <= span.end()) {
        if (!c.person[k] && !c.t.get(k).pos().equals("HYPH")) {
          return false;
        }
        last = k;
      }
    }
    return last >= 0 && last + 1 < c.t.size()
        && (possessive || !c.t.get(last + 1).pos().equals("POS"));
  }

  /** Nouns for spans of time. */
  static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week",
      "fortnight", "month", "year", "decade", "century", "weekend", "morning", "afternoon",
      "evening", "night");

  /** Words that stand in a participant's place but name nobody: "had nothing to do with". */
  private static final Set<String> NOBODY = Set.of("nothing", "anything", "something",
      "everything", "nobody", "anybody", "somebody", "everybody", "no one", "anyone", "someone",
      "everyone", "itself", "themselves", "himself", "herself", "oneself", "ourselves",
      "yourself", "yourselves", "myself", "each other", "one another", "it", "this", "that",
      "these", "those", "which", "who", "whom", "what", "none", "all", "both", "others");

  /** Whether {@code p} names nobody: an indefinite, reflexive or relative pronoun. */
  private static boolean nobody(Participant p) {
    return p.entity() == null && NOBODY.contains(p.span().text().strip()
        .toLowerCase(Locale.ROOT));
  }

  /** Weapons and what they fire: what an attack is done with. */
  private static final Set<String> INSTRUMENTS = Set.of("gun", "rifle", "pistol", "handgun",
      "shotgun", "firearm", "weapon", "knife", "bullet", "round", "projectile", "grenade",
      "cocktail", "baton", "spray", "canister", "pellet", "missile", "rocket", "bomb",
      "explosive", "munition", "ammunition", "shell");

  /** Whether the head (last noun) of {@code span} is a weapon or a projectile. */
  private static boolean instrument(Clause c, Span span) {
    int last = c.lastTokenIn(span);
    return last >= 0 && c.t.get(last).pos().startsWith("NN")
        && !c.t.get(last).pos().startsWith("NNP") && INSTRUMENTS.contains(c.lemma(last));
  }

  /** Nouns of what befell someone: "the death of X" is the happening, not X. */
  private static final Set<String> HAPPENINGS = Set.of("death", "killing", "murder", "shooting",
      "slaying", "assassination", "execution", "arrest", "detention", "imprisonment",
      "treatment", "mistreatment", "beating", "torture", "abuse", "persecution", "loss");

  /**
   * {@code p}, or, where it is the "of" of a happening before it ("the death of George Floyd"),
   * the whole phrase with no entity.
   */
  private static Participant happeningOf(Clause c, Participant p) {
    int first = c.tokenAt(p.span().begin());
    if (p.entity() == null || first < 2 || !c.word(first - 1).equals("of")
        || c.chunkOf[first - 2] < 0) {
      return p;
    }
    Chunk before = c.chunks.get(c.chunkOf[first - 2]);
    return HAPPENINGS.contains(c.lemma(before.last()))
        ? new Participant(null, new Span(c.t.get(before.first()).begin(), p.span().end(),
            c.text.substring(c.t.get(before.first()).begin(), p.span().end())))
        : p;
  }

  /** An actor or target named by its capital ("relations with Kiev") is that country. */
  private static @Nullable String government(@Nullable String entity, Gazetteer gazetteer) {
    if (entity == null) {
      return null;
    }
    Gazetteer.Entry e = gazetteer.entry(entity);
    return e != null && e.metonymOf() != null ? e.metonymOf() : entity;
  }

  /**
   * Where the noun at {@code i} is what the clause's subject is under or open to, the word
   * before "under" or "to", whose subject it is; else -1: "came under attack", "placed under
   * arrest", "vulnerable to attack", "open to a legal challenge".
   */
  private static int exposedTo(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && c.t.get(k).pos().matches("DT|JJ.*|VBG")) {
      k--;
    }
    // "came under fire", "has long been under attack", and after a comma the noun before it:
    // "Twitter, already under fire for another tweet"
    int v = k - 1;
    while (v >= 1 && c.t.get(v).pos().startsWith("RB")) {
      v--;
    }
    boolean under = k >= 1 && c.word(k).equals("under") && v >= 1
        && (c.t.get(v).isVerb() || c.word(v).equals(",") && appositive(c, i));
    boolean to = k >= 1 && c.word(k).equals("to") && EXPOSED.contains(c.word(k - 1));
    return under ? v : to ? k - 1 : -1;
  }

  /**
   * Whether the phrase at {@code i} is set off by commas before its clause's verb, as an
   * apposition is ("Twitter, already under fire for a tweet, announced …"), not a phrase closing
   * the clause ("The convoy reached the town, under fire from rebels").
   */
  private static boolean appositive(Clause c, int i) {
    for (int k = i + 1; k + 1 < c.t.size() && k <= i + 20; k++) {
      if (c.word(k).equals(",")) {
        int v = k + 1;
        while (v < c.t.size() && c.t.get(v).pos().startsWith("RB")) {
          v++;
        }
        return v < c.t.size() && c.t.get(v).pos().matches("VBD|VBZ|VBP|MD");
      }
    }
    return false;
  }

  /** Events one can be under or exposed to (not "open to talks", "released under the deal"). */
  private static final Set<Event.Type> HOSTILE = java.util.EnumSet.of(Event.Type.ATTACK,
      Event.Type.CONDEMN, Event.Type.SANCTION, Event.Type.ARREST, Event.Type.SEIZE,
      Event.Type.ACCUSE, Event.Type.THREATEN);

  /** Adjectives of being exposed to something: "vulnerable to attack". */
  private static final Set<String> EXPOSED = Set.of("vulnerable", "susceptible", "exposed",
      "open", "prone", "subject", "immune", "resistant", "liable");

  /** "… and supplied them": a verb coordinated with an earlier one shares its subject. */
  private static boolean coordinated(Clause c, int i) {
    int k = i - 1;
    while (k >= 0 && c.t.get(k).pos().startsWith("RB")) {
      k--;
    }
    return k >= 0 && c.t.get(k).pos().equals("CC");
  }

  /** The trigger stands in a phrase that opens the sentence ("At a meeting in Moscow, …"). */
  private static boolean inOpeningPhrase(Clause c, int i) {
    if (c.t.isEmpty() || !c.t.get(0).pos().equals("IN") || ANSWERED.contains(c.word(0))) {
      return false; // "Since Soleimani's killing, Tehran has …": what Tehran answers
    }
    for (int k = 1; k < i; k++) {
      String w = c.word(k);
      if (c.t.get(k).isVerb() || w.equals(",") || ANSWERED.contains(w) || AFTERMATH.contains(w)
          || RESPONSES.contains(c.lemma(k))) {
        return false; // "In the wake of the murder of …, Trump retweeted": no doing of Trump's
      }
    }
    return true;
  }

  /** Nouns of a time or state that follows a happening: "in the wake of", "in light of". */
  private static final Set<String> AFTERMATH = Set.of("wake", "aftermath", "light", "face",
      "spite", "run-up", "lead-up", "shadow");

  /** A preposition, not a word that opens a clause ("said that the army …"). */
  /** Words that are prepositions before a noun and open a clause before a subject and verb. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until",
      "till", "as", "once");
  /**
   * Verbs whose "after" (or "as") is their own: "go after", "named after", "seen as" (not "came
   * after Cummings attacked", "came as Trump met").
   */
  private static final Set<String> PHRASAL_AFTER = Set.of("go", "look", "run", "chase",
      "name", "take", "seek", "see", "know", "describe", "regard", "such");

  /**
   * Whether only adverbs and auxiliaries stand between the noun phrase ending at {@code last}
   * and verb {@code verb}, so that the phrase is the verb's subject ("Russia illegally
   * annexed", "the president was ousted").
   */
  private static boolean subjectOf(Clause c, int last, int verb) {
    for (int k = last + 1; k < verb; k++) {
      if (!(c.t.get(k).pos().startsWith("RB") || c.t.get(k).pos().equals("MD")
          || c.t.get(k).isVerb() && AUXILIARIES.contains(c.lemma(k)))) {
        return false;
      }
    }
    return last < verb && !c.t.get(verb).pos().equals("VBG");
  }

  private static boolean preposition(Clause c, int k) {
    String pos = c.t.get(k).pos();
    return (pos.equals("IN") || pos.equals("TO")) && !SUBORDINATORS.contains(c.word(k));
  }

  /**
   * The word before participle {@code i}, past adverbs and one comma ("a man credibly accused",
   * "the officials, arrested by the police"): the last word of the noun it may follow.
   */
  private static int beforeParticiple(Clause c, int i) {
    int k = i - 1;
    while (k > 0 && c.t.get(k).pos().equals("RB")) {
      k--;
    }
    return k > 0 && c.word(k).equals(",") ? k - 1 : k;
  }

  /**
   * Whether a past participle ({@code i}, its trigger ending at {@code last}) is passive: "was
   * liberated", "which had been seized", "… by", or right after its noun before a preposition
   * or the end ("five people killed in the attack").
   */
  private static boolean passive(Clause c, int i, int last) {
    int next = last + 1;
    while (next < c.t.size() && (EntityResolver.DAYS.matcher(c.word(next)).matches()
        || MonthNames.isMonth(c.t.get(next)))) {
      next++; // "was arrested and charged Tuesday with murder": a day is no object
    }
    if (i >= 2 && c.word(i - 1).matches("and|or") && !(next < c.t.size() && next == last + 1
        && c.t.get(next).pos().matches("DT|NNPS?|NNS?|PRP|PRP\\$|CD"))) {
      // (not "was evicted last month and stabbed Silas": an object after it, it is active)
      // "have been taken off the market and seized by authorities": as the participle before
      for (int k = i - 2; k >= Math.max(0, i - 8) && !c.word(k).matches("[,;:]"); k--) {
        if (c.t.get(k).pos().equals("VBN")) {
          if (passive(c, k, k)) {
            return true;
          }
          break;
        }
      }
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      String l = c.lemma(k);
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (!c.t.get(k).pos().startsWith("RB")) {
        break;
      }
    }
    // a reduced relative: "the town captured by rebels", "a man accused of assault by two
    // women", "five people killed in the attack", "a man credibly accused of fraud"
    int noun = beforeParticiple(c, i);
    // "the officials, arrested by the police, did not …": set off by commas, with its agent
    boolean setOff = noun + 1 < i && c.word(noun + 1).equals(",");
    int opening = noun >= 0 && c.chunkOf[noun] >= 0 ? c.chunks.get(c.chunkOf[noun]).first() - 1
        : -1;
    boolean clause = opening >= 0 && c.word(opening).matches(
        "as|while|when|because|after|before|since|if|although|though|until|once|whereas");
    for (int k = last + 1; clause && k < c.t.size() && !c.word(k).matches("[,;:.]"); k++) {
      clause = !c.t.get(k).pos().matches("VBD|VBZ|VBP|MD"); // "as workers hired for it left"
    }
    if (noun >= 0 && c.chunkOf[noun] >= 0 && !c.t.get(noun).pos().equals("PRP") && !clause) {
      // (one word: "the spending the law called for" is the law's call; a subordinator opens a
      // clause whose subject the noun is — "as their husbands fought in the war" — unless the
      // clause's verb comes later)
      if (c.t.get(i).pos().equals("VBN") && last == i && !setOff && (last + 1 == c.t.size()
          || c.t.get(last + 1).pos().matches("IN|TO|\\.|:"))) {
        return true;
      }
      for (int k = last + 1; k < Math.min(c.t.size(), last + 7); k++) {
        if (c.word(k).equals("by")) {
          return true;
        }
        if (c.t.get(k).isVerb() || c.word(k).matches("[,;:]")) {
          break;
        }
      }
    }
    return false;
  }

  /** Whether a verb has its own tense (or an auxiliary), so its subject is right before it. */
  private static boolean finite(Clause c, int i) {
    String pos = c.t.get(i).pos();
    if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (c.lemma(k).matches("have|be") && (c.t.get(k).pos().equals("VBG")
          || c.t.get(k).pos().equals("VB") && k > 0 && c.t.get(k - 1).pos().equals("TO"))) {
        // "claimed to have killed", "expects to be received", "denied having attacked": an
        // infinitive or a gerund
        return false;
      }
      if (c.t.get(k).pos().equals("MD") || (AUXILIARIES.contains(c.lemma(k))
          && c.t.get(k).isVerb())) {
        return true;
      }
      if (!c.t.get(k).pos().startsWith("RB")) {
        break;
      }
    }
    return false;
  }

  private static int find(Clause c, int from, int within, String word) {
    for (int k = from; k < Math.min(c.t.size(), from + within); k++) {
      if (c.word(k).equals(word)) {
        return k;
      }
    }
    return -1;
  }

  /** The subject of a clause: the first chunks of the sentence before its first verb. */
  private Subject subject(Clause c) {
    for (int v = 0; v < c.t.size(); v++) {
      String pos = c.t.get(v).pos();
      if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) {
        continue;
      }
      int k = v - 1;
      while (k >= 0 && c.t.get(k).pos().startsWith("RB")) {
        k--;
      }
      if (k >= 0 && c.chunkOf[k] >= 0 && c.isTemporal(c.chunks.get(c.chunkOf[k]))) {
        k = c.chunks.get(c.chunkOf[k]).first() - 1; // "Mali last year broke off"
        while (k >= 0 && c.t.get(k).pos().startsWith("RB")) {
          k--;
        }
      }
      if (k < 0 || c.chunkOf[k] < 0) {
        continue; // "which includes Mali": a relative clause's verb; look further
      }
      Chunk ch = c.chunks.get(c.chunkOf[k]);
      if (c.t.get(ch.first()).pos().equals("PRP") && c.entity[ch.first()] == null) {
        return new Subject(List.of(), false);
      }
      List<Chunk> g = c.group(ch);
      for (int guard = 0; guard < 6; guard++) {
        int before = g.get(0).first() - 1;
        if (before < 1) {
          break;
        }
        if (c.word(before).equals("of") || c.word(before).equals("from")) {
          if (c.chunkOf[before - 1] >= 0) {
            ch = c.chunks.get(c.chunkOf[before - 1]); // "the authorities of Mali and Niger sent"
            g = c.group(ch);
            continue;
          }
          break;
        }
        if (!preposition(c, before)) {
          break;
        }
        // "a group of countries led by military juntas hailed": step over the phrase
        int j = before - 1;
        while (j >= 0 && (c.t.get(j).pos().equals("VBN") || c.t.get(j).pos().equals("VBG")
            || c.t.get(j).pos().startsWith("RB"))) {
          j--;
        }
        if (j < 0 || c.chunkOf[j] < 0) {
          break;
        }
        ch = c.chunks.get(c.chunkOf[j]);
        g = c.group(ch);
      }
      String headTag = c.t.get(ch.last()).pos();
      boolean plural = g.size() > 1 || headTag.equals("NNS") || headTag.equals("NNPS");
      return new Subject(members(c, ch), plural);
    }
    return new Subject(List.of(), false);
  }

  /** The subject of a sentence's main clause, and whether it is plural (for "they", "its"). */
  private record Subject(List<Participant> who, boolean plural) {}

  /**
   * The participants a chunk stands for: each coordinated chunk's entity ("Burkina Faso, Mali and
   * Niger" is three), and "the authorities of Mali and Niger" names Mali and Niger.
   */
  private List<Participant> members(Clause c, Chunk ch) {
    List<Chunk> g = c.group(ch);
    Chunk last = g.get(g.size() - 1);
    // "the authorities of X, Y and Z": a head without an entity, then "of" and the entities
    if (g.size() == 1 && c.head(ch) == null && last.last() + 2 < c.t.size()
        && (c.word(last.last() + 1).equals("of") || (c.word(last.last() + 1).equals("from")
            && PEOPLE.contains(c.lemma(ch.last()))))
        && c.chunkOf[last.last() + 2] >= 0) {
      Chunk of = c.chunks.get(c.chunkOf[last.last() + 2]);
      // … or a quantity of them, which is them: "waves of drones", "dozens of protesters"
      boolean quantity = c.word(last.last() + 1).equals("of")
          && c.t.get(ch.last()).pos().matches("NNS?")
          && QUANTITIES.contains(c.lemma(ch.last()).toLowerCase(Locale.ROOT));
      if (c.head(of) != null || quantity) {
        List<Participant> out = new ArrayList<>();
        for (Chunk m : c.group(of)) {
          out.add(new Participant(c.head(m), c.span(m.first(), m.last())));
        }
        return out;
      }
    }
    List<Participant> out = new ArrayList<>();
    for (Chunk m : g) {
      out.add(new Participant(c.head(m), c.span(m.first(), m.last())));
    }
    return out;
  }

  /**
   * Nouns of a quantity or a wave of things or people, whose "of" names who they are (not "the
   * number of migrants apprehended", a statistic, nor "the Group of 20").
   */
  private static final Set<String> QUANTITIES = Set.of("wave", "dozen", "hundred", "thousand",
      "score", "handful", "swarm", "crowd", "group", "band", "couple", "pair", "batch", "series",
      "string", "volley", "barrage", "column", "convoy", "squad", "mob", "salvo", "round",
      "hail");

  /**
   * Who does it, looking left from the trigger within its clause: the nearest chunk that is not
   * the object of a preposition or a date. {@code nonFinite}: the trigger is a noun, gerund or
   * infinitive, so one verb may stand between it and its subject ("X started training …", "X
   * announced the severing …").
   */
  private List<Participant> left(Clause c, int trigger, boolean nonFinite,
      List<Participant> they) {
    boolean crossed = false;
    int governing = trigger; // the verb the trigger hangs on, once crossed ("moved to annex")
    int i = trigger - 1;
    // the trigger's own chunk ("the severing") is not its participant
    if (c.chunkOf[trigger] >= 0) {
      i = c.chunks.get(c.chunkOf[trigger]).first() - 1;
    }
    // "Sanders spoke after the killing of Soleimani", "vowed revenge over the strike": a noun
    // after these prepositions is a happening the clause answers, not one its subject did
    boolean nominal = c.t.get(trigger).pos().startsWith("NN") || trigger + 1 < c.t.size()
        && c.t.get(trigger).pos().equals("VBG") && c.word(trigger + 1).equals("of");
    if (i >= 0 && nominal && (ANSWERED.contains(c.word(i)) || c.word(i).equals("to") && i > 0
        && RESPONSES.contains(c.lemma(i - 1).toLowerCase(Locale.ROOT))
        || c.word(i).equals("on") && i > 0 && c.t.get(i - 1).pos().matches("NNS?")
        && ABOUT.contains(c.lemma(i - 1).toLowerCase(Locale.ROOT)))) {
      // "Iran's response to Soleimani's killing", "Bush issued a statement on Floyd's killing"
      return List.of();
    }
    if (i >= 1 && nominal && c.word(i).equals("of") && c.chunkOf[i - 1] >= 0) {
      // "there are no reports of flooding", "amid fears of an attack": the noun before "of" is
      // no doer of it — unless a verb takes that noun as its object ("accused Iran of the
      // attack"), which the reading below sees to
      int before = c.chunks.get(c.chunkOf[i - 1]).first() - 1;
      if (before < 0 || !c.t.get(before).isVerb() || AUXILIARIES.contains(c.lemma(before))) {
        return List.of();
      }
    }
    // "accusing Kyiv of supporting …", "blamed Russia for attacking …", "accused Sudan of having
    // attacked …": the object does it
    int gerund = trigger >= 1 && c.t.get(trigger).pos().equals("VBN")
        && c.word(trigger - 1).matches("having|being") ? trigger - 1 : trigger;
    if (gerund >= 2 && c.t.get(gerund).pos().equals("VBG")
        && (c.word(gerund - 1).equals("of") || c.word(gerund - 1).equals("for"))
        && c.chunkOf[gerund - 2] >= 0) {
      Chunk ch = c.chunks.get(c.chunkOf[gerund - 2]);
      if (c.head(ch) != null && ch.first() > 0 && c.t.get(ch.first() - 1).isVerb()) {
        return members(c, ch);
      }
    }
    // ", killing 17 people": the participle takes the subject of the verb before the comma, not
    // that verb's object ("struck the coast of Corvan, killing …" is the earthquake's doing)
    if (nonFinite && trigger >= 2 && c.t.get(trigger).pos().equals("VBG")
        && c.word(trigger - 1).equals(",")) {
      int v = trigger - 2;
      while (v >= 0 && !c.boundary(v) && !(c.t.get(v).isVerb()
          && !c.t.get(v).pos().equals("VBG") && !AUXILIARIES.contains(c.lemma(v)))) {
        v--;
      }
      if (v >= 0 && !c.boundary(v)) {
        i = v - 1;
        crossed = true;
      }
    }
    while (i >= 0) {
      Token tok = c.t.get(i);
      String w = c.word(i);
      if (c.boundary(i)) {
        return List.of();
      }
      if ((tok.pos().equals("WDT") || tok.pos().equals("WP"))
          && (w.equals("which") || w.equals("who") || w.equals("that"))) {
        int a = i - 1;
        if (a >= 0 && c.t.get(a).word().equals(",")) {
          a--;
        }
        if (a >= 0 && c.chunkOf[a] >= 0) {
          Chunk ante = c.chunks.get(c.chunkOf[a]);
          int prep = ante.first() - 1;
          // "an Iranian proxy militia in Iraq that has attacked US forces": the militia, not
          // the place it is in; set off by a comma, the clause is the place's ("Kidal, which
          // was liberated", "troops in Iraq, which has demanded their withdrawal") unless a
          // strike or a quake before it does the clause's verb ("a drone strike in Baghdad,
          // which killed the general")
          if (prep >= 1 && WHERE.contains(c.word(prep)) && c.chunkOf[prep - 1] >= 0
              && isPlace(c, List.of(ante)) && !w.equals("who") && (a == i - 1
                  || !nonFinite && HITTERS.contains(c.lemma(c.chunks.get(c.chunkOf[prep - 1])
                      .last())))) {
            Chunk held = c.chunks.get(c.chunkOf[prep - 1]);
            if (c.isTemporal(held) && held.first() >= 1 && c.chunkOf[held.first() - 1] >= 0) {
              held = c.chunks.get(c.chunkOf[held.first() - 1]); // "a strike last week in Iraq"
            }
            return c.isTemporal(held) ? List.of() : members(c, held);
          }
          if (w.equals("who") && prep >= 1 && c.t.get(prep).pos().equals("IN")
              && isPlace(c, List.of(ante)) && !person(c, ante) && c.chunkOf[prep - 1] >= 0) {
            // "a Guard volunteer from Selm, who spent the night helping neighbours": who is
            // the volunteer, not the place ("Ambassador to Ukraine Marie Yovanovitch, who was
            // fired": the person the place's name runs into)
            return members(c, c.chunks.get(c.chunkOf[prep - 1]));
          }
          if (c.isTemporal(ante)) {
            // "a U.S. drone strike last week that killed Soleimani": the strike, not the week;
            // "the drone strike in Baghdad last week that killed": nor the place it was in
            if (ante.first() < 1 || c.chunkOf[ante.first() - 1] < 0) {
              return List.of();
            }
            Chunk before = c.chunks.get(c.chunkOf[ante.first() - 1]);
            int at = before.first() - 1;
            if (at >= 1 && WHERE.contains(c.word(at)) && c.chunkOf[at - 1] >= 0
                && isPlace(c, List.of(before))) {
              before = c.chunks.get(c.chunkOf[at - 1]);
            }
            return c.isTemporal(before) ? List.of() : members(c, before);
          }
          return members(c, ante);
        }
        return List.of();
      }
      if (w.equals("that") && tok.pos().equals("IN")) {
        return List.of();
      }
      if (tok.isVerb() || tok.pos().equals("MD")) {
        if (AUXILIARIES.contains(c.lemma(i)) || tok.pos().equals("MD")) {
          i--;
          continue;
        }
        // a gerund or infinitive takes the subject of the verb it hangs on ("began training");
        // a noun only that of a verb that does the event ("held talks", not "sabotaged talks")
        boolean noun = c.t.get(trigger).pos().startsWith("NN");
        if (nonFinite && !crossed && (!noun || LIGHT_VERBS.contains(c.lemma(i))
            && !(c.lemma(i).equals("call") && named(c, trigger)))) {
          crossed = true;
          governing = i;
          i--;
          continue;
        }
        return List.of();
      }
      if (c.chunkOf[i] >= 0) {
        Chunk ch = c.chunks.get(c.chunkOf[i]);
        List<Chunk> g = c.group(ch);
        Chunk first = g.get(0);
        int before = first.first() - 1;
        // "after they captured him": a subject pronoun is no preposition's object; "after" opens
        // a clause whose subject it is ("it" and "you" before a finite verb too)
        boolean nominative = ch.first() == ch.last() && c.t.get(ch.first()).pos().equals("PRP")
            && (NOMINATIVE.contains(c.word(ch.first()).toLowerCase(Locale.ROOT))
                || c.word(ch.first()).toLowerCase(Locale.ROOT).matches("it|you")
                && ch.last() + 1 < c.t.size()
                && c.t.get(ch.last() + 1).pos().matches("VBD|VBZ|VBP|MD"));
        // "shortly after Russia illegally annexed Crimea": "after" opens a clause whose subject
        // the name is when the trigger verb follows it, past adverbs and auxiliaries
        // (not a verb's own "after": "to go after their opponents should be removed")
        nominative |= before >= 0
            && CLAUSE_OPENERS.contains(c.word(before).toLowerCase(Locale.ROOT))
            && !(before > 0 && PHRASAL_AFTER.contains(c.lemma(before - 1).toLowerCase(Locale.ROOT)))
            && c.t.get(governing).isVerb()
            && subjectOf(c, g.get(g.size() - 1).last(), governing);
        boolean objectOfPrep = before >= 0 && preposition(c, before) && !nominative;
        boolean objectOfVerb = before >= 0 && c.t.get(before).isVerb() && nonFinite
            && !AUXILIARIES.contains(c.lemma(before)) && !nominative;
        // "Some of the terrorists were trained": the quantified chunk
        if (objectOfPrep && c.word(before).equals("of") && before >= 1
            && c.chunkOf[before - 1] < 0 && (c.t.get(before - 1).pos().equals("DT")
                || c.t.get(before - 1).pos().equals("CD") || c.t.get(before - 1).pos().equals("JJ"))) {
          return members(c, first);
        }
        if (objectOfPrep && c.word(before).equals("with") && nonFinite
            && g.get(g.size() - 1).last() == trigger - 1 && !c.isTemporal(ch)) {
          return members(c, ch); // "with Maas blasted by MPs": the participle's own subject
        }
        if (objectOfVerb && !crossed && completes(c, g.get(g.size() - 1), trigger)) {
          // "defended the decision to kill Orvan": the decision's maker did it, and that is
          // its possessor ("Veltrak's decision to kill"), or the subject of a verb that makes
          // or holds it ("made the decision", "was developing plans"; "his decision": the
          // subject's, mostly) — not of one that judges or reports it
          Participant maker = possessor(c, g);
          if (maker != null) {
            return List.of(maker);
          }
          if (judges(c.lemma(before)) && !possessivePronoun(c, g)) {
            return List.of();
          }
        }
        if (c.isTemporal(ch) || objectOfPrep || objectOfVerb) {
          // "the authorities of Mali and Niger sent": the head before "of" is the subject
          if (objectOfPrep && c.word(before).equals("of") && before - 1 >= 0
              && c.chunkOf[before - 1] >= 0 && c.head(c.chunks.get(c.chunkOf[before - 1])) == null
              && c.head(first) != null) {
            List<Participant> out = new ArrayList<>();
            for (Chunk m : g) {
              out.add(new Participant(c.head(m), c.span(m.first(), m.last())));
            }
            return out;
          }
          i = before - (objectOfPrep ? 1 : 0);
          continue;
        }
        if (ch.first() == ch.last() && c.t.get(ch.first()).pos().equals("PRP")
            && c.entity[ch.first()] == null) {
          String p = c.word(ch.first());
          if (p.equals("they") || p.equals("we")) {
            return they;
          }
          return List.of();
        }
        Chunk named = appositionOf(c, g);
        return members(c, named != null ? named : ch);
      }
      i--;
    }
    return List.of();
  }

  /**
   * The name that the group {@code g} describes between commas, or null: "Williams, an
   * OB-GYN, was appointed" — Williams was.
   */
  private static @Nullable Chunk appositionOf(Clause c, List<Chunk> g) {
    int comma = g.get(0).first() - 1;
    int after = g.get(g.size() - 1).last() + 1;
    if (comma < 1 || !c.word(comma).equals(",") || after >= c.t.size()
        || !c.word(after).equals(",") || c.chunkOf[comma - 1] < 0) {
      return null;
    }
    Chunk name = c.chunks.get(c.chunkOf[comma - 1]);
    // not an opening phrase's place: "In Tehran, students, meanwhile, protested"
    boolean object = name.first() > 0 && preposition(c, name.first() - 1);
    return name.last() == comma - 1 && c.head(name) != null && c.head(g.get(0)) == null
        && !object ? name : null;
  }

  /**
   * Whether a verb's subject speaks of or judges its object rather than makes it: a speech cue
   * ({@link Cues#VERBS}) that is no light verb and no promise or wish, or a verb of {@link
   * #JUDGING}.
   */
  private static boolean judges(String lemma) {
    return JUDGING.contains(lemma) || Cues.VERBS.containsKey(lemma)
        && !LIGHT_VERBS.contains(lemma) && !MAKING.contains(lemma);
  }

  /** Whether the chunk's head is a noun the infinitive of the verb trigger completes. */
  private static boolean completes(Clause c, Chunk ch, int trigger) {
    int to = ch.last() + 1;
    return to < trigger && trigger <= to + 2 && c.word(to).equals("to")
        && c.t.get(trigger).isVerb()
        && INFINITIVE_NOUNS.contains(c.lemma(ch.last()));
  }

  /** The entity of a name's possessive in the group ("Veltrak's decision"), or null. */
  private static Participant possessor(Clause c, List<Chunk> g) {
    int from = g.get(0).first();
    for (int k = from + 1; k <= g.get(g.size() - 1).last(); k++) {
      if (c.t.get(k).pos().equals("POS") && c.entity[k - 1] != null) {
        int first = k - 1;
        while (first > from && c.entity[first - 1] != null
            && c.entity[first - 1].equals(c.entity[k - 1])) {
          first--;
        }
        return new Participant(c.entity[k - 1], c.span(first, k - 1));
      }
    }
    return null;
  }

  private static boolean possessivePronoun(Clause c, List<Chunk> g) {
    for (int k = g.get(0).first(); k <= g.get(g.size() - 1).last(); k++) {
      if (c.t.get(k).pos().equals("PRP$")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the noun phrase of the noun trigger at {@code trigger} names a happening already
   * known ("the strike", "Soleimani's killing", "this attack"): "called the strike against
   * Soleimani an act of terrorism" labels it, where "called a strike" or "called talks" holds one.
   */
  private static boolean named(Clause c, int trigger) {
    int first = c.chunkOf[trigger] >= 0 ? c.chunks.get(c.chunkOf[trigger]).first() : trigger;
    for (int k = first; k < trigger; k++) {
      String pos = c.t.get(k).pos();
      if (pos.equals("POS") || pos.equals("PRP$") || DEMONSTRATIVES.contains(c.word(k))) {
        return true;
      }
    }
    return false;
  }

  /** An entity inside the trigger's noun phrase before it: "Russia's invasion", "US sanctions". */
  private static List<Participant> modifier(Clause c, int trigger, List<Participant> they,
      List<Participant> it) {
    if (c.chunkOf[trigger] < 0) {
      return List.of();
    }
    Chunk ch = c.chunks.get(c.chunkOf[trigger]);
    for (int i = trigger - 1; i >= ch.first(); i--) {
      String w = c.word(i);
      if (c.t.get(i).pos().equals("PRP$") && c.entity[i] == null) {
        // "its invasion", "their support": the clause's subject
        return w.equals("its") ? it : w.equals("their") ? they : List.of();
      }
      if (c.entity[i] != null) {
        int first = i;
        while (first > ch.first() && c.entity[first - 1] != null
            && c.entity[first - 1].equals(c.entity[i])) {
          first--;
        }
        int last = i;
        while (last + 1 < trigger && (c.t.get(last + 1).pos().startsWith("NN")
            || c.t.get(last + 1).pos().equals("POS"))) {
          last++;
        }
        if (last > first && c.t.get(last).pos().equals("POS")) {
          last--;
        }
        return List.of(new Participant(c.entity[i], c.span(first, last)));
      }
    }
    return List.of();
  }

  /** Targets and locations, looking right from the trigger within its clause. */
  private void right(Clause c, Found f, List<Participant> targets, List<Participant> locations,
      List<Participant> actors) {
    String prep = null;
    boolean comma = false;
    boolean topic = false; // after "talks on …": its "of …" is the topic too
    boolean described = false; // past ", held": where, not whom
    int i = f.last() + 1;
    if (c.chunkOf[f.last()] >= 0) {
      i = Math.max(i, c.chunks.get(c.chunkOf[f.last()]).last() + 1);
    }
    int limit = Math.min(c.t.size(), f.last() + 14);
    while (i < limit) {
      Token tok = c.t.get(i);
      String w = c.word(i);
      if (w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("``")
          || w.equals("''")) {
        i++;
        continue;
      }
      if (c.boundary(i) || w.equals("which") || w.equals("who") || w.equals("that")
          || w.equals("while") || w.equals("after") || w.equals("before") || w.equals("when")
          || w.equals("because") || w.equals("but") || w.equals("amid") || w.equals("despite")) {
        return;
      }
      if (tok.isVerb() && !(tok.pos().equals("VBG") && prep != null)) {
        if (!targets.isEmpty() || !tok.pos().equals("VBN")) {
          return;
        }
      }
      if (tok.pos().equals("CC") && i + 1 < c.t.size() && c.chunkOf[i + 1] >= 0) {
        List<Chunk> g = c.group(c.chunks.get(c.chunkOf[i + 1]));
        int after = g.get(g.size() - 1).last() + 1;
        if (NOMINATIVE.contains(c.word(i + 1).toLowerCase(Locale.ROOT)) || after < c.t.size()
            && c.t.get(after).pos().matches("VBD|VBZ|VBP|MD")) {
          return; // "the Russians helped and I don't believe …": the next clause's subject
        }
      }
      if (tok.pos().equals("IN") || tok.pos().equals("TO")) {
        prep = w;
        i++;
        continue;
      }
      if (w.equals(",") && (!targets.isEmpty() || !locations.isEmpty() || !f.row().verb())
          && !(!f.row().verb() && targets.isEmpty() && locations.isEmpty() && i + 1 < c.t.size()
              && c.t.get(i + 1).pos().equals("VBN"))) {
        // a noun's comma opens the next item of a list or an apposition, not its target — not
        // a participle that describes the noun ("Talks on water sharing, held in Port Sevin"),
        // after which only a place is the noun's
        return;
      }
      described |= w.equals(",") && !f.row().verb();
      comma |= w.equals(",");
      if (c.chunkOf[i] >= 0) {
        Chunk ch = c.chunks.get(c.chunkOf[i]);
        List<Chunk> g = c.group(ch);
        int next = g.get(g.size() - 1).last() + 1;
        if (comma && next < c.t.size() && (c.t.get(next).pos().matches("VBD|VBZ|VBP|MD"))) {
          return; // "offered assistance, Marrant said": a new clause's subject
        }
        // the word a trigger requires is part of the event ("severed diplomatic relations"), but
        // a post is its holder's ("dismissed its manager": the manager is the target)
        boolean required = false;
        for (int k = ch.first(); k <= ch.last() && !requiresAPost(f.row()); k++) {
          required |= f.row().requires().contains(c.lemma(k))
              || f.row().requires().contains(c.word(k));
        }
        topic &= prep != null && prep.equals("of");
        if (topic) {
          // "on condition of anonymity", "on a basis of equality": still what it is about
        } else if (c.isTemporal(ch) || (prep != null && prep.equals("by") && !actors.isEmpty())) {
          // a date, or the agent of a passive already taken
        } else if (prep != null && (LOCATION_PREPS.contains(prep) || prep.equals("on")
            && f.row().type() == Event.Type.DISASTER) && isPlace(c, g)) {
          // "the explosion on the river Lenne": where a disaster struck (an attack on a town
          // is aimed at it)
          if (locations.isEmpty()) {
            // the places of the group only: "after the explosion at the Harven Dam, the only
            // thing both capitals agree on" is no list of places
            List<Participant> places = members(c, ch);
            String between = places.size() < 2 ? "" : c.text.substring(
                places.get(0).span().end(), places.get(places.size() - 1).span().begin());
            boolean list = between.matches("(?s).*\\b(?:and|or)\\b.*");
            int keep = beforeTheNextSubject(c, places, next);
            for (int m = 0; m < keep; m++) {
              Participant p = places.get(m);
              // (a place after the first: not "in Charlottesville, Virginia, and the
              // president's open antagonism")
              if (m == 0 || list && (isPlace(c, p.span())
                  || p.entity() != null && !namesAPerson(c, p.span()))) {
                locations.add(p);
              }
            }
          }
        } else if (required) {
          // "severed diplomatic relations with X": the relations are part of the event
        } else if (prep != null && prep.equals("between")
            && (f.row().type() == Event.Type.MEET || f.row().type() == Event.Type.AGREE)) {
          if (actors.isEmpty()) {
            actors.addAll(members(c, ch));
          }
        } else if (prep != null && TOPIC_PREPS.contains(prep)
            && (f.row().type() == Event.Type.MEET || f.row().type() == Event.Type.AGREE)
            && !(prep.equals("over") && c.t.get(ch.first()).pos().equals("CD"))) {
          // "talks on sharing the river's water", "a deal over tariffs": what, not with whom
          topic = true;
        } else if (prep != null && (prep.equals("from") && GIVEN_FROM.contains(f.row().type())
                || prep.equals("of")
                && f.row().type() == Event.Type.SUPPORT && c.word(f.first()).equals("support")
                && ch.first() == f.last() + 2 && !(f.first() > 0
                    && c.word(f.first() - 1).equals("in")))
            && !f.row().verb() && actors.isEmpty()
            && c.word(ch.first() - 1).equals(prep) && ch.first() <= f.last() + 7
            && !startsAtATime(c, ch)
            && members(c, ch).stream().allMatch(p -> p.entity() != null || agent(p))) {
          // "support from both parties", "threats from Tehran", "won the support of all
          // parties" (not "in support of the bill"): who gives or makes them
          actors.addAll(members(c, ch));
          if (next + 1 < c.t.size() && c.word(next).equals("of") && c.chunkOf[next + 1] >= 0) {
            next = c.chunks.get(c.chunkOf[next + 1]).last() + 1; // "from both sides of the aisle"
          }
        } else if (targets.isEmpty() && !described
            && (prep == null && (f.row().verb() || c.t.get(f.last()).pos().startsWith("VB")
                    || possessed(c, ch.first()))
                || prep != null && TARGET_PREPS.contains(prep)
                    && !(prep.equals("for") && FOR_A_REASON.contains(f.row().type()))
                    // "the Kurdish forces that fought with the U.S. against the Islamic State":
                    // with an ally, against a foe
                    && !(prep.equals("with") && c.lemma(f.first()).equals("fight")
                        && find(c, next, 2, "against") >= 0)
                    && !(prep.equals("of") && f.row().type() == Event.Type.ACCUSE))
            && !(prep != null && prep.equals("to") && f.row().type() == Event.Type.DEPLOY)) {
          List<Participant> objects = members(c, ch);
          targets.addAll(objects.subList(0, beforeTheNextSubject(c, objects, next)));
        } else if (prep != null && prep.equals("to") && f.row().type() == Event.Type.DEPLOY
            && locations.isEmpty()) {
          locations.addAll(members(c, ch));
        }
        prep = null;
        i = next;
        continue;
      }
      i++;
    }
  }

  /** Whether a word of {@code span} is tagged or resolved as a person. */
  private static boolean namesAPerson(Clause c, Span span) {
    for (int k = 0; k < c.t.size(); k++) {
      if (c.person[k] && span.begin() <= c.t.get(k).begin() && c.t.get(k).end() <= span.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Events whose "from" names who gives or makes them ("support from both parties", "threats
   * from Tehran"), not a source or a loser ("a purchase from the US", "resignation from
   * office", "the recapture of Kherson from Russian forces").
   */
  private static final Set<Event.Type> GIVEN_FROM = java.util.EnumSet.of(Event.Type.SUPPORT,
      Event.Type.CONDEMN, Event.Type.THREATEN, Event.Type.DEMAND, Event.Type.SANCTION,
      Event.Type.ATTACK, Event.Type.ACCUSE, Event.Type.PROTEST);

  /** Whether a chunk's first noun is a time: "from the moment Mr. Trump took office". */
  private static boolean startsAtATime(Clause c, Chunk ch) {
    for (int k = ch.first(); k <= ch.last(); k++) {
      if (c.t.get(k).pos().startsWith("NN")) {
        return TIME_UNITS.contains(c.lemma(k))
            || c.lemma(k).matches("moment|outset|start|beginning|time|day|night");
      }
    }
    return false;
  }

  /**
   * How many of a group's {@code members} are the object before it, when word {@code next} after
   * the group may be a finite verb whose subject its last members are — the last, and those
   * joined to it by a bare "and": "After the explosion at the dam, Ostmark and Valdoria traded
   * accusations", "a blackout struck Manhattan and the mayor was campaigning in Iowa" ("a rally
   * in Greenville, North Carolina, and the crowd responded" keeps North Carolina). At least one.
   */
  private static int beforeTheNextSubject(Clause c, List<Participant> members, int next) {
    int keep = members.size();
    if (next < c.t.size() && c.t.get(next).pos().matches("VBD|VBZ|VBP|MD")) {
      keep--;
      while (keep > 1 && c.text.substring(members.get(keep - 1).span().end(),
          members.get(keep).span().begin()).matches("\\s+(?:and|or)\\s+")) {
        keep--;
      }
    }
    return Math.max(1, keep);
  }

  /**
   * Whether the chunk at {@code first} is what a possessive before it owns, modifiers between:
   * "between Russia and the African countries' newly created confederation" (a plural's
   * apostrophe is tagged as a quotation mark).
   */
  private static boolean possessed(Clause c, int first) {
    int k = first - 1;
    while (k > 0 && c.t.get(k).pos().matches("RB|VBN|JJ")) {
      k--;
    }
    return k > 0 && (c.t.get(k).pos().equals("POS")
        || c.word(k).matches("['’]") && c.t.get(k - 1).pos().equals("NNS"));
  }

  /** Prepositions that set an event before or after another: "since the 1979 seizure". */
  private static final Set<String> ORDERING = Set.of("since", "after", "following", "before",
      "until", "till", "preceding");

  /**
   * Whether "from" and a place follow the trigger ending at token {@code last} within ten words
   * ("oust the militants from the border area", "removed the fighters from Kobani"): those
   * driven from a place are not dismissed from a post ("ousted from power", "from office" are).
   */
  private static boolean fromAPlace(Clause c, int last) {
    for (int k = last + 1; k < c.t.size() && k <= last + 10; k++) {
      if (c.word(k).equalsIgnoreCase("from")) {
        for (int j = k + 1; j < c.t.size() && j <= k + 4; j++) {
          if (c.place[j] || c.t.get(j).pos().startsWith("NN")
              && PLACE_NOUNS.contains(c.lemma(j).toLowerCase(Locale.ROOT))) {
            return true;
          }
          if (c.t.get(j).isVerb() || c.word(j).matches("[,;.]")) {
            break;
          }
        }
        return false;
      }
      if (c.t.get(k).isVerb() || c.word(k).matches("[,;.]")) {
        return false;
      }
    }
    return false;
  }

  /** Nouns of a place: "near the border village of Velka", "at a checkpoint". */
  private static final Set<String> PLACE_NOUNS = Set.of("village", "town", "city", "border",
      "area", "region", "province", "district", "capital", "port", "harbour", "harbor", "base",
      "camp", "checkpoint", "crossing", "outskirts", "suburb", "square", "street", "road",
      "highway", "airport", "station", "frontier", "valley", "coast", "island", "county",
      "neighbourhood", "neighborhood", "compound", "site");

  /** Whether the last word of {@code span} is part of a name: "Ostmark", not "Ostmark aid". */
  private static boolean endsInName(Clause c, Span span) {
    int k = c.lastTokenIn(span);
    return k >= 0 && c.entity[k] != null && !c.t.get(k).pos().equals("POS");
  }

  /** Whether {@code span} holds a place name or ends in a place noun ("the border villages"). */
  private static boolean isPlace(Clause c, Span span) {
    int last = c.lastTokenIn(span);
    for (int k = last; k >= 0 && c.t.get(k).begin() >= span.begin(); k--) {
      if (c.place[k]) {
        return true;
      }
    }
    return last >= 0 && PLACE_NOUNS.contains(c.lemma(last).toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a chunk's head, its rightmost name, is a person's. */
  private static boolean person(Clause c, Chunk ch) {
    for (int k = ch.last(); k >= ch.first(); k--) {
      if (c.entity[k] != null) {
        return c.person[k] && !c.place[k]; // the tagger's "person" the resolver made a place is one
      }
    }
    return false;
  }

  /** Whether a chunk group names a place: a place name in it, or a place noun as a head. */
  private static boolean isPlace(Clause c, List<Chunk> group) {
    for (Chunk ch : group) {
      for (int k = ch.first(); k <= ch.last(); k++) {
        if (c.place[k]) {
          return true;
        }
      }
      if (PLACE_NOUNS.contains(c.lemma(ch.last()).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date nearest the trigger at token {@code trigger} in its part of the sentence; null when
   * that part gives none. The parts: a relative clause set off by commas ("Mr. Trump, who
   * approved the strike on Gen. Soleimani, also OK'd the raid in November": the strike is not of
   * November; "The Republican, who faces an election in November, had vowed to respond to the
   * killing": nor the killing) and what a ", but" or a semicolon begins. A time after "until" or
   * "since" bounds a span of time and dates nothing ("if the attacks continued until Election
   * Day").
   */
  private static @Nullable TimeExpression time(Clause c, int trigger,
      List<TimeExpression> times) {
    int[] part = c.part;
    TimeExpression described = relativeTime(c, trigger, part, times);
    if (described != null) {
      return described;
    }
    Span word = c.span(trigger, trigger);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression x : times) {
      if (!(x.type().equals("DATE") || x.type().equals("TIME"))
          || !x.resolved() && x.value() != null && x.value().matches("OFFSET P\\S*")) {
        continue; // "hours later" with nothing to count from ("OFFSET PT1H") dates nothing
      }
      int at = c.tokenAt(x.begin());
      if (at < 0 || part[at] != part[trigger]) {
        continue;
      }
      if (postedOn(c, at)) {
        continue; // "— Donald J. Trump (@realDonaldTrump) January 4, 2020": when it was posted
      }
      if (trigger < at && (premodifies(c, x, at) || orderedBetween(c, trigger, at))) {
        continue; // "killed 600 soldiers following the 2003 invasion": the invasion's year
      }
      int d = x.end() <= word.begin() ? word.begin() - x.end()
          : x.begin() >= word.end() ? x.begin() - word.end() : 0;
      if (d < bestDistance) {
        bestDistance = d;
        // the nearest time a bound ("three crashes since 2016 … on Sunday night"): no date
        best = at > 0 && c.word(at - 1).matches("until|till|since") ? null : x;
      }
    }
    if (best == null && bestDistance == Integer.MAX_VALUE) {
      return antecedentTime(c, trigger, part, times);
    }
    return best;
  }

  /**
   * The times that can date the event of trigger {@code f}: not one that another event's noun
   * holds — right after it ("an attack Tuesday against the U.S. Embassy", "the killing Friday
   * of") or opening its noun phrase ("the 2015 nuclear deal", "Friday's cowardly
   * assassinations", "the Jan. 3 U.S. strike") — when {@code f} is told before that noun ("the
   * strike on Soleimani, …, including an attack Tuesday": the strike is not Tuesday's; "in the
   * wake of Soleimani's killing … the 2015 nuclear deal"), or after it past "since" ("its most
   * direct assault since the 1979 seizure of the U.S. Embassy, firing missiles"). Told after it
   * otherwise, the event may be the noun's own or its outcome ("the Jan. 3 U.S. strike that
   * killed Soleimani", "a Dec. 29 missile strike on the militia, killing 25"), and keeps it.
   */
  private static List<TimeExpression> notAnothers(Clause c, Found f, List<Found> found,
      List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    out.removeIf(x -> {
      int first = c.tokenAt(x.begin());
      if (first < 0) {
        return false;
      }
      int last = first;
      while (last + 1 < c.t.size() && c.t.get(last + 1).end() <= x.end()) {
        last++;
      }
      for (Found g : found) {
        if (g == f || g.row().verb() || !c.t.get(g.first()).pos().startsWith("NN")) {
          continue;
        }
        boolean after = first == g.last() + 1 && !objectOf(c, f, g);
        boolean opening = opens(c, first, last, g.first());
        if (!after && !opening) {
          continue;
        }
        if (f.first() < g.first() && !means(c, f, g)) {
          return true;
        }
        // "since the 1979 seizure", "since Friday's attack"
        if (opening && f.first() > g.last() && (first >= 2
            && c.word(first - 2).equalsIgnoreCase("since") || c.word(first - 1)
                .equalsIgnoreCase("since"))) {
          return true;
        }
      }
      return false;
    });
    return out;
  }

  /**
   * Whether the noun of event {@code g} is the object of verb {@code f}, only a determiner,
   * possessive, adjectives and nouns between: "Iraq's parliament condemned the strike Sunday" —
   * news puts the verb's day after its object, so the day is the condemnation's.
   */
  private static boolean objectOf(Clause c, Found f, Found g) {
    if (!f.row().verb() || g.first() <= f.last() || g.first() - f.last() > 4) {
      return false;
    }
    for (int k = f.last() + 1; k < g.first(); k++) {
      if (!c.t.get(k).pos().matches("DT|PRP\\$|POS|JJ.*|NN.*|CD|HYPH")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the noun of event {@code g} names how {@code f}, of the same type and told before it,
   * was done or where it came about — the object of "in", "by", "with" or "through", no comma
   * or relative pronoun between: "killed Saad in a 2009 air strike", "the assassination of
   * General Soleimani in a U.S. drone strike last week", "the killing by drone strike", "Two
   * women were killed and a child was wounded in a shooting Monday morning".
   */
  private static boolean means(Clause c, Found f, Found g) {
    if (f.row().type() != g.row().type()) {
      return false;
    }
    int preposition = -1;
    for (int k = f.last() + 1; k < g.first(); k++) {
      String w = c.word(k).toLowerCase(Locale.ROOT);
      if (w.matches("[,;:]|which|that|who")) {
        return false;
      }
      if (w.matches("in|by|with|through")) {
        preposition = k;
      }
    }
    if (preposition < 0 || g.first() - preposition > 5) {
      return false;
    }
    // after the preposition, the few words of the noun's own phrase, whatever the tagger made
    // of them ("a U.S. drone strike": "drone" may be read as a verb) — but no other preposition
    // ("in retaliation for the 2020 strike": the strike is what is answered, not the means)
    for (int k = preposition + 1; k < g.first(); k++) {
      if (c.t.get(k).pos().matches("IN|TO|WDT|WP|[.,:]")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the time at tokens {@code first..last} opens the noun phrase whose head is at {@code
   * noun}: a determiner or possessive before it, or its own possessive after it, and only nouns
   * and adjectives between ("the 1979 seizure", "Friday's cowardly assassinations").
   */
  private static boolean opens(Clause c, int first, int last, int noun) {
    if (noun <= last || first < 1) {
      return false;
    }
    int k = last + 1;
    boolean possessive = c.t.get(k).pos().equals("POS");
    if (!possessive && !c.t.get(first - 1).pos().matches("DT|PRP\\$|POS")) {
      return false;
    }
    if (possessive) {
      k++;
    }
    for (; k < noun; k++) {
      if (!c.t.get(k).pos().matches("NNP?S?|JJ.*|HYPH|CD|VBN") || c.temporal[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the time at token {@code at} is an embedded post's date, right after the author's
   * handle: "— Donald J. Trump (@realDonaldTrump) January 4, 2020" dates the tweet, not what it
   * tells.
   */
  private static boolean postedOn(Clause c, int at) {
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      if (c.t.get(k).word().startsWith("@") && c.t.get(k).word().length() > 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "since" and a happening stand between the trigger and a later time: "the most lethal
   * attack since Timothy McVeigh's bombing of the Murrah building in 1995" — the time is of what
   * the attack is measured against, not of the attack. ("Since 2016" right before the time is a
   * bound, which dates nothing either; "a week before the vote in 2016", "minutes after takeoff
   * early Wednesday" still date the event near enough, so only "since" counts.)
   */
  private static boolean orderedBetween(Clause c, int trigger, int at) {
    for (int k = trigger + 1; k < at - 1; k++) {
      if (c.word(k).equals("since") && c.t.get(k).pos().equals("IN")) {
        for (int j = k + 1; j < at; j++) {
          if (c.t.get(j).pos().startsWith("NN") && !c.temporal[j]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether time {@code x} (its first token at {@code at}) opens a noun phrase after a
   * preposition of time order and a determiner ("following the 2003 invasion", "since the 1979
   * seizure", "after the October debate"): that phrase names another happening, earlier or
   * later, so the time dates no event told before the preposition ("responsible for killing 600
   * service members in Iraq following the 2003 invasion": the killing is not of 2003). Events
   * told inside or after the phrase may still be the phrase's own ("after a Dec. 29 missile
   * strike on the militia, killing 25"; "after the 2003 invasion that ousted Saddam Hussein"), so
   * they keep it.
   */
  private static boolean premodifies(Clause c, TimeExpression x, int at) {
    if (at < 2 || !c.t.get(at - 1).pos().matches("DT|PRP\\$")
        || !ORDERING.contains(c.word(at - 2))) {
      return false;
    }
    int after = at;
    while (after < c.t.size() && c.t.get(after).begin() < x.end()) {
      after++;
    }
    int k = after;
    while (k < c.t.size() && c.t.get(k).pos().matches("NN.*|JJ.*|HYPH|VBN|VBG")) {
      k++;
    }
    return k > after && c.t.get(k - 1).pos().startsWith("NN");
  }

  /**
   * "claimed on Tuesday that Ostmark had carried out the blast, which damaged the building late
   * on Monday": a noun that a relative clause set off by commas describes right after it takes
   * the date that clause gives (the clause tells the event the noun names), before any date in
   * its own part of the sentence; null when the noun has no such clause or it gives no date.
   */
  private static @Nullable TimeExpression relativeTime(Clause c, int trigger, int[] part,
      List<TimeExpression> times) {
    int comma = trigger + 1;
    if (!c.t.get(trigger).pos().startsWith("NN") || comma + 1 >= c.t.size()
        || !c.word(comma).equals(",") || !c.word(comma + 1).equalsIgnoreCase("which")
        || part[comma + 1] == part[trigger]) {
      return null;
    }
    int verb = comma + 2;
    while (verb < c.t.size() && c.t.get(verb).pos().startsWith("RB")) {
      verb++;
    }
    if (verb >= c.t.size() || !c.t.get(verb).pos().equals("VBD")
        || AUXILIARIES.contains(c.lemma(verb))) {
      // "which" the subject of an active verb in the past: "which damaged …", not "which NATO
      // condemned on Tuesday", "which was reported on Monday", "which expires in 2030"
      return null;
    }
    TimeExpression best = null;
    for (TimeExpression x : times) {
      if (!(x.type().equals("DATE") || x.type().equals("TIME"))
          || x.begin() < c.t.get(comma + 1).end()) {
        continue;
      }
      int at = c.tokenAt(x.begin()); // after "which": x begins past it
      if (at >= 0 && part[at] == part[comma + 1] && (best == null || x.begin() < best.begin())
          && oneVerb(c, comma + 2, at) && !ordered(c, comma + 2, at)) {
        best = x;
      }
    }
    return best;
  }

  /**
   * Whether a word of time order stands from {@code from} to before {@code to}: "which came
   * days after Monday's vote", "which was the deadliest since the 2015 bombing", "until 2030" —
   * the time is of another happening, or bounds it.
   */
  private static boolean ordered(Clause c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ORDERING.contains(c.word(k).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one verb (auxiliaries aside) stands from {@code from} to before {@code to}: "which
   * damaged the building late on Monday", not "which took place in a state Trump won in 2016",
   * where the date is of another clause inside it.
   */
  private static boolean oneVerb(Clause c, int from, int to) {
    int verbs = 0;
    for (int k = from; k < to; k++) {
      if (c.t.get(k).isVerb() && !AUXILIARIES.contains(c.lemma(k))) {
        verbs++;
      }
    }
    return verbs <= 1;
  }

  /**
   * The date of a ", which" clause's noun for an event the clause tells of and does not date
   * itself: "Thursday's drone strike in Baghdad, which killed Gen. Soleimani" (the killing is
   * Thursday's), "Hellerstedt (2016), which struck down …"; a time at most six words before
   * the comma. Null otherwise.
   */
  private static @Nullable TimeExpression antecedentTime(Clause c, int trigger, int[] part,
      List<TimeExpression> times) {
    int comma = trigger;
    while (comma > 0 && part[comma - 1] == part[trigger]) {
      comma--;
    }
    if (part[trigger] == 0 || comma == 0 || !c.word(comma).equals(",")
        || comma + 1 >= c.t.size() || !c.word(comma + 1).equals("which")) {
      return null;
    }
    TimeExpression best = null;
    for (TimeExpression x : times) {
      if ((x.type().equals("DATE") || x.type().equals("TIME"))
          && x.end() <= c.t.get(comma).begin()
          && x.begin() >= c.t.get(Math.max(0, comma - 6)).begin()
          && (best == null || x.begin() > best.begin())) {
        best = x;
      }
    }
    return best;
  }

  /**
   * Which part of its sentence each token is in: a relative clause set off by commas (", who …,"
   * ", which …,", ", and which …,") is a part of its own, and ", but" or a semicolon starts a new
   * one.
   */
  static int[] parts(List<Token> t) {
    int[] part = new int[t.size()];
    int next = 1;
    int outer = 0;
    int current = 0;
    boolean relative = false;
    for (int k = 0; k < t.size(); k++) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      String after = k + 1 < t.size() ? t.get(k + 1).word().toLowerCase(Locale.ROOT) : "";
      String then = k + 2 < t.size() ? t.get(k + 2).word().toLowerCase(Locale.ROOT) : "";
      if (w.equals(",") && !relative && (RELATIVES.contains(after)
          || (after.equals("and") || after.equals("but")) && RELATIVES.contains(then))) {
        relative = true; // the comma opens it
        current = next++;
      } else if (relative && (w.equals(",") || w.equals(";") || w.matches("[—–]"))) {
        relative = false;
        current = outer;
        part[k] = current;
        continue;
      } else if (!relative && (w.equals(";") || w.equals(",") && after.equals("but"))) {
        outer = next++;
        current = outer;
      }
      part[k] = current;
    }
    return part;
  }

  /**
   * Whether {@code x}, a year or "the present", dates a thing rather than a happening: it stands
   * between a determiner or possessive and a noun phrase that holds no event noun ("could fall
   * under the 2001 Authorization for Use of Military Force", "justified under the 2002 law", "his
   * 2016 campaign", "the current crisis"; one or two adjectives may come first: "his potential
   * 2020 political foe"), so it dates no event of the sentence. A year opening an
   * event's own noun ("the 2015 nuclear deal", "the 2003 U.S.-led invasion", "since the 1979
   * seizure") is an event's date, and so is a day or month before any noun ("the Friday strike",
   * "a Wednesday email", "during the October debate": what that day brought). A year after "of"
   * and a name is the name's ("the Insurrection Act of 1807").
   */
  private boolean datesAThing(Clause c, TimeExpression x, List<Found> found) {
    String value = x.value();
    if (value == null || !(value.matches("\\d{4}") || value.equals("PRESENT_REF"))) {
      return false;
    }
    int first = -1;
    int after = -1;
    for (int k = 0; k < c.t.size(); k++) {
      Token tok = c.t.get(k);
      if (first < 0 && tok.begin() >= x.begin()) {
        first = k;
      }
      if (tok.begin() >= x.end()) {
        after = k;
        break;
      }
    }
    int name = first - 2;
    if (name >= 0 && value.matches("\\d{4}") && c.word(first - 1).equals("of")
        && c.t.get(name).pos().startsWith("NNP") && !c.temporal[name]
        && found.stream().noneMatch(f -> f.first() <= name && name <= f.last())) {
      return true; // a name's year: "threatened to invoke the Insurrection Act of 1807"
    }
    if (first < 1 || after < 0 || c.t.get(after).begin() > x.end() + 1) {
      return false;
    }
    int det = first - 1;
    while (det > 0 && det >= first - 2 && c.t.get(det).pos().startsWith("JJ")) {
      det--; // "his potential 2020 political foe"
    }
    String before = c.t.get(det).pos();
    if (!(before.equals("DT") || before.equals("PRP$") || before.equals("POS"))) {
      return false;
    }
    int k = after;
    while (k < c.t.size() && c.t.get(k).pos().matches("NN.*|JJ.*|HYPH|VBN|VBG")) {
      int word = k;
      List<Row> rows = byFirstLemma.get(c.lemma(k));
      if (rows != null && rows.stream().anyMatch(r -> !r.verb())
          || found.stream().anyMatch(f -> f.first() <= word && word <= f.last())) {
        return false; // an event's noun, or a trigger the tagger read as a verb ("shooting")
      }
      k++;
    }
    return k > after;
  }

  private static boolean negated(Clause c, int trigger) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
      String w = c.word(k);
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no")
          || w.equals("without")) {
        return true;
      }
      if (c.boundary(k) || w.equals(",") || (c.t.get(k).isVerb()
          && !AUXILIARIES.contains(c.lemma(k)))) {
        return false;
      }
    }
    return false;
  }

  private static Event.Modality modality(Clause c, int trigger, boolean verb) {
    for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
      String w = c.word(k);
      if (w.equals("will") || w.equals("shall") || w.equals("'ll")) {
        return Event.Modality.FUTURE;
      }
      if (c.t.get(k).pos().equals("MD")) {
        return Event.Modality.POSSIBLE;
      }
      if (w.equals("to") && k > 0) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
          if (PLAN_WORDS.contains(c.lemma(j))) {
            return Event.Modality.FUTURE;
          }
        }
      }
      if (!verb && (w.equals("planned") || w.equals("upcoming") || w.equals("proposed")
          || w.equals("future") || w.equals("next"))) {
        return Event.Modality.FUTURE;
      }
      if (w.equals("if") || w.equals("unless")) {
        return Event.Modality.POSSIBLE;
      }
      if (c.boundary(k) || w.equals(",")) {
        break;
      }
    }
    for (int k = trigger - 1; k >= 0; k--) {
      if (c.boundary(k) || c.word(k).equals(";")) {
        break;
      }
      if (c.word(k).equals("if") || c.word(k).equals("unless")) {
        return Event.Modality.POSSIBLE; // "if they sign, …", "… unless Russia attacks"
      }
    }
    return Event.Modality.ASSERTED;
  }

  /**
   * The times that can date an event told inside what someone said: not a time of the saying —
   * in its cue ("Vaskova said on Tuesday that Ostmark had carried out the attack": Tuesday is when
   * she said it, not when the attack was) or, when someone is credited, anywhere outside the
   * content ("according to transcripts released Friday", "In a statement on Tuesday, the ministry
   * said …": what was released or stated then). An outlet's own hedge ("appears to have …")
   * credits no one, and only its cue is left out.
   */
  private static List<TimeExpression> notOfTheSpeech(List<TimeExpression> times, Span trigger,
      List<Attribution> attributions) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (Attribution a : attributions) {
      if (a.contentHolds(trigger) && !a.cue().overlaps(trigger)) {
        out.removeIf(x -> x.begin() >= a.cue().begin() && x.end() <= a.cue().end()
            || (!a.unsourced() || a.reportedByNoOne()) && !a.contentHolds(x.begin(), x.end()));
      }
    }
    return out;
  }

  /**
   * The attribution whose content holds the trigger (the smallest; on a tie the child), or null
   * in the outlet's narration (its own hedge, "seems to", holds nothing; what it says was
   * "reportedly" done, an unnamed source's report, does). A trigger that is a cue ("condemned") is
   * held by the cue's parent.
   */
  private static @Nullable String holder(Span trigger, List<Attribution> attributions) {
    Attribution holder = null;
    for (Attribution a : attributions) {
      if ((!a.unsourced() || a.reportedByNoOne()) && a.contentHolds(trigger)
          && !a.cue().overlaps(trigger)
          && (holder == null || a.content().end() - a.content().begin()
              < holder.content().end() - holder.content().begin()
              || (a.content().equals(holder.content()) && holder.id().equals(a.parent())))) {
        holder = a;
      }
    }
    return holder == null ? null : holder.id();
  }
}
