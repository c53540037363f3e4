package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Mention;
import org.parallax.model.nlp.Dependency;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Whom a framing word frames. A word is read where the grammar puts it: an adjective or noun frames
 * the noun phrase it belongs to ("the prestigious Whittington Lecture", "Republicans' adamant
 * opposition", "the phony theology of Mr. Obama's agenda") or the subject it is said of ("the
 * claims were appalling", "Hamas, a terrorist group", "Ukraine as a terrorist state"); a verb or
 * adverb frames its subject, also through a participle or a relative clause ("Republicans vowing
 * to deprive …", "lawmakers who complained"). A label that is itself an argument names a group of
 * its own ("training terrorists in Mali") and frames no named actor. Sentences the analysis did
 * not parse are read on their surface (possessor, the head of the noun phrase, the subject before a
 * copula or "as", a name right before it). Where neither reading ties a loaded word to an actor,
 * the nearest mention in the sentence is taken; a label gets none.
 */
final class FramingTargets {
  /** A mention and the entity it belongs to. */
  record Named(Mention mention, Entity entity) {
    /** The entity the mention stands for: a capital standing for its government gives that. */
    String id() {
      return mention.standsFor() != null ? mention.standsFor() : entity.id();
    }
  }

  /** Nouns for a body of people that a name before them owns: "the Obama campaign". */
  private static final Set<String> GROUP_HEADS = Set.of("campaign", "administration",
      "government", "camp", "team", "allies", "supporters", "officials", "lawmakers", "aides",
      "spokesman", "spokeswoman", "forces", "troops", "army", "regime", "leaders", "leadership",
      "staff", "party", "caucus");

  /** Participles of ruling: who rules a state is its government, a label's target. */
  private static final Set<String> RULED = Set.of("ruled", "led", "governed", "run", "controlled",
      "dominated", "headed");

  private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been",
      "being", "'s", "’s", "remains", "remain", "seems", "seem");

  /**
   * What the grammar says: an actor, no named actor at all (a label that names a group of its
   * own), or nothing either way (the words' place holds no name: the nearest mention is taken).
   */
  private record Reading(boolean decided, @Nullable Named actor) {
    static final Reading UNKNOWN = new Reading(false, null);
    static final Reading NONE = new Reading(true, null);

    static Reading of(@Nullable Named n) {
      return n == null ? UNKNOWN : new Reading(true, n);
    }
  }

  private FramingTargets() {}

  /**
   * The entity id the words at {@code [begin, end)} of sentence {@code s} frame, or null; {@code
   * label}: they are a label; {@code scare}: they are in scare quotes — read as a label, and
   * where they modify a noun only as what that noun is said of ("Ukraine as a “terrorist”
   * state"), never the doer of a verb the noun is an argument of ("accusing Kyiv of supporting
   * “terrorist” groups") nor the nearest name.
   */
  static @Nullable String target(int begin, int end, boolean label, boolean scare,
      @Nullable Sentence s, List<Named> mentions) {
    if (s == null) {
      return null;
    }
    List<Token> tokens = s.tokens();
    Named[] at = new Named[tokens.size()];
    for (Named n : mentions) {
      Mention m = n.mention();
      if (m.begin() >= begin && m.end() <= end) {
        continue; // the cue's own words name nobody it frames
      }
      if (m.end() <= s.begin() || m.begin() >= s.end()) {
        continue; // another sentence's
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.begin() >= m.begin() && t.end() <= m.end() && (at[i] == null
            || rank(m.kind()) < rank(at[i].mention().kind()))) {
          at[i] = n;
        }
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > begin && tokens.get(i).begin() < end) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    Reading r = Reading.UNKNOWN;
    Named described = first >= 0 && (label || scare) ? describedAs(tokens, at, last) : null;
    if (described != null) {
      return described.id();
    }
    if (first >= 0) {
      r = s.parsed() ? new Tree(s, at).read(first, last, label, scare)
          : surface(tokens, at, first, last, label || scare);
    }
    if (r.decided()) {
      return r.actor() == null ? null : r.actor().id();
    }
    if (label || scare) {
      return null; // a label is a name for a group itself: only the grammar ties it to another
    }
    Named near = nearest(begin, end, s, mentions);
    return near == null ? null : near.id();
  }

  /** Verbs of naming in the past or present: "as he described Soleimani". */
  private static final Set<String> DESCRIBING = Set.of("described", "describes", "called",
      "calls", "dubbed", "dubs", "labeled", "labelled", "labels", "branded", "brands", "termed",
      "terms");

  /**
   * Whom "as" and a verb of naming after the words say they name: "“the world's top terrorist,”
   * as he described Soleimani" (up to the end of the quotation and a comma, then "as", a
   * pronoun or a name, the verb, and the named: its first name within three words). Null
   * otherwise.
   */
  private static @Nullable Named describedAs(List<Token> t, Named[] at, int last) {
    int k = last + 1;
    while (k < t.size() && t.get(k).word().matches("[,”\"'’]|''")) {
      k++;
    }
    if (k + 2 >= t.size() || !t.get(k).word().equalsIgnoreCase("as")) {
      return null;
    }
    int v = k + 1;
    while (v < t.size() && v <= k + 4 && !DESCRIBING.contains(t.get(v).word().toLowerCase(
        Locale.ROOT))) {
      if (!t.get(v).pos().matches("PRP|NNP.*|DT")) {
        return null;
      }
      v++;
    }
    if (v >= t.size() || v == k + 1 || v > k + 4) {
      return null; // a speaker must stand between: not "as called for"
    }
    // the verb's object: right after it, a determiner or a title aside ("as he called it,
    // Pelosi …" names no one; nor "as he called on Iraq to …")
    for (int j = v + 1; j < t.size() && j <= v + 3; j++) {
      if (at[j] != null) {
        return at[j].mention().kind() == Mention.Kind.PRONOUN ? null : at[j];
      }
      if (!t.get(j).pos().matches("DT|NNP")) {
        return null;
      }
    }
    return null;
  }

  /** Names before descriptions before pronouns, where one token is in several mentions. */
  private static int rank(Mention.Kind k) {
    return switch (k) {
      case NAME -> 0;
      case SHORT -> 1;
      case DEMONYM -> 2;
      case ROLE -> 3;
      case PRONOUN -> 4;
    };
  }

  /** The dependency tree of one parsed sentence, read from a cue's head. */
  private static final class Tree {
    final List<Token> tokens;
    final Named[] at;
    final int[] head;
    final String[] rel;
    final List<List<Integer>> children = new ArrayList<>();

    Tree(Sentence s, Named[] at) {
      this.tokens = s.tokens();
      this.at = at;
      int n = tokens.size();
      head = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(head, -1);
      java.util.Arrays.fill(rel, "");
      for (int i = 0; i < n; i++) {
        children.add(new ArrayList<>());
      }
      for (Dependency d : s.dependencies()) {
        if (d.dependent() >= 0 && d.dependent() < n) {
          head[d.dependent()] = d.head();
          rel[d.dependent()] = d.relation();
          if (d.head() >= 0 && d.head() < n) {
            children.get(d.head()).add(d.dependent());
          }
        }
      }
    }

    Reading read(int first, int last, boolean asLabel, boolean scare) {
      int h = last;
      for (int i = first; i <= last; i++) {
        if (head[i] < first || head[i] > last) {
          h = i;
          break;
        }
      }
      String pos = tokens.get(h).pos();
      boolean modifier = rel[h].equals("amod") || rel[h].equals("compound");
      boolean label = asLabel || scare && !modifier;
      if (!modifier && (pos.startsWith("VB") || pos.startsWith("RB") || pos.equals("MD"))) {
        int v = h;
        while ((rel[v].equals("advmod") || rel[v].equals("aux")) && head[v] >= 0) {
          v = head[v]; // "unabashedly calls", "did not" → the verb
        }
        return subjectOf(v, 0);
      }
      int n = h;
      if ((rel[h].equals("amod") || rel[h].equals("compound")) && head[h] >= 0) {
        n = head[h]; // "the prestigious Whittington Lecture"
      }
      int subject = child(n, "nsubj", "nsubj:pass");
      if (subject >= 0) {
        return Reading.of(phrase(subject)); // "the claims were appalling", "X is a disgrace"
      }
      if (rel[n].equals("appos") && head[n] >= 0) {
        return Reading.of(phrase(head[n])); // "Hamas, a terrorist group"
      }
      if (rel[n].equals("obl") && caseOf(n).equals("as") && head[n] >= 0) {
        int object = child(head[n], "obj");
        if (object >= 0) {
          // "consider Ukraine as a terrorist state", "a militia that officials describe as
          // terrorists"
          return Reading.of(phrase(antecedent(object, head[n])));
        }
      }
      if (rel[n].equals("obj") && head[n] >= 0 && NAMING.contains(
          tokens.get(head[n]).lemma().toLowerCase(Locale.ROOT))) {
        int named = child(head[n], "obj");
        if (named >= 0 && named < n
            && !tokens.get(named).word().toLowerCase(Locale.ROOT).startsWith("what")) {
          // (not "what he called the “phony theology” of Obama's agenda": the theology's owner)
          // "the Guard, which Ardena calls a terrorist group": the second object names the first
          return Reading.of(phrase(antecedent(named, head[n])));
        }
      }
      if (rel[n].equals("xcomp") && head[n] >= 0 && child(head[n], "obj") >= 0) {
        return Reading.of(phrase(child(head[n], "obj"))); // "called Biden unhinged"
      }
      if (rel[n].startsWith("obl") && caseOf(n).equals("by") && head[n] >= 0
          && RULED.contains(tokens.get(head[n]).word().toLowerCase(java.util.Locale.ROOT))) {
        // "Mali is ruled by a junta", "Niger, led by a junta since 2023": the label is what
        // rules the state the verb is said of
        int v = head[n];
        int ruled = child(v, "nsubj:pass");
        if (ruled >= 0) {
          return Reading.of(phrase(ruled));
        }
        if (rel[v].startsWith("acl") && head[v] >= 0) {
          return Reading.of(phrase(head[v]));
        }
      }
      if (n != h && label && pos.startsWith("NN") && at[n] != null && h + 1 < at.length
          && at[h + 1] == at[n] && tokens.get(h + 1).pos().startsWith("NNP")
          && at[n].mention().kind() == Mention.Kind.NAME
          && at[n].entity().type() == org.parallax.model.analysis.EntityType.PERSON) {
        // "Syrian dictator Bashar al-Assad": the dictator is Assad (not "Syrian regime official
        // Ali Mamlouk", where the regime is Syria's)
        return Reading.of(at[n]);
      }
      if (n != h && label && pos.startsWith("NN")) {
        Named own = owner(h);
        if (own != null) {
          return Reading.of(own); // "Syrian regime forces": the regime is Syria's
        }
      }
      Named owner = owner(n);
      if (owner != null) {
        return Reading.of(owner);
      }
      boolean argument = rel[n].equals("obj") || rel[n].startsWith("obl");
      if (label && (argument || rel[n].startsWith("nsubj") || rel[n].startsWith("nmod")
          || rel[n].equals("conj") || rel[n].equals("root"))) {
        return Reading.NONE; // a label naming a group of its own: "training terrorists in Mali"
      }
      if (scare) {
        // quoted words on a noun that is an argument frame no doer: "supporting “terrorist”
        // groups" is not Kyiv's label, though Kyiv is accused of the supporting
        return Reading.NONE;
      }
      if (argument && head[n] >= 0 && tokens.get(head[n]).pos().startsWith("VB")) {
        return subjectOf(head[n], 0); // "had real doubts", "took to Facebook to blast"
      }
      return Reading.UNKNOWN;
    }

    /** Verbs whose second object names their first: "calls the Guard a terrorist group". */
    private static final java.util.Set<String> NAMING = java.util.Set.of("call", "name", "dub",
        "brand", "label", "term", "deem", "consider");

    /**
     * The noun a relative pronoun stands for, where {@code word} is one and {@code verb} heads
     * the relative clause ("a militia that officials describe as …": the militia, or the name it
     * stands in apposition to); else {@code word}.
     */
    private int antecedent(int word, int verb) {
      if (!tokens.get(word).pos().matches("WDT|WP") || !rel[verb].startsWith("acl")
          || head[verb] < 0) {
        return word;
      }
      int noun = head[verb];
      // "the Lenne Volunteer Guard, a volunteer militia that …": the name the noun stands beside
      return at[noun] == null && rel[noun].equals("appos") && head[noun] >= 0 ? head[noun] : noun;
    }

    /** The actor of verb {@code v}: its subject, or the noun it describes as a participle. */
    private Reading subjectOf(int v, int depth) {
      int subject = child(v, "nsubj", "nsubj:pass", "nsubj:xsubj");
      if (subject >= 0) {
        boolean relative = tokens.get(subject).pos().startsWith("W");
        if (relative && rel[v].startsWith("acl") && head[v] >= 0) {
          return Reading.of(phrase(head[v])); // "lawmakers who complained"
        }
        return Reading.of(phrase(subject));
      }
      if (rel[v].startsWith("acl") && head[v] >= 0) {
        return Reading.of(phrase(head[v])); // "Republicans vowing to deprive …"
      }
      int mark = child(v, "mark", "case");
      if (rel[v].equals("advcl") && head[v] >= 0 && mark >= 0
          && tokens.get(mark).word().toLowerCase(Locale.ROOT).matches("of|for")
          && child(head[v], "obj") >= 0) {
        return Reading.of(phrase(child(head[v], "obj"))); // "accused Ostmark of sabotaging"
      }
      if (depth < 3 && head[v] >= 0 && (rel[v].equals("xcomp") || rel[v].equals("advcl")
          || rel[v].equals("conj") || rel[v].equals("dep"))) {
        return subjectOf(head[v], depth + 1); // "… and complained", "…, mocking them"
      }
      return Reading.UNKNOWN;
    }

    /**
     * The actor a noun phrase headed at {@code i} names: its own name, or the owner of a body of
     * people ("the Obama campaign", "Obama's administration").
     */
    private @Nullable Named phrase(int i) {
      if (at[i] != null) {
        return at[i];
      }
      for (int c : children.get(i)) {
        if (rel[c].equals("nmod:poss")) {
          Named p = phrase(c);
          if (p != null) {
            return p; // "Steele's comments were wildly inaccurate"
          }
        }
      }
      if (GROUP_HEADS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        for (int c : children.get(i)) {
          if ((rel[c].equals("compound") || rel[c].equals("nmod:poss") || rel[c].equals("amod"))
              && at[c] != null) {
            return at[c];
          }
        }
      }
      return null;
    }

    /**
     * Whose a noun is: a name it is part of or that stands in its phrase ("the Wagner mercenary
     * group", also after a possessor: "Russia's Wagner mercenary group"), its possessor
     * ("Republicans' opposition"), a name or nationality before it ("Hamas terrorists"), or what
     * it is "of" ("the theology of Mr. Obama's agenda").
     */
    private @Nullable Named owner(int n) {
      if (at[n] != null) {
        return at[n];
      }
      for (int c : children.get(n)) {
        if (rel[c].equals("compound") && at[c] != null
            && tokens.get(c).pos().startsWith("NNP")) {
          return at[c]; // the name in the phrase before its possessor: "Russia's Wagner group"
        }
      }
      for (int c : children.get(n)) {
        if (rel[c].equals("nmod:poss")) {
          Named p = phrase(c);
          if (p == null && tokens.get(c).pos().equals("PRP$")
              && tokens.get(c).word().toLowerCase(Locale.ROOT).matches("his|her|its|their")) {
            // "Assad wants to bring the Kurds into his regime"
            return subjectNamed(n, tokens.get(c).word().toLowerCase(Locale.ROOT));
          }
          return p != null ? p : owner(c);
        }
      }
      for (int c : children.get(n)) {
        if ((rel[c].equals("compound") || rel[c].equals("amod")) && at[c] != null) {
          return at[c];
        }
      }
      for (int c : children.get(n)) {
        if (rel[c].startsWith("nmod") && caseOf(c).equals("of")) {
          Named o = phrase(c);
          return o != null ? o : owner(c);
        }
      }
      return null;
    }

    /**
     * Who a possessive pronoun on noun {@code n} stands for: the actor of the nearest verb above
     * the noun ("Assad wants to bring the Kurds into his regime": Assad; "accused the billionaire
     * of enlisting … his henchmen": the billionaire, who is no name, so no one). Null where that
     * actor names no one, or no one the pronoun can stand for: "his" and "her" a person, "its"
     * and "their" no single person ("Pence credited border agents for their work" is not Pence's).
     */
    private @Nullable Named subjectNamed(int n, String pronoun) {
      int v = head[n];
      for (int depth = 0; depth < 3 && v >= 0 && !tokens.get(v).pos().startsWith("VB"); depth++) {
        v = head[v];
      }
      Named actor = v >= 0 && tokens.get(v).pos().startsWith("VB") ? subjectOf(v, 0).actor()
          : null;
      boolean personal = pronoun.equals("his") || pronoun.equals("her");
      if (actor == null || personal != person(actor)) {
        return null;
      }
      // another fitting name between the actor and the noun may be whose it is: "Biden
      // condemned Assad and his regime", "vowed to destroy Hamas and its fighters"
      for (int k = Math.min(v, n); k < n; k++) {
        if (at[k] != null && at[k].entity() != actor.entity() && person(at[k]) == personal
            && at[k].mention().begin() > actor.mention().begin()) {
          return null;
        }
      }
      return actor;
    }

    private static boolean person(Named n) {
      return n.entity().type() == org.parallax.model.analysis.EntityType.PERSON;
    }

    private int child(int i, String... relations) {
      for (int c : children.get(i)) {
        for (String r : relations) {
          if (rel[c].equals(r)) {
            return c;
          }
        }
      }
      return -1;
    }

    private String caseOf(int i) {
      int c = child(i, "case");
      return c < 0 ? "" : tokens.get(c).word().toLowerCase(Locale.ROOT);
    }
  }

  /** The same questions on the surface of an unparsed sentence, for nouns and adjectives. */
  private static Reading surface(List<Token> t, Named[] at, int first, int last,
      boolean label) {
    String pos = t.get(last).pos();
    if (!(pos.startsWith("NN") || pos.startsWith("JJ"))) {
      return Reading.UNKNOWN;
    }
    // the head of the noun phrase: "the prestigious Whittington Lecture"
    for (int i = last + 1; i < t.size() && i <= last + 3; i++) {
      if (at[i] != null) {
        return Reading.of(at[i]);
      }
      if (!t.get(i).pos().startsWith("NN") && !t.get(i).pos().startsWith("JJ")) {
        break;
      }
    }
    // a label that is the subject of a verb of its own is no apposition of the name before its
    // comma: "…, which includes Mali and Niger, the militants again traveled to …"
    boolean apposition = !(label && finiteAfter(t, last));
    // back over the phrase's modifiers to what stands before it
    int i = first - 1;
    while (i >= 0 && (t.get(i).pos().startsWith("JJ") || t.get(i).pos().startsWith("RB")
        || t.get(i).pos().equals("DT") || t.get(i).pos().equals("CC")
        || t.get(i).word().equals(","))) {
      if (t.get(i).pos().equals("DT") || t.get(i).word().equals(",")) {
        i--;
        break; // "Hamas, a", "as a"
      }
      if (t.get(i).pos().startsWith("JJ") && at[i] != null
          && !(i > 0 && t.get(i - 1).word().matches("-|anti|pro|non"))) {
        return Reading.of(at[i]); // "Kurdish militants", not "anti-American militants"
      }
      i--;
    }
    if (i < 0) {
      return Reading.UNKNOWN;
    }
    if (apposition && t.get(i).word().equals(",") && i > 0 && at[i - 1] != null) {
      return Reading.of(at[i - 1]); // "Hamas, a terrorist group"
    }
    String w = t.get(i).word().toLowerCase(Locale.ROOT);
    if (t.get(i).pos().equals("POS") && i > 0) {
      if (at[i - 1] != null) {
        return Reading.of(at[i - 1]); // "Republicans' adamant opposition"
      }
      if (i > 1 && at[i - 2] != null
          && GROUP_HEADS.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) {
        return Reading.of(at[i - 2]); // "the Obama campaign's assault"
      }
    }
    if ((COPULAS.contains(w) || w.equals("as")) && i > 0 && at[i - 1] != null) {
      return Reading.of(at[i - 1]); // "Ukraine as a terrorist state", "the group is extremist"
    }
    if (apposition && t.get(i + 1 <= first ? i + 1 : first).word().equals(",")
        && at[i] != null) {
      return Reading.of(at[i]); // "Hamas, a terrorist group"
    }
    if (at[i] != null && (t.get(i).pos().startsWith("NNP") || t.get(i).pos().equals("JJ"))) {
      return Reading.of(at[i]); // "Hamas terrorists", "Malian militants"
    }
    return Reading.UNKNOWN;
  }

  /** Whether a finite verb follows the noun phrase ending at {@code last} (adverbs between). */
  private static boolean finiteAfter(List<Token> t, int last) {
    int j = last + 1;
    while (j < t.size() && (t.get(j).pos().startsWith("NN") || t.get(j).pos().startsWith("JJ"))) {
      j++; // the rest of the noun phrase: "the terrorist group"
    }
    while (j < t.size() && t.get(j).pos().startsWith("RB")) {
      j++;
    }
    return j < t.size() && Set.of("VBD", "VBZ", "VBP", "MD").contains(t.get(j).pos());
  }

  /**
   * The mention right before the words ("the Kiev regime") or right after them, within the
   * sentence and 40 characters.
   */
  private static @Nullable Named nearest(int begin, int end, Sentence s, List<Named> mentions) {
    Named best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Named l : mentions) {
      Mention m = l.mention();
      if (m.begin() < s.begin() || m.end() > s.end() || (m.begin() >= begin && m.end() <= end)) {
        continue;
      }
      int d = m.end() <= begin ? begin - m.end() : m.begin() >= end ? (m.begin() - end) + 5 : 0;
      if (d < bestDistance && d <= 40) {
        bestDistance = d;
        best = l;
      }
    }
    return best;
  }
}
