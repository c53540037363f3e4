package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Span;
import org.parallax.model.nlp.Dependency;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * What a "they" that speaks stands for: the plural subject before it in its sentence ("the
 * authorities of Burkina Faso, Mali and Niger sent a letter … in which they strongly condemned
 * …"), not inside what it says or in a quotation; else, when no subject comes before it in its
 * own sentence, the plural subject of the sentence before ("Mali and Niger recalled their envoys.
 * They said …"). Kept beside the pronoun ({@link Attribution.Source#refersTo}) rather than in its
 * place: the text names the source with "they", and a phrase of several entities is no one entity.
 * A sentence before that was not parsed is read on its surface (the plain plural noun phrase it
 * opens with); a "they" with no plural subject to stand for keeps none.
 */
final class TheySources {
  /** Relations that hang something other than the phrase itself on its head. */
  private static final Set<String> NOT_OF_THE_PHRASE = Set.of("acl:relcl", "acl", "appos",
      "parataxis", "punct", "dep", "advcl", "ccomp");

  private TheySources() {}

  /** {@code attributions} with each unresolved "they" source given the phrase it stands for. */
  static List<Attribution> resolve(ParsedText parsed, List<Attribution> attributions) {
    List<int[]> quoted = AttributionExtractor.quotedStretches(parsed.text());
    List<Attribution> out = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      Attribution.Source s = a.source();
      Span phrase = s.span() != null && s.entity() == null && s.refersTo() == null
          && s.span().text().toLowerCase(Locale.ROOT).equals("they")
          && quoted.stream().noneMatch(q -> q[0] <= s.span().begin() && s.span().end() <= q[1])
          ? antecedent(parsed, s.span(), a.content(), quoted) : null;
      out.add(phrase == null ? a : new Attribution(a.id(), a.parent(),
          new Attribution.Source(s.span(), null, phrase), a.cue(), a.content(), a.direct(),
          a.stance(), a.contentParts()));
    }
    return out;
  }

  private static @Nullable Span antecedent(ParsedText parsed, Span pronoun, Span content,
      List<int[]> quoted) {
    List<Sentence> sentences = parsed.sentences();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.begin() <= pronoun.begin() && pronoun.begin() < s.end()) {
        Span here = pluralSubject(parsed.text(), s, pronoun, content, quoted);
        if (here != null) {
          return here;
        }
        // "They said …", "“We will stay,” they said": no subject of its own sentence before it
        // but inside what they say or in a quotation
        boolean first = s.parsed() && s.dependencies().stream().noneMatch(d ->
            d.relation().startsWith("nsubj") && d.dependent() < s.tokens().size()
            && s.tokens().get(d.dependent()).end() <= pronoun.begin()
            && !inside(s.tokens().get(d.dependent()), content, quoted));
        if (!first || k == 0) {
          return null;
        }
        Sentence before = sentences.get(k - 1);
        return before.parsed() ? mainSubject(parsed.text(), before)
            : surfaceSubject(parsed.text(), before);
      }
    }
    return null;
  }

  private static boolean inside(Token t, Span content, List<int[]> quoted) {
    return content.begin() <= t.begin() && t.end() <= content.end()
        || quoted.stream().anyMatch(q -> q[0] <= t.begin() && t.end() <= q[1]);
  }

  /** The dependents of each token of {@code s}. */
  private static List<List<Dependency>> children(Sentence s) {
    List<List<Dependency>> children = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : s.dependencies()) {
      if (d.head() >= 0 && d.head() < s.tokens().size() && d.dependent() < s.tokens().size()) {
        children.get(d.head()).add(d);
      }
    }
    return children;
  }

  /**
   * The last plural subject of parsed sentence {@code s} before the pronoun: not inside what the
   * pronoun's speaker says ("Only a few negotiators see a deal as possible, they said"), and not
   * a noun whose own clause holds the pronoun ("the terrible things they have said").
   */
  private static @Nullable Span pluralSubject(String text, Sentence s, Span pronoun,
      Span content, List<int[]> quoted) {
    if (!s.parsed()) {
      return null;
    }
    List<Token> t = s.tokens();
    List<List<Dependency>> children = children(s);
    Span best = null;
    for (Dependency d : s.dependencies()) {
      int h = d.dependent();
      if (!d.relation().startsWith("nsubj") || h >= t.size()
          || t.get(h).end() > pronoun.begin() || !plural(t, children, h) || !speaks(t.get(h))
          || inside(t.get(h), content, quoted)) {
        continue;
      }
      Span span = phrase(text, t, children, h);
      if (span.end() > pronoun.begin() || span.begin() < content.end()
          && content.begin() < span.end() || holds(t, children, h, pronoun)) {
        continue;
      }
      if (best == null || span.begin() > best.begin()) {
        best = span;
      }
    }
    return best;
  }

  /** The subject of the main verb of parsed sentence {@code s}, when plural. */
  private static @Nullable Span mainSubject(String text, Sentence s) {
    List<Token> t = s.tokens();
    List<List<Dependency>> children = children(s);
    for (Dependency root : s.dependencies()) {
      if (root.relation().equals("root") && root.dependent() < t.size()) {
        for (Dependency d : children.get(root.dependent())) {
          if (d.relation().startsWith("nsubj") && plural(t, children, d.dependent())
              && speaks(t.get(d.dependent()))) {
            return phrase(text, t, children, d.dependent());
          }
        }
      }
    }
    return null;
  }

  /** The noun phrase headed at {@code h}, without its clauses and appositions. */
  private static Span phrase(String text, List<Token> t, List<List<Dependency>> children,
      int h) {
    int[] extent = {h, h};
    extend(children, h, extent);
    int b = t.get(extent[0]).begin();
    int e = t.get(extent[1]).end();
    return new Span(b, e, text.substring(b, e));
  }

  /** Whether the pronoun lies anywhere under {@code h}, its clauses included. */
  private static boolean holds(List<Token> t, List<List<Dependency>> children, int h,
      Span pronoun) {
    return holds(t, children, h, pronoun, 0);
  }

  private static boolean holds(List<Token> t, List<List<Dependency>> children, int h,
      Span pronoun, int depth) {
    if (t.get(h).begin() == pronoun.begin()) {
      return true;
    }
    if (depth > t.size()) {
      return false; // not a tree: a cycle in a malformed parse
    }
    for (Dependency d : children.get(h)) {
      if (holds(t, children, d.dependent(), pronoun, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Parts of speech a subject noun phrase read on the surface is made of. */
  private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS",
      "NNP", "NNPS", "POS", "CD", "PRP$");

  /**
   * The plural noun phrase an unparsed sentence opens with, right before its first verb: "The
   * farmers of the valley sold …", "Velka and Ostmark recalled …".
   */
  private static @Nullable Span surfaceSubject(String text, Sentence s) {
    List<Token> t = s.tokens();
    int verb = 0;
    while (verb < t.size() && !t.get(verb).pos().startsWith("VB")
        && !t.get(verb).pos().equals("MD")) {
      String w = t.get(verb).word().toLowerCase(Locale.ROOT);
      if (!PHRASE_TAGS.contains(t.get(verb).pos()) && !w.equals("of") && !w.equals("and")
          && !w.equals(",")) {
        return null; // not a plain noun phrase: "On Monday, …", "When …"
      }
      verb++;
    }
    if (verb == 0 || verb == t.size() || !t.get(verb - 1).pos().startsWith("NN")) {
      return null;
    }
    // a comma between two names lists them ("Velka, Ostmark and Brenn"); any other ends a
    // phrase before the subject ("Yesterday, farmers sold …", "This week, ministers …")
    int start = 0;
    for (int i = 1; i < verb - 1; i++) {
      if (t.get(i).word().equals(",") && !(t.get(i - 1).pos().startsWith("NNP")
          && t.get(i + 1).pos().startsWith("NNP"))) {
        start = i + 1;
      }
    }
    int head = verb - 1;
    int names = 0;
    boolean and = false;
    for (int i = start; i < verb; i++) {
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("of") && i > start) {
        head = Math.min(head, i - 1); // "the farmers of the valley": the farmers
      }
      and |= w.equals("and");
      names += t.get(i).pos().startsWith("NNP") ? 1 : 0;
    }
    String pos = t.get(head).pos();
    if (!(pos.equals("NNS") || pos.equals("NNPS") || and && names >= 2) || !speaks(t.get(head))) {
      return null;
    }
    int b = t.get(start).begin();
    int e = t.get(verb - 1).end();
    return new Span(b, e, text.substring(b, e));
  }

  /**
   * Whether a noun can say something: a name, a noun for people ("farmers", "prosecutors";
   * CoreNLP's animacy list) or for a body or text that speaks ("officials", "polls") — not "the
   * entanglements could pose problems … as they seek …".
   */
  private static boolean speaks(Token head) {
    return AttributionExtractor.canSpeak(head)
        || LoadedWords.animateNouns().contains(head.word().toLowerCase(Locale.ROOT))
        || LoadedWords.animateNouns().contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** A plural noun ("the authorities"), or names joined by "and" ("Mali and Niger"). */
  private static boolean plural(List<Token> t, List<List<Dependency>> children, int h) {
    String pos = t.get(h).pos();
    if (pos.equals("NNS") || pos.equals("NNPS")) {
      return true;
    }
    if (!pos.startsWith("NN")) {
      return false; // a pronoun: "they" again, "it", "who"
    }
    for (Dependency d : children.get(h)) {
      if (d.relation().equals("conj")) {
        for (Dependency c : children.get(d.dependent())) { // the "and" hangs on the last conjunct
          if (c.relation().equals("cc") && t.get(c.dependent()).word().equalsIgnoreCase("and")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static void extend(List<List<Dependency>> children, int h, int[] extent) {
    extend(children, h, extent, 0);
  }

  private static void extend(List<List<Dependency>> children, int h, int[] extent, int depth) {
    if (depth > children.size()) {
      return; // not a tree: a cycle in a malformed parse
    }
    for (Dependency d : children.get(h)) {
      if (NOT_OF_THE_PHRASE.contains(d.relation())) {
        continue;
      }
      extent[0] = Math.min(extent[0], d.dependent());
      extent[1] = Math.max(extent[1], d.dependent());
      extend(children, d.dependent(), extent, depth + 1);
    }
  }
}
