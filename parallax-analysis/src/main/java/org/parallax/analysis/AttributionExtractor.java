package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.Stance;
import org.parallax.model.nlp.Dependency;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Finds who said what, news-first: speech verbs with their subjects and clausal complements
 * (from dependency parses), "CONTENT, X said/reports" (the cue hangs off the content as
 * parataxis), participles that inherit their subject ("…, saying that …", "denied …, claiming
 * that …"), "according to X", "citing X", and "X quoted Y as saying …" as a chain of two. A
 * source resolves to an entity when its head word is a mention of one ("the minister" → Diop);
 * descriptions ("sources linked to the Ukrainian intelligence") stay descriptions. An attribution
 * whose cue lies inside another's content is that one's child.
 */
final class AttributionExtractor {

  /** An attribution before ids and parents are assigned. */
  static final class Draft {
    @Nullable Span source;
    @Nullable String entity;
    Span cue;
    Span content;
    boolean direct;
    Stance stance;
    @Nullable Draft parent;
    /** The content's parts when the cue's clause interrupts it, else null (the content alone). */
    @Nullable List<Span> parts;
    /** "citing the release of prisoners": what "citing" names is no speaker but what is cited. */
    boolean citesAThing;
    /** What is cited, to the end of the sentence, when {@link #citesAThing}. */
    @Nullable Span cited;
    /** The phrase a relative pronoun source stands for ("which" → "the Ecowas treaty"). */
    @Nullable Span refersTo;

    Draft(@Nullable Span source, @Nullable String entity, Span cue, Span content, Stance stance) {
      this.source = source;
      this.entity = entity;
      this.cue = cue;
      this.content = content;
      this.stance = stance;
    }

    /** The outlet's own hedge, credited to nobody ({@link Attribution#unsourced()}). */
    boolean unsourced() {
      return source == null && entity == null;
    }

    /** Whether {@code s} lies inside the content (inside one of its parts). */
    boolean holds(Span s) {
      if (parts == null) {
        return content.contains(s);
      }
      return parts.stream().anyMatch(p -> p.contains(s));
    }
  }

  private AttributionExtractor() {}

  /**
   * "Sen. Berek said the rumours about Orlik were baseless. He said …": the resolver gives "he"
   * the last person mentioned (Orlik); when that mention lies inside the previous attribution's
   * content, "he" continues that attribution's speaker instead (if the first name allows).
   */
  private static void continueSpeaker(List<Draft> drafts, List<Entity> entities) {
    Map<String, Entity> byId = byId(entities);
    Draft previous = null;
    for (Draft d : drafts) {
      if (previous != null && d.source != null && d.entity != null && previous.entity != null
          && !previous.entity.equals(d.entity)
          && d.source.text().toLowerCase(Locale.ROOT).matches("he|she")) {
        Entity named = byId.get(d.entity);
        Entity speaker = byId.get(previous.entity);
        if (named != null && speaker != null
            && speaker.type() == org.parallax.model.analysis.EntityType.PERSON
            && EntityResolver.agrees(d.source.text(), speaker.name())
            && lastNameBefore(named, d.source.begin()) >= previous.content.begin()
            && lastNameBefore(named, d.source.begin()) < previous.content.end()) {
          d.entity = speaker.id();
        }
      }
      if (d.source != null) {
        previous = d;
      }
    }
  }

  /**
   * "A former officer of the directorate, who asked not to be named, told the paper … He said …":
   * when the speaker before is a person the text only describes and the person the resolver gave
   * "he" was last named before that speaker took the floor, or inside what that speaker said in a
   * quotation ("the premier said “… thankful to Allah Almighty …” He said …"; not in indirect
   * speech: "The prosecutor said Smith had wired the money. He denied …" is Smith), "he" is the
   * described speaker, whom no
   * entity stands for; so is a "he" inside what that "he" said. Runs once attributions are nested,
   * so the speaker before is a top-level one.
   */
  private static void describedSpeaker(List<Draft> drafts, List<Entity> entities) {
    Map<String, Entity> byId = byId(entities);
    Set<Draft> described = new HashSet<>();
    for (Draft d : drafts) {
      if (d.source == null || d.entity == null
          || !d.source.text().toLowerCase(Locale.ROOT).matches("he|she")) {
        continue;
      }
      // the speaker before: the last top-level attribution whose cue comes before this one
      Draft before = null;
      for (Draft o : drafts) {
        if (o != d && o.parent == null && o.source != null && o.cue.end() <= d.source.begin()
            && !o.source.text().toLowerCase(Locale.ROOT).matches("who|which|that")
            && (before == null || o.cue.begin() > before.cue.begin())) {
          before = o;
        }
      }
      Entity named = byId.get(d.entity);
      int last = named == null ? -1 : lastNameBefore(named, d.source.begin());
      if (before != null && before.entity == null && named != null
          && (describesOnePerson(before.source.text()) && last < before.source.begin()
              || describesAPerson(before.source.text()) && before.direct
                  && last >= before.content.begin() && last < before.content.end()
              || described.contains(before)
                  && before.source.text().equalsIgnoreCase(d.source.text()))) {
        d.entity = null; // the described speaker, or the "he" that was him ("and he did not …")
        described.add(d);
      }
    }
    // … and "he" inside what that "he" said is him too ("He said he did not know")
    for (Draft d : drafts) {
      if (d.source != null && d.entity != null && d.parent != null
          && described.contains(d.parent)
          && d.parent.source.text().equalsIgnoreCase(d.source.text())) {
        d.entity = null;
      }
    }
  }

  /** Nouns of a person a text may describe without naming: "a former officer", "the doctor". */
  static final Set<String> PERSON_NOUNS = Set.of("officer", "official", "spokesman",
      "spokeswoman", "spokesperson", "diplomat", "analyst", "expert", "witness", "resident",
      "lawyer", "attorney", "aide", "adviser", "advisor", "commander", "soldier", "man", "woman",
      "doctor", "researcher", "professor", "lecturer", "economist", "executive", "employee",
      "farmer", "teacher", "student", "veteran", "survivor", "engineer", "worker", "activist",
      "journalist", "reporter", "insider", "investigator", "prosecutor", "judge", "mother",
      "father", "neighbour", "neighbor", "lawmaker", "scientist");

  /**
   * Whether a source describes one person, definite or not: "a former officer", "the premier
   * who earlier visited …", "the minister".
   */
  static boolean describesAPerson(String source) {
    String[] w = source.toLowerCase(Locale.ROOT).split("[\\s,]+");
    if (w.length == 0 || !Set.of("a", "an", "one", "the", "this", "that").contains(w[0])) {
      return false;
    }
    for (int i = 1; i < Math.min(w.length, 5); i++) {
      if (PERSON_NOUNS.contains(w[i]) || EntityResolver.PERSON_HEADS.contains(w[i])) {
        return true;
      }
      if (w[i].equals("of") || w[i].equals("who")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a source introduces one person the text describes and does not name: an indefinite
   * determiner and, among its first words, a noun of a person ("A former officer of the
   * directorate, who …", "One Justice Department lawyer"). A definite one ("The migrant worker
   * from Guatemala") usually names again someone named before, whom "he" may well be.
   */
  static boolean describesOnePerson(String source) {
    String[] w = source.toLowerCase(Locale.ROOT).split("[\\s,]+");
    if (w.length == 0 || !Set.of("a", "an", "one").contains(w[0])) {
      return false;
    }
    for (int i = 1; i < Math.min(w.length, 5); i++) {
      if (PERSON_NOUNS.contains(w[i])) {
        return true;
      }
      if (w[i].equals("of") || w[i].equals("who")) {
        return false;
      }
    }
    return false;
  }

  private static Map<String, Entity> byId(List<Entity> entities) {
    Map<String, Entity> out = new HashMap<>();
    for (Entity e : entities) {
      out.put(e.id(), e);
    }
    return out;
  }

  /**
   * A form of "be": in the cue ("It was reported", "it had been denied") or between "it" and the
   * cue ("it is worth asking"), "it" is no speaker.
   */
  private static final java.util.regex.Pattern BE = java.util.regex.Pattern.compile(
      "(?i)\\b(is|are|was|were|be|been|being)\\b|['’]s\\b");

  /**
   * "Nokia said it expects …", "WhatsApp … It has denied any wrongdoing": "it" as the speaker is,
   * in order: the speaker of its own sentence before it (an organisation, country or group; one
   * only described — "The government has told WhatsApp that it wants …" — leaves "it" without an
   * entity, for the organisation named last is not it); else the organisation last named before
   * it in its sentence ("Nokia's push comes at a time when it expects …"); else the speaker of
   * the two sentences before, when not a person; else the organisation last named in subject
   * position there. An "it" with none of these, inside a quotation, or with a form of "be"
   * ({@link #BE}) stays unresolved.
   */
  private static void itSpeaker(String text, List<Draft> drafts, List<Entity> entities,
      List<Sentence> sentences, List<int[]> quotes) {
    Map<String, Entity> byId = byId(entities);
    for (Draft d : drafts) {
      if (d.source == null || d.entity != null || !d.source.text().equalsIgnoreCase("it")
          || BE.matcher(d.cue.text()).find() || insideAnyQuote(d.source.begin(), quotes)
          || d.cue.begin() > d.source.end()
              && BE.matcher(text.substring(d.source.end(), d.cue.begin())).find()) {
        // a quoted "it" ("if the students feel like it shows …") is the speaker's; "it is worth
        // asking" is nobody's
        continue;
      }
      int here = sentenceOf(sentences, d.source.begin());
      Draft before = null;
      for (Draft o : drafts) {
        if (o != d && o.source != null && o.cue.begin() < d.source.begin()
            && (before == null || o.cue.begin() > before.cue.begin())) {
          before = o;
        }
      }
      int beforeIn = before == null ? -1 : sentenceOf(sentences, before.cue.begin());
      Entity speaker = before == null || before.entity == null ? null : byId.get(before.entity);
      boolean speakerFits = speaker != null && speaker.type() != EntityType.PERSON
          && speaker.type() != EntityType.MISC;
      if (before != null && beforeIn == here
          && (speaker == null || speaker.type() != EntityType.PERSON)) {
        d.entity = speakerFits ? speaker.id() : null;
        continue;
      }
      String named = lastOrganisation(entities, sentences, d.source.begin(), here, false);
      if (named == null && speakerFits && beforeIn >= here - 2) {
        named = speaker.id();
      }
      d.entity = named != null ? named
          : lastOrganisation(entities, sentences, d.source.begin(), here - 2, true);
    }
  }

  /**
   * The organisation named last before {@code offset} from sentence {@code from} on, only in
   * subject position if {@code subject}; null when none is.
   */
  private static @Nullable String lastOrganisation(List<Entity> entities,
      List<Sentence> sentences, int offset, int from, boolean subject) {
    String best = null;
    int bestAt = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int in = sentenceOf(sentences, m.begin());
        if (m.begin() < offset && m.begin() > bestAt && in >= Math.max(0, from)
            && m.kind() != Mention.Kind.PRONOUN
            && (!subject || EntityResolver.inSubjectPosition(sentences.get(in).tokens(), m))) {
          bestAt = m.begin();
          best = e.id();
        }
      }
    }
    return best;
  }

  /** "the statement said", "the report notes": a document standing for whoever issued it. */
  private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile(
      "(?i)(the|that|this) (statement|report|letter|filing|communiqu[eé]|release|document)");

  /**
   * "The U.S. Embassy said in a statement that … The statement said …": a document as the speaker
   * is whoever issued it — the speaker of the attribution before, in its sentence or the three
   * before, whose sentence names that kind of document ("in a statement", "a report by"). Left
   * unresolved where none does.
   */
  private static void documentSpeaker(String text, List<Draft> drafts, List<Sentence> sentences) {
    for (Draft d : drafts) {
      java.util.regex.Matcher m = d.source == null ? null : DOCUMENT.matcher(d.source.text());
      if (m == null || d.entity != null || !m.matches()) {
        continue;
      }
      java.util.regex.Pattern noun = java.util.regex.Pattern.compile(
          "(?i)\\b" + java.util.regex.Pattern.quote(m.group(2)) + "\\b");
      int here = sentenceOf(sentences, d.source.begin());
      Draft issuer = null;
      for (Draft o : drafts) {
        int in = o.source == null ? -1 : sentenceOf(sentences, o.cue.begin());
        if (o == d || o.entity == null || o.cue.begin() >= d.source.begin() || in < here - 3
            || in < 0) {
          continue;
        }
        Sentence s = sentences.get(in);
        if (noun.matcher(text.substring(s.begin(), s.end())).find()
            && (issuer == null || o.cue.begin() > issuer.cue.begin())) {
          issuer = o;
        }
      }
      if (issuer != null) {
        d.entity = issuer.entity;
      }
    }
  }

  private static int sentenceOf(List<Sentence> sentences, int offset) {
    Sentence s = EntityResolver.sentenceAt(sentences, offset);
    return s == null ? -1 : s.index();
  }

  /** Where {@code e}'s last mention that is not a pronoun starts before {@code offset}, or -1. */
  private static int lastNameBefore(Entity e, int offset) {
    int at = -1;
    for (Mention m : e.mentions()) {
      if (m.kind() != Mention.Kind.PRONOUN && m.begin() < offset) {
        at = Math.max(at, m.begin());
      }
    }
    return at;
  }

  /** A regnal numeral after a name: "Elizabeth II", "Aurel III", "Benedict XVI". */
  private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile(
      "[ \u00a0](?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI"
          + "|XXII|XXIII)\\b");

  static List<Attribution> extract(ParsedText parsed, List<Entity> entities) {
    String text = parsed.text();
    List<int[]> quotes = quoteSpans(text);
    Map<Integer, String> entityByChar = new HashMap<>();
    // the names of persons and organisations (not "Democrat", not the "R" of "(R-Mo.)")
    Map<Integer, String> nameByChar = new HashMap<>();
    // the characters of place names: "WASHINGTON:" opening a text is a dateline, not a speaker
    Set<Integer> placeChars = new HashSet<>();
    // and of persons' names: "Lynch: No outside influence …" heading a text is what she said
    Set<Integer> personChars = new HashSet<>();
    java.util.regex.Matcher numeral = REGNAL.matcher(text);
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          for (int c = m.begin(); c < m.end(); c++) {
            (e.type() == EntityType.PERSON ? personChars : placeChars).add(c);
          }
        }
      }
      boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
      for (Mention m : e.mentions()) {
        int end = m.end();
        if (e.type() == EntityType.PERSON
            && numeral.region(end, text.length()).lookingAt()) {
          end = numeral.end(); // "King Aurel II said": the numeral is the name's
        }
        for (int c = m.begin(); c < end; c++) {
          entityByChar.putIfAbsent(c, e.id());
          if (named && m.kind() == Mention.Kind.NAME) {
            nameByChar.putIfAbsent(c, e.id());
          }
        }
      }
    }
    List<Draft> drafts = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Draft> here = new ArrayList<>();
      accordingTo(text, s, entityByChar, here);
      colonCue(text, s, entityByChar, placeChars, personChars, here);
      invertedOpening(text, s, entityByChar, here);
      if (s.parsed()) {
        verbCues(text, s, entityByChar, nameByChar, quotes, here);
        hedgedByAdverb(text, s, quotes, here);
        possessedClaim(text, s, entityByChar, quotes, here);
      }
      // "McConnell said …, citing the release of political prisoners": McConnell cites it
      for (Draft citing : here) {
        if (!citing.citesAThing || citing.parent != null) {
          continue;
        }
        Draft speaker = null;
        for (Draft verb : here) {
          if (verb != citing && verb.source != null && !verb.citesAThing
              && verb.cue.end() <= citing.cue.begin()
              && (speaker == null || verb.cue.begin() > speaker.cue.begin())) {
            speaker = verb;
          }
        }
        Span subject = speaker != null ? speaker.source : rootSubject(text, s, citing.cue);
        if (subject != null && citing.cited != null) {
          // (else, with no speaker in sight, as before: the thing cited credited with the rest)
          citing.content = citing.cited;
          citing.source = subject;
          citing.entity = speaker != null ? speaker.entity : entityByChar.get(subject.begin());
        }
      }
      // "X, citing Y, suggested that …": Y is X's source, for X's content
      for (Draft citing : here) {
        if (!citing.cue.text().equalsIgnoreCase("citing") || citing.parent != null
            || citing.citesAThing) {
          continue;
        }
        for (Draft verb : here) {
          // "X, citing Y, suggested that …" or "X reported, citing Y, that …"
          if (verb != citing && verb.source != null && verb.source.begin() <= citing.cue.begin()
              && (citing.cue.end() <= verb.cue.begin() || verb.cue.end() <= citing.cue.begin()
                  && citing.cue.end() <= verb.content.begin())) {
            citing.parent = verb;
            citing.content = verb.content;
            break;
          }
        }
      }
      int dateline = datelineEnd(text, s, placeChars);
      for (Draft d : here) {
        if (dateline > 0 && d.content.begin() < dateline && d.content.end() > dateline) {
          d.content = span(text, dateline, d.content.end()); // "WASHINGTON: …, X said"
        }
        if (dateline > 0 && d.source != null && d.source.begin() < dateline
            && d.source.end() > dateline) {
          // "Washington (CNN) President Donald Trump said …": the speaker, not the dateline
          d.source = span(text, dateline, d.source.end());
        } else if (dateline > 0 && d.source != null && d.source.begin() < dateline
            && d.cue.begin() > dateline) {
          // "New Orleans, Louisiana (AP) The mayor said …": the parse took the dateline for the
          // subject; the speaker is what stands between it and the cue, when that is a few words
          Span speaker = speakerAfterDateline(text, dateline, d.cue.begin());
          if (speaker != null) {
            d.source = speaker;
            d.entity = null;
            for (int c = speaker.end() - 1; c >= speaker.begin() && d.entity == null; c--) {
              d.entity = entityByChar.get(c); // the phrase's head: its last name
            }
          }
        }
        d.content = withinItsQuotation(text, d.content, d.cue, quotes);
        d.content = wholeQuotation(text, d.content, d.cue, quotes);
        d.direct = insideQuotes(d.content, quotes) || announcedParagraph(text, d);
        java.util.regex.Matcher even = EVEN_AS.matcher(d.content.text());
        if (!d.direct && d.content.begin() > d.cue.begin() && even.find() && even.start() > 0
            && !insideAnyQuote(d.content.begin() + even.start(), quotes)
            && OTHERS_SPEAK.matcher(d.content.text().substring(even.end())).find()) {
          // "Trump maintained that the risk remains low, even as officials have warned …": the
          // outlet's counterpoint, not what was said
          d.content = span(text, d.content.begin(), d.content.begin() + even.start());
        }
        if (d.stance == Stance.DENY && REJECTING.matcher(d.cue.text()).find()
            && proposal(s, d.content)) {
          d.stance = Stance.ASSERT; // "rejected the idea of a security zone": opposed, not denied
        }
        if (d.stance == Stance.ASSERT && hasHedge(s, d.content)) {
          d.stance = Stance.HEDGE;
        }
      }
      drafts.addAll(here);
    }
    dashCues(text, quotes, entityByChar, drafts);
    postCues(text, entityByChar, drafts);
    drafts.sort((a, b) -> Integer.compare(a.cue.begin(), b.cue.begin()));
    interruptedContent(text, drafts, quotes, parsed.sentences());
    quotationGoesOn(text, drafts);
    cueWithItsParticle(text, drafts, parsed.sentences());
    endAtConjoinedCue(text, drafts);
    endBeforeTheSpeaker(text, drafts, parsed.sentences());
    participleLooksAhead(text, drafts, parsed.sentences(), quotes);
    writtenAsAName(drafts, entities);
    namedWithItsKind(text, drafts, entities);
    continueSpeaker(drafts, entities);
    itSpeaker(text, drafts, entities, parsed.sentences(), quotes);
    denialOfWhatWasSaid(drafts, parsed.sentences());
    documentSpeaker(text, drafts, parsed.sentences());
    tagAfterContent(text, drafts);
    onlyATag(text, drafts);
    // nesting: an explicit parent, else the smallest other content that holds the cue (not the
    // outlet's own hedge: what it holds, the outlet reports)
    for (Draft d : drafts) {
      if (d.parent != null) {
        continue;
      }
      Draft best = null;
      for (Draft o : drafts) {
        // an own hedge whose content runs over a speaker's tag is that speaker's ("The
        // government seemed to have ignored farming, Jha said": Jha's hedge)
        if (o != d && !o.unsourced() && o.holds(d.cue) && (!d.holds(o.cue) || d.unsourced()
                && o.cue.begin() > d.cue.end() && o.content.end() <= o.cue.begin())
            && (best == null || o.content.end() - o.content.begin()
                < best.content.end() - best.content.begin())) {
          best = o;
        }
      }
      d.parent = best;
      if (best != null && d.unsourced() && d.holds(best.cue)) {
        d.content = span(text, d.content.begin(), best.content.end());
      }
    }
    personAfterTheirPlace(drafts, entities);
    describedSpeaker(drafts, entities);
    firstPersonSpeaker(text, drafts, quotes);
    Map<Draft, String> ids = new IdentityHashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      ids.put(drafts.get(i), "a" + (i + 1));
    }
    List<Attribution> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(new Attribution(ids.get(d), d.parent == null ? null : ids.get(d.parent),
          new Attribution.Source(d.source, d.entity, d.entity == null && d.source != null
              && RELATIVE_PRONOUN.matcher(d.source.text()).matches() ? d.refersTo : null),
          d.cue, d.content, d.direct, d.stance,
          d.parts == null ? List.of(d.content) : d.parts));
    }
    return out;
  }

  /**
   * A content that runs over the tag of the attribution that reports it ends before that tag:
   * in "Sources told me that the council has accelerated work, the Monitor said" the sources'
   * words end at "work" — "the Monitor said" reports them, and its content (from "Sources" to
   * "work") holds their cue as theirs holds its. The two held each other's cues, so neither was
   * nested in the other.
   */
  private static void tagAfterContent(String text, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.parts != null || d.direct) {
        continue;
      }
      for (Draft o : drafts) {
        if (o == d || o.source == null || o.parts != null || !d.holds(o.cue)
            || !o.holds(d.cue) || o.content.end() > o.source.begin()
            || o.cue.begin() < o.source.end() || d.cue.end() > o.source.begin()
            || o.content.begin() > d.cue.begin()) {
          continue; // only a tag (source, then cue) after the content it reports
        }
        int end = o.source.begin();
        while (end > d.content.begin() && (Character.isWhitespace(text.charAt(end - 1))
            || ",;:—–-".indexOf(text.charAt(end - 1)) >= 0)) {
          end--;
        }
        if (end > d.content.begin() && end < d.content.end()) {
          d.content = span(text, d.content.begin(), end);
          d.parent = o;
        }
      }
    }
  }

  /**
   * The noun phrase headed by token {@code head}: its words without the clauses, appositions,
   * punctuation and, where the parse made it a predicate, its subject and copula hung on it ("the
   * Ecowas treaty" of "the Ecowas treaty, which says …"; "a queer feminist" of "Emily is a queer
   * feminist who rejects …").
   */
  private static Span antecedentPhrase(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, int head) {
    int first = head;
    int last = head;
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(head));
    for (int guard = 0; !todo.isEmpty() && guard < t.size(); guard++) {
      for (Dependency d : children.getOrDefault(todo.pop(), List.of())) {
        if (!d.relation().matches("acl.*|appos|parataxis|punct|dep|advcl|ccomp|csubj.*"
            + "|nmod:tmod|case|nsubj.*|cop|aux.*|mark|cc|advmod|obl.*|expl")) {
          first = Math.min(first, d.dependent());
          last = Math.max(last, d.dependent());
          todo.push(d.dependent());
        }
      }
    }
    return span(text, t.get(first).begin(), t.get(last).end());
  }

  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile(",\\s+(which|who|whom|whose)\\b");
  private static final java.util.regex.Pattern RELATIVE_PRONOUN =
      java.util.regex.Pattern.compile("(?i)that|which|who|whom");
  private static final java.util.regex.Pattern LEADING_CONJUNCTION =
      java.util.regex.Pattern.compile("(and|but|while|although|though|as)\\b");
  private static final java.util.regex.Pattern CONJUNCTION =
      java.util.regex.Pattern.compile("\\s*(But|And|Yet|So|Or)\\b,?\\s*");

  /** Whether a verb stands between the offsets {@code from} and {@code to} of {@code s}. */
  private static boolean verbBetween(Sentence s, int from, int to) {
    List<Token> t = s.tokens();
    int first = 0;
    while (first < t.size() && t.get(first).begin() < from) {
      first++;
    }
    int last = first - 1;
    while (last + 1 < t.size() && t.get(last + 1).end() <= to) {
      last++;
    }
    return last >= first && hasVerb(t, first, last);
  }

  private static final java.util.regex.Pattern CONJOINED = java.util.regex.Pattern.compile(
      "(?:,\\s*)?\\b(?:and|but)\\s+(?:\\p{L}+ly\\s+|then\\s+|also\\s+){0,2}$");

  private static final java.util.regex.Pattern PARTICIPLE_TAG = java.util.regex.Pattern.compile(
      "[”\"’']*,[”\"’']*\\s*(?:\\p{L}+ly\\s+|also\\s+)?$");

  /**
   * "… said the vote was fair and warned against hackers": what the speaker said ends before a
   * second speech verb of theirs joined to the first (the parse may hang it inside the content).
   */
  private static void endAtConjoinedCue(String text, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.direct || d.parts != null || d.source == null) {
        continue;
      }
      for (Draft o : drafts) {
        boolean inherited = o.source != null && d.content.contains(o.source);
        if (o == d || !d.content.contains(o.cue) || o.cue.begin() <= d.content.begin()
            || !(o.source == null || o.source.equals(d.source)
                || o.source.end() <= d.cue.begin() || inherited)) {
          continue;
        }
        // "…, adding that …", "…, saying …": a participle after a comma is the speaker's too
        java.util.regex.Matcher m = CONJOINED.matcher(text)
            .region(d.content.begin(), o.cue.begin());
        boolean found = m.find();
        boolean participle = false;
        if (!found && o.cue.text().matches("\\p{L}+ing\\b.*")) {
          m = PARTICIPLE_TAG.matcher(text).region(d.content.begin(), o.cue.begin());
          found = m.find();
          participle = found;
        }
        if (found && m.start() > d.content.begin()
            && (!inherited || o.source.end() <= m.start())) {
          d.content = trimQuotesAndPunct(text, span(text, d.content.begin(), m.start()));
          if (inherited && !participle) {
            // (a participle after a comma may be the reported clause's subject's: "Police said
            // protesters attacked officers, demanding …" — the protesters demand)
            // "said the dam would hold and warned against …": the parse gave the second verb the
            // content's subject; a speech verb joined so is the speaker's
            o.source = d.source;
            o.entity = d.entity;
            o.parent = null;
          }
          break;
        }
      }
    }
  }

  /**
   * What was said does not hold who said it: "Calling the death “unlawful”, the panel recommended
   * …" — a participle opening the sentence says what stands between it and the comma that ends
   * its phrase, not the main clause after.
   */
  private static void endBeforeTheSpeaker(String text, List<Draft> drafts,
      List<Sentence> sentences) {
    for (Draft d : drafts) {
      if (d.source == null || d.parts != null || d.content.begin() < d.cue.end()
          || d.source.begin() <= d.content.begin() || d.source.begin() >= d.content.end()
          || !d.cue.text().matches("\\p{L}+(ing|ed)\\b.*")) {
        continue;
      }
      Sentence s = EntityResolver.sentenceAt(sentences, d.cue.begin());
      if (s == null || !text.substring(s.begin(), d.cue.begin()).matches("[\\s\"“‘']*")) {
        continue; // the participle opens its sentence
      }
      // the comma that ends the participle's phrase ("Denying wrongdoing, Smith's lawyer, Jane
      // Doe, said …": not the one before "Jane Doe")
      int comma = text.indexOf(',', d.content.begin());
      if (comma > d.content.begin() && comma < d.source.begin()) {
        Span cut = trimQuotesAndPunct(text, span(text, d.content.begin(), comma));
        if (cut.end() > cut.begin()) {
          d.content = cut;
        }
      }
    }
  }

  /** Whether {@code rest} is nothing, or a day ("Monday", "on Friday", "today"), and a stop. */
  private static boolean dayAtMost(String rest) {
    String r = rest.strip().replaceFirst("[.,]$", "").replaceFirst("(?i)^on\\s+", "").strip();
    return r.isEmpty() || EntityResolver.DAYS.matcher(r).matches();
  }

  /**
   * Drops an attribution whose content is only the tag of another, perhaps with a day: "…
   * after his campaign complained, the paper's executive editor said Monday" (what the
   * campaign complained of is not told; the editor said the rest).
   */
  private static void onlyATag(String text, List<Draft> drafts) {
    Set<Draft> tags = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Draft d : drafts) {
      for (Draft o : drafts) {
        if (o != d && o.source != null && d.content.begin() >= o.source.begin()
            && d.content.begin() < o.source.end() && d.content.end() >= o.cue.end()
            && dayAtMost(text.substring(o.cue.end(), d.content.end()))) {
          tags.add(d);
          break;
        }
      }
    }
    if (tags.isEmpty()) {
      return;
    }
    drafts.removeIf(tags::contains);
    for (Draft d : drafts) {
      if (d.parent != null && tags.contains(d.parent)) {
        d.parent = null;
      }
    }
  }

  /**
   * A participle after a comma says what follows it, not what stands before ("Appearing on
   * “Harbour Morning”, Olsen said that …, noting the release of more testimony": the parse had
   * given "noting" the opening phrase). Not "citing" and "quoting", whose source is what follows
   * ("…, citing officials in the ministry").
   */
  private static void participleLooksAhead(String text, List<Draft> drafts,
      List<Sentence> sentences, List<int[]> quotes) {
    for (Draft d : drafts) {
      if (d.parts != null || d.content.end() > d.cue.begin()
          || !d.cue.text().matches("\\p{L}+ing") || d.cue.text().matches("(?i)citing|quoting")
          || !COMMA_BEFORE.matcher(text).region(Math.max(0, d.cue.begin() - 4), d.cue.begin())
              .find()) {
        continue;
      }
      Sentence s = EntityResolver.sentenceAt(sentences, d.cue.begin());
      if (s == null || drafts.stream().anyMatch(o -> o != d && o.content.begin() < d.content.end()
          && d.content.begin() < o.content.end())) {
        continue; // "the Pentagon announced …, confirming earlier reporting": what it announced
      }
      List<Token> t = s.tokens();
      int next = -1;
      for (int i = 0; i < t.size() && next < 0; i++) {
        if (t.get(i).begin() >= d.cue.end()) {
          next = i;
        }
      }
      if (next < 0 || !(t.get(next).pos().matches("DT|NNS?|PRP\\$?|JJ.?|CD|``")
          || t.get(next).word().matches("(?i)that|how|what|whether|why|[\"“‘']"))) {
        continue; // "…, smiling on Monday": no object to say
      }
      Span after = trimQuotesAndPunct(text, span(text, d.cue.end(), s.end()));
      if (after.end() > after.begin() && after.text().contains(" ")) {
        d.content = after;
        d.direct = insideQuotes(d.content, quotes);
      }
    }
  }

  /** A comma, perhaps inside a closing quotation mark, right before a word. */
  private static final java.util.regex.Pattern COMMA_BEFORE =
      java.util.regex.Pattern.compile(",[\"”’']?\\s+$");

  /** Where the paragraph holding {@code at} ends (a blank line, or the end of the text). */
  private static int paragraphEnd(String text, int at) {
    int end = text.indexOf("\n\n", at);
    return end < 0 ? text.length() : end;
  }

  /**
   * Whether an attribution other than {@code d} claims the quotation {@code q}: its content holds
   * part of it, or its cue comes after it before {@code until} ("“B,” he added"). Cues inside the
   * quotation are speech it reports ("as rich as he says he is") and do not count.
   */
  private static boolean claimedByAnother(Draft d, int[] q, int until, List<Draft> drafts) {
    for (Draft o : drafts) {
      if (o == d || q[0] <= o.cue.begin() && o.cue.end() <= q[1]) {
        continue;
      }
      if (o.content.begin() < q[1] && q[0] < o.content.end()
          || o.cue.begin() < until && q[0] < o.cue.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quotation mark at {@code at} opens its sentence: only white space before it in the
   * sentence of the word after it (the splitter may leave a straight mark with the sentence
   * before).
   */
  private static boolean opensSentence(String text, List<Sentence> sentences, int at) {
    int inside = at + markWidth(text, at);
    Sentence s = EntityResolver.sentenceAt(sentences, inside);
    return s != null && s.begin() <= inside
        && text.substring(s.begin(), inside).matches("\\s*([\"“«‘']|''|``)?");
  }

  private static final java.util.regex.Pattern TO_VERB =
      java.util.regex.Pattern.compile("to\\s+(\\p{L}+)\\s+");
  private static final java.util.regex.Pattern PARTICLE = java.util.regex.Pattern.compile(
      "(\\s+(on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
      + "(\\s+(morning|afternoon|evening|night))?|\\s+(then|later|earlier|today|yesterday))?"
      + "(\\s*:|\\s+(for|on|against|about|of)\\b)?");

  /**
   * The cue takes what stands between its verb and what the verb introduces, as PolNeAR marks
   * it: the preposition the verb governs, the colon that opens the content and the day it was
   * said ("called for", "warned against", "said:", "said Thursday morning that").
   */
  private static void cueWithItsParticle(String text, List<Draft> drafts,
      List<Sentence> sentences) {
    for (Draft d : drafts) {
      if (d.content.begin() < d.cue.end()) {
        continue;
      }
      // a chain of verbs ending in a cue: "continued to call for", "declined to endorse"
      java.util.regex.Matcher chain = TO_VERB.matcher(d.content.text());
      Sentence s = EntityResolver.sentenceAt(sentences, d.content.begin());
      if (d.parts == null && chain.lookingAt() && s != null
          && d.content.begin() + chain.end() < d.content.end()) {
        int verbAt = d.content.begin() + chain.start(1);
        Token verb = s.tokens().stream().filter(tok -> tok.begin() == verbAt).findFirst()
            .orElse(null);
        if (verb != null && verb.isVerb() && Cues.VERBS.containsKey(verb.lemma())) {
          java.util.regex.Matcher prep = PARTICLE.matcher(text).region(verb.end(),
              d.content.end());
          int cueEnd = prep.lookingAt() && prep.group(8) != null ? prep.end() : verb.end();
          d.cue = span(text, d.cue.begin(), cueEnd);
          d.content = trimQuotesAndPunct(text, span(text, cueEnd, d.content.end()));
          continue;
        }
      }
      java.util.regex.Matcher m = PARTICLE.matcher(text).region(d.cue.end(), d.content.begin());
      if (m.lookingAt() && m.end() > d.cue.end()
          && text.substring(m.end(), d.content.begin()).matches("[\\s\"“‘']*")) {
        d.cue = span(text, d.cue.begin(), m.end());
      }
    }
  }

  /** A subordinator alone before the tag ("If, as I've suggested, he …"): not what was said. */
  private static final java.util.regex.Pattern SUBORDINATOR = java.util.regex.Pattern.compile(
      "(?i)if|when|while|because|although|though|since|unless|once|after|before|whether");

  /** An "as" opening the speaker's tag after a comma: "The dam, as the engineers said, …". */
  private static final java.util.regex.Pattern AS_TAG =
      java.util.regex.Pattern.compile(",\\s*((?i:as))\\s+$");

  /**
   * A content the speaker's clause interrupts is one content in two parts, as news writes a
   * quotation around its tag: "“A,” she said. “B.”" and "“A,” he said, “B.”" (the quotation that
   * follows the tag, in its sentence or opening the next, when no cue of its own claims it), and
   * "A, he said, B" (a tag between commas after the sentence's first words). The content runs
   * from the first part to the last; before, the second quotation was nobody's.
   */
  private static void interruptedContent(String text, List<Draft> drafts, List<int[]> quotes,
      List<Sentence> sentences) {
    for (Draft d : drafts) {
      if (d.source == null || d.parts != null) {
        continue;
      }
      Span first = null;
      Span second = null;
      int tag = Math.min(d.source.begin(), d.cue.begin());
      int tagEnd = Math.max(d.source.end(), d.cue.end());
      Sentence tagged = EntityResolver.sentenceAt(sentences, d.cue.begin());
      if (d.direct && tagged != null && d.content.end() <= tag) {
        // "“A,” she said. “B.”" or "“A,” she said, “B.”": the quotation after the tag
        int[] opening = null;
        int[] next = null;
        for (int[] q : quotes) {
          if (q[0] <= d.content.begin() && d.content.end() <= q[1]) {
            opening = q;
          } else if (q[0] >= tagEnd && (next == null || q[0] < next[0])) {
            next = q;
          }
        }
        if (opening == null || next == null || opening[1] > tag) {
          continue;
        }
        String gap = text.substring(tagEnd, next[0]);
        Sentence continued = EntityResolver.sentenceAt(sentences,
            next[0] + markWidth(text, next[0]));
        // "“A,” she said.¶¶“B.”": a quotation filling the next paragraph goes on with hers
        boolean nextParagraph = gap.matches("[^\n]*[.!?]\\s*\n\\s*\n\\s*")
            && text.substring(next[1], paragraphEnd(text, next[1])).matches("[\\s.,!?]*");
        if (gap.indexOf('\n') >= 0 && !nextParagraph || continued == null
            || gap.length() > 200) {
          continue;
        }
        boolean sameSentence = continued.index() == tagged.index()
            && gap.strip().endsWith(",") && gap.matches("[^.!?;:\"“”]*")
            && !verbBetween(tagged, tagEnd, next[0]); // not "… before asking her, “B”"
        boolean nextSentence = continued.index() == tagged.index() + 1
            && opensSentence(text, sentences, next[0])
            && opensSentence(text, sentences, opening[0]);
        // the quotation ends its sentence
        Sentence last = EntityResolver.sentenceAt(sentences, Math.max(next[0], next[1] - 1));
        if (!sameSentence && !nextSentence || last == null
            || !text.substring(next[1], Math.max(next[1], last.end())).matches("[\\s.,!?]*")
            || claimedByAnother(d, next, Math.max(next[1], last.end()), drafts)) {
          continue;
        }
        first = d.content;
        second = trimQuotesAndPunct(text, span(text, next[0], next[1]));
      } else if (d.direct && tagged != null && d.content.begin() >= tagEnd) {
        // "“A,” she said, “B.”" where the cue's content is the second quotation
        int[] opening = null;
        for (int[] q : quotes) {
          if (q[1] <= tag && text.substring(q[1], tag).matches("[\\s,]*")) {
            opening = q;
          }
        }
        if (opening == null || !opensSentence(text, sentences, opening[0])
            || EntityResolver.sentenceAt(sentences, opening[0]) != tagged
            || !text.substring(tagEnd, d.content.begin()).matches("[^.!?;:]*")
            || claimedByAnother(d, opening, opening[1], drafts)) {
          continue;
        }
        first = trimQuotesAndPunct(text, span(text, opening[0], opening[1]));
        second = d.content;
      } else if (!d.direct && d.content.begin() >= d.cue.end()
          && text.substring(d.cue.end(), d.content.begin()).strip().equals(",")) {
        Sentence s = EntityResolver.sentenceAt(sentences, d.source.begin());
        if (s == null || s.begin() >= d.source.begin() || d.source.begin() > d.cue.begin()) {
          continue;
        }
        int tagBegin = d.source.begin();
        java.util.regex.Matcher as = AS_TAG.matcher(text).region(s.begin(), tagBegin);
        if (as.find()) {
          tagBegin = as.start(1); // "The dam, as the engineers said, cannot hold": the "as" too
        }
        String before = text.substring(s.begin(), tagBegin);
        if (!before.strip().endsWith(",") || before.matches("(?s).*[\"“”«»].*")) {
          continue;
        }
        // from the relative pronoun the tag interrupts ("the stadium, which, Tompkins said, is
        // …"), else the sentence's start, without a conjunction ("But, he said, …")
        int from = s.begin();
        java.util.regex.Matcher rel = RELATIVE.matcher(text).region(s.begin(), tagBegin);
        while (rel.find()) {
          from = rel.start(1);
        }
        java.util.regex.Matcher conj = CONJUNCTION.matcher(text).region(from, tagBegin);
        if (conj.lookingAt()) {
          from = conj.end();
        }
        Span opening = trimQuotesAndPunct(text, span(text, from, tagBegin));
        if (opening.text().isBlank() || SUBORDINATOR.matcher(opening.text()).matches()
            || drafts.stream().anyMatch(o -> o != d
                && (o.cue.overlaps(opening) || o.content.overlaps(opening)))) {
          continue;
        }
        if (LEADING_CONJUNCTION.matcher(d.content.text()).lookingAt()) {
          // "A, he said, and B": the tag closes what he said; "and B" goes on in the outlet's words
          d.content = opening;
          continue;
        }
        first = opening;
        second = d.content;
      }
      if (first != null && second != null && !second.text().isBlank()) {
        d.parts = List.of(first, second);
        d.content = span(text, first.begin(), second.end());
      }
    }
  }

  /**
   * A quotation that ends its paragraph goes on in the paragraphs after it that are quotations
   * and nothing else, as news quotes a speaker at length: "She said: “A.”¶¶“B.”¶¶“C.”" (or with
   * no closing mark before the last paragraph). Each such paragraph is a part of her content
   * until a paragraph holds other words or a cue of its own ("“C,” he added"), or opens with
   * another mark (a heading in single quotes after a quotation in double ones).
   */
  private static void quotationGoesOn(String text, List<Draft> drafts) {
    List<int[]> stretches = quotedStretches(text);
    for (Draft d : drafts) {
      if (d.source == null || !d.direct && !insideQuotes(d.content, stretches)) {
        continue;
      }
      List<Span> parts = new ArrayList<>(d.parts == null ? List.of(d.content) : d.parts);
      int end = d.content.end();
      // "“A,” said Gregg.¶¶“B.”": after the quotation, the tag may end its paragraph
      int after = Math.max(end, Math.max(d.cue.end(), d.source.end()));
      for (int paragraphs = 0; paragraphs < 8; paragraphs++) {
        int from = Math.max(end, after);
        int paragraph = paragraphEnd(text, from);
        if (!text.substring(from, paragraph).matches("[\\s.,!?\"”’'»]*")
            || paragraph + 2 >= text.length()) {
          break;
        }
        int[] next = null;
        for (int[] q : stretches) {
          if (q[0] >= paragraph && text.substring(paragraph, q[0]).isBlank()) {
            next = q;
            break;
          }
        }
        Span last = parts.get(parts.size() - 1);
        if (next == null || next[0] > paragraph + 4 || last.begin() == 0
            || text.charAt(next[0]) != text.charAt(last.begin() - 1) // “A.”¶¶'Heading' or "B
            || !text.substring(next[1], paragraphEnd(text, next[1])).matches("[\\s.,!?]*")
            || claimedByAnother(d, next, paragraphEnd(text, next[1]), drafts)) {
          break;
        }
        Span more = trimQuotesAndPunct(text, span(text, next[0], next[1]));
        if (more.text().isBlank()) {
          break;
        }
        parts.add(more);
        end = more.end();
      }
      if (parts.size() > (d.parts == null ? 1 : d.parts.size())) {
        d.parts = List.copyOf(parts);
        d.content = span(text, parts.get(0).begin(), end);
        d.direct = true; // "He said: “A.¶¶“B.”": the first paragraph's mark opens a quotation
      }
    }
  }

  /**
   * A source written exactly as a person's or organisation's name or spelling variant is that
   * entity, though the NER missed this occurrence ("Bret:" in a transcript whose other turns it
   * tagged).
   */
  private static void writtenAsAName(List<Draft> drafts, List<Entity> entities) {
    Map<String, String> byName = new HashMap<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        byName.putIfAbsent(e.name(), e.id());
        e.variants().forEach(v -> byName.putIfAbsent(v.text(), e.id()));
      }
    }
    for (Draft d : drafts) {
      if (d.entity == null && d.source != null) {
        d.entity = byName.get(d.source.text().strip());
      }
    }
  }

  /**
   * The subject of a participle in a "with" phrase, or of one joined to it: "the meeting broke
   * down with the North Koreans calling the talks “sickening” and accusing the Americans of …" —
   * the North Koreans call and accuse, not the meeting (the subject of the verb the phrase hangs
   * on) — or the noun of "of" right before the participle ("with footage of Trump saying …"). The
   * noun, and the first and last tokens of its phrase (without "with" and the participle); null
   * when the participle stands in no such phrase.
   */
  private static int @Nullable [] withSubject(List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf, int verb) {
    int g = verb;
    Dependency up = headOf.get(g);
    while (up != null && up.relation().equals("conj") && up.head() >= 0 && up.head() < g
        && t.get(up.head()).pos().equals("VBG")) {
      g = up.head();
      up = headOf.get(g);
    }
    if (up == null || up.head() < 0 || up.head() >= g || !up.relation().matches("dep|acl")
        || !t.get(up.head()).pos().matches("NNS?|NNPS?|PRP")) {
      return null;
    }
    int noun = up.head();
    int with = child(children, noun, "case");
    if (with < 0 || !t.get(with).word().equalsIgnoreCase("with")
        || firstOfSubtree(children, noun) != with) {
      return null;
    }
    if (noun == g - 1) {
      // someone who speaks: a name, a pronoun, people ("the North Koreans", "officials"), not a
      // thing ("sparked anger with her rhetoric criticizing …": she criticises)
      return speaks(t.get(noun)) ? new int[] {noun, with + 1, g - 1} : null;
    }
    // "with footage of Trump saying …": the noun of "of" (or "with") right before the
    // participle speaks
    int speaker = g - 1;
    Dependency of = headOf.get(speaker);
    if (!speaks(t.get(speaker)) || of == null || of.head() != noun
        || !of.relation().startsWith("nmod")) {
      return null;
    }
    int first = firstOfSubtree(children, speaker);
    if (first == child(children, speaker, "case")) {
      first++; // "of Trump", "a powertrain with CEO Takahiro Hachigo stating …"
    }
    return new int[] {speaker, first, g - 1};
  }

  /** Whether a noun names someone who can speak: a name, a pronoun, a person or people. */
  private static boolean speaks(Token noun) {
    String lemma = noun.lemma().toLowerCase(Locale.ROOT);
    return noun.pos().matches("NNPS?|PRP") || noun.pos().matches("NNS?")
        && (PERSON_NOUNS.contains(lemma) || SPEAKING_NOUNS.contains(lemma)
            || EntityResolver.ROLE_WORDS.contains(lemma) || lemma.equals("people"));
  }

  /** What an organisation is called after its name: "the Reuters news agency". */
  private static final java.util.regex.Pattern KIND_OF_BODY = java.util.regex.Pattern.compile(
      "(?i)(?:(?:state|news|wire|official|private|online|daily|weekly) )*(?:agency|service"
          + "|newspaper|paper|daily|weekly|broadcaster|network|channel|outlet|website|site"
          + "|magazine|tabloid|company|firm|group|organi[sz]ation|institute|foundation"
          + "|think tank|party)");

  /**
   * A source that is an organisation's name and a word for what kind of body it is, with no
   * other words ("The Reuters news agency quoted him as saying", "the Quint website reported"),
   * is that organisation: the name is not the head of its phrase, so the parse gave the source
   * no entity.
   */
  private static void namedWithItsKind(String text, List<Draft> drafts, List<Entity> entities) {
    for (Draft d : drafts) {
      if (d.entity != null || d.source == null) {
        continue;
      }
      for (Entity e : entities) {
        if (e.type() != EntityType.ORGANIZATION || d.entity != null) {
          continue;
        }
        for (Mention m : e.mentions()) {
          if (m.begin() >= d.source.begin() && m.end() <= d.source.end()
              && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT)
              && text.substring(d.source.begin(), m.begin()).strip().matches("(?i)(the)?")
              && KIND_OF_BODY.matcher(text.substring(m.end(), d.source.end()).strip())
                  .matches()) {
            d.entity = e.id();
            break;
          }
        }
      }
    }
  }

  /** A cue that rejects: of a proposal it is a position taken ({@link #proposal}). */
  private static final java.util.regex.Pattern REJECTING =
      java.util.regex.Pattern.compile("(?i)\\b(?:reject|dismiss)\\w*$");

  /** Nouns of what is proposed rather than stated. */
  private static final Set<String> PROPOSALS = Set.of("idea", "plan", "proposal", "offer",
      "call", "demand", "request", "bill", "deal", "agreement", "measure", "resolution", "motion",
      "amendment", "bid", "invitation", "appeal", "ultimatum", "compromise", "truce", "ceasefire",
      "cease-fire", "settlement", "initiative", "package", "budget", "treaty", "nomination",
      "nominee", "candidacy", "application", "recommendation", "terms", "conditions");

  /**
   * Whether a content is a noun phrase naming something proposed: "the idea of a UN-mandated
   * security zone", "a peace plan", "calls for a ceasefire", "the EU's offer of talks". Rejecting
   * one opposes it and says nothing is false, so the report must not show it as a denial. The
   * noun must end the phrase's first words (determiner, possessive, adjectives and nouns before
   * it), with nothing or a preposition other than "as" after it: not "claims the bill would raise
   * taxes", "the ceasefire proposal as a ploy", "the idea that …", "reports of a deal", nor a name
   * ("Bill Clinton's account").
   */
  private static boolean proposal(Sentence s, Span content) {
    List<Token> t = s.tokens();
    int k = 0;
    while (k < t.size() && t.get(k).begin() < content.begin()) {
      k++;
    }
    int possessive = -1;
    for (int j = k; j < t.size() && j < k + 6 && t.get(j).end() <= content.end(); j++) {
      if (t.get(j).pos().equals("POS")) {
        possessive = j; // "the EU's offer": the phrase starts after the owner
        break;
      }
    }
    if (possessive >= 0) {
      k = possessive + 1;
    } else if (k < t.size() && t.get(k).pos().matches("DT|PRP\\$|PDT")) {
      k++;
    }
    for (int words = 0; k < t.size() && words < 4 && t.get(k).end() <= content.end();
        k++, words++) {
      Token w = t.get(k);
      if (!w.pos().matches("JJ.?|NNS?|VBN|VBG|CD|HYPH")) {
        return false; // "claims the bill …": a clause, not a phrase
      }
      if (w.pos().startsWith("NN") && PROPOSALS.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        Token next = k + 1 < t.size() && t.get(k + 1).end() <= content.end() ? t.get(k + 1)
            : null;
        if (next == null || next.pos().matches("[.,:;]|''|-RRB-")) {
          return true;
        }
        if (next.pos().startsWith("NN")) {
          continue; // "a budget deal", "the ceasefire proposal": the noun after it heads it
        }
        String after = next.word().toLowerCase(Locale.ROOT);
        // "the invitation to attend", "that offer and argued …"; not "the plan as a stunt"
        return next.pos().matches("IN|TO|CC") && !after.equals("as") && !after.equals("that");
      }
    }
    return false;
  }

  private static boolean hasHedge(Sentence s, Span content) {
    for (Token t : s.tokens()) {
      if (t.begin() >= content.begin() && t.end() <= content.end()
          && Cues.HEDGES.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  // --- according to X / citing X -------------------------------------------------------------

  private static void accordingTo(String text, Sentence s, Map<Integer, String> entityByChar,
      List<Draft> out) {
    List<Token> t = s.tokens();
    Draft according = null;
    for (int i = 0; i + 1 < t.size(); i++) {
      boolean isAccording = t.get(i).word().equalsIgnoreCase("according")
          && t.get(i + 1).word().equalsIgnoreCase("to");
      boolean isCiting = t.get(i).word().equalsIgnoreCase("citing");
      if (!isAccording && !isCiting) {
        continue;
      }
      int npStart = isAccording ? i + 2 : i + 1;
      int npEnd = npStart;
      boolean quoted = false; // inside a description in quotation marks: "sources close to …"
      while (npEnd < t.size() && !t.get(npEnd).word().matches("[,.;:]")
          && (quoted || !t.get(npEnd).isVerb() || describingParticiple(t, npStart, npEnd))
          && !t.get(npEnd).word().equalsIgnoreCase("citing")
          // a subject pronoun after the name starts the clause: "According to Fox News he joked"
          && (quoted || npEnd == npStart || !t.get(npEnd).pos().equals("PRP")
              || !t.get(npEnd - 1).pos().startsWith("NN"))) {
        quoted ^= t.get(npEnd).word().matches("[\"“”]|``|''");
        npEnd++;
      }
      if (npEnd == npStart) {
        continue;
      }
      Span source = span(text, t.get(npStart).begin(), t.get(npEnd - 1).end());
      Span cue = span(text, t.get(i).begin(), t.get(isAccording ? i + 1 : i).end());
      int head = nounChunkHead(t, npStart, npEnd);
      if (isAccording && i > 0 && t.get(i - 1).isVerb()
          && !t.get(i - 1).lemma().equalsIgnoreCase("be")
          && (NORMS.contains(t.get(head).lemma().toLowerCase(Locale.ROOT))
              || !canSpeak(t.get(head)) && !LoadedWords.animateNouns().contains(
                  t.get(head).lemma().toLowerCase(Locale.ROOT)))) {
        continue; // a manner, not a source: "to live according to the faith", "went according
                  // to plan", "acted according to the law" (not "That's according to numbers")
      }
      Span content;
      if (i <= 2 || (according != null && i == npAfter(t, according, text))) {
        // phrase first: content is the main clause after it, past appositives and "citing X"
        content = clause(text, t, mainClauseAfter(t, npEnd), t.size() - 1);
      } else {
        content = clause(text, t, 0, i - 1);
      }
      if (content == null) {
        continue;
      }
      Draft d = new Draft(source, entityByChar.get(t.get(head).begin()), cue, content,
          Stance.ASSERT);
      d.citesAThing = isCiting && !canSpeak(t.get(head));
      if (d.citesAThing) {
        d.cited = clause(text, t, npStart, t.size() - 1);
      }
      if (isCiting && according != null) {
        d.parent = according;
        d.content = according.content;
      }
      out.add(d);
      if (isAccording) {
        according = d;
      }
    }
  }

  /**
   * "Louisville, Kentucky Mayor Greg Fischer announced …", "Dayton, Ohio, Mayor Nan Whaley said":
   * the parse made the place the head of the speaker's phrase; the speaker is the person the
   * phrase names after it.
   */
  private static void personAfterTheirPlace(List<Draft> drafts, List<Entity> entities) {
    Set<String> places = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION) {
        places.add(e.id());
      }
    }
    for (Draft d : drafts) {
      if (d.source == null || d.entity == null || !places.contains(d.entity)) {
        continue;
      }
      int best = Integer.MAX_VALUE;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON) {
          continue;
        }
        for (Mention m : e.mentions()) {
          String after = m.begin() > d.source.begin() && m.end() <= d.source.end()
              ? d.source.text().substring(m.end() - d.source.begin()).strip() : "x";
          // (the name ends the phrase or an apposition follows it: not "Mayor Pete Buttigieg's
          // New Hampshire director")
          if (m.kind() == Mention.Kind.NAME && m.begin() > d.source.begin()
              && (after.isEmpty() || after.startsWith(",")) && m.begin() < best) {
            best = m.begin();
            d.entity = e.id();
          }
        }
      }
    }
  }

  /**
   * Whether the participle at {@code i} describes the noun right before it inside a source's
   * noun phrase: "citing a person briefed on the investigation", "according to a report
   * published by the ministry" (not the phrase's first word).
   */
  private static boolean describingParticiple(List<Token> t, int npStart, int i) {
    return i > npStart && t.get(i).pos().equals("VBN") && t.get(i - 1).pos().startsWith("NN")
        && i + 1 < t.size() && t.get(i + 1).pos().matches("IN|RB|TO");
  }

  /**
   * The subject of the sentence's main verb before {@code before}, when the sentence is parsed
   * ("The company delayed the launch, citing supply problems": the company cites them), or null.
   */
  private static @Nullable Span rootSubject(String text, Sentence s, Span before) {
    if (!s.parsed()) {
      return null;
    }
    Map<Integer, List<Dependency>> children = new HashMap<>();
    int root = -1;
    for (Dependency d : s.dependencies()) {
      children.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d);
      if (d.head() < 0) {
        root = d.dependent();
      }
    }
    int subject = root < 0 ? -1 : child(children, root, "nsubj");
    List<Token> t = s.tokens();
    if (subject < 0 || !canSpeak(t.get(subject)) && !t.get(subject).pos().startsWith("NN")
        || t.get(lastOfSubtree(children, subject)).end() > before.begin()) {
      return null;
    }
    return span(text, t.get(firstOfSubtree(children, subject)).begin(),
        t.get(lastOfSubtree(children, subject)).end());
  }

  /** Texts a participle of saying describes: "a letter saying …", "signs reading …". */
  private static final Set<String> TEXTS = Set.of("letter", "excerpt", "book", "sign",
      "placard", "banner", "poster", "statement", "note", "message", "email", "e-mail", "tweet",
      "post", "memo", "document", "notice", "leaflet", "flyer", "petition", "resolution",
      "headline", "text", "card", "ad", "advertisement", "sticker", "t-shirt", "shirt", "video",
      "clip", "recording", "release", "filing", "complaint", "lawsuit", "motion", "order",
      "ruling", "bill", "amendment", "article", "editorial", "op-ed", "column", "story");

  /** What one writes that is no statement: "writing a novel", "wrote the song". */
  private static final Set<String> WORKS = Set.of("novel", "book", "memoir", "song", "script",
      "screenplay", "poem", "code", "software", "program", "music", "biography", "play", "opera",
      "check", "cheque", "thesis", "dissertation", "story", "stories", "series", "episode");

  /** Verbs whose first object is whom they address: "told reporters, “…”". */
  private static final Set<String> ADDRESSING = Set.of("tell", "ask", "urge", "warn", "assure",
      "remind", "inform", "advise", "reassure");
  /** A short addressee, then a comma or colon before a quotation ("reporters, “…"). */
  private static final java.util.regex.Pattern ADDRESSEE_THEN_QUOTE =
      java.util.regex.Pattern.compile(
          "[\\p{L}.'’-]+(?:\\h+[\\p{L}.'’-]+){0,3}\\h*([,:])\\s*[\"“«]");

  /** What one acts according to, rather than learns from: "acted according to the law". */
  private static final Set<String> NORMS = Set.of("law", "rule", "regulation", "guideline",
      "policy", "order", "plan", "constitution", "bible", "koran", "quran", "sharia", "tradition",
      "custom", "faith", "schedule", "script", "protocol", "procedure", "principle", "instruction");

  /** Nouns of those who speak or of what speaks for them: "citing sources", "citing a report". */
  private static final Set<String> SPEAKING_NOUNS = Set.of("source", "official", "report",
      "document", "data", "survey", "poll", "study", "statement", "newspaper", "media", "agency",
      "ministry", "intelligence", "expert", "analyst", "witness", "diplomat", "person", "people",
      "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "investigator",
      "memo", "letter", "email", "record", "filing", "court", "government", "police",
      "authority", "publication", "outlet", "website", "television", "radio", "channel",
      "account", "interview", "research", "researcher", "estimate", "analysis", "assessment",
      "review", "audit", "testimony", "transcript", "complaint", "lawsuit", "paper", "journal",
      "magazine", "broadcaster", "network", "commission", "committee", "department", "office",
      "service", "embassy", "military", "army", "company", "firm", "group", "union",
      "association", "organization", "organisation", "lawmaker", "senator",
      "congressman", "resident", "activist", "doctor", "scientist", "economist", "figure",
      "statistic", "tally", "count", "ruling", "decision", "order", "law", "rule", "regulation",
      "guideline", "policy", "note", "post", "tweet", "video", "footage", "image", "photo");

  /** Whether a word can name a speaker (or a text that speaks): a name, a pronoun, a source. */
  static boolean canSpeak(Token head) {
    return head.ner().matches("PERSON|ORGANIZATION|LOCATION|MISC") || head.pos().startsWith("PRP")
        || head.pos().startsWith("NNP")
        || SPEAKING_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * Where the main clause starts after "According to X": the first comma-separated segment that
   * has a finite verb not introduced by a relative pronoun ("X, the official resource of Y,
   * which includes A, B and C, the militants traveled …" → "the militants").
   */
  private static int mainClauseAfter(List<Token> t, int from) {
    int segStart = from;
    while (segStart < t.size()) {
      while (segStart < t.size() && t.get(segStart).word().equals(",")) {
        segStart++;
      }
      int segEnd = segStart;
      boolean finite = false;
      boolean relative = segStart < t.size()
          && t.get(segStart).word().toLowerCase(Locale.ROOT).matches("which|who|whose|that|citing");
      while (segEnd < t.size() && !t.get(segEnd).word().equals(",")) {
        String pos = t.get(segEnd).pos();
        finite |= pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
        segEnd++;
      }
      if (finite && !relative) {
        return segStart;
      }
      if (segEnd >= t.size()) {
        break;
      }
      segStart = segEnd;
    }
    int c = from;
    while (c < t.size() && t.get(c).word().equals(",")) {
      c++;
    }
    return c;
  }

  private static int npAfter(List<Token> t, Draft according, String text) {
    for (int k = 0; k < t.size(); k++) {
      if (t.get(k).begin() >= according.source.end()) {
        int j = k;
        while (j < t.size() && t.get(j).word().equals(",")) {
          j++;
        }
        return j;
      }
    }
    return -1;
  }

  /** The last noun of the first noun chunk in [from, to). */
  private static int nounChunkHead(List<Token> t, int from, int to) {
    int head = from;
    for (int k = from; k < to; k++) {
      String pos = t.get(k).pos();
      if (pos.startsWith("NN") || pos.equals("PRP")) {
        head = k;
      } else if (k > from && (pos.equals("IN") || pos.equals("VBN") || pos.equals("WDT")
          || pos.equals("WP") || pos.equals(","))) {
        break;
      }
    }
    return head;
  }

  // --- punctuation as cue: "Lavrov: …" headlines and transcripts, "“…” ― Name" --------------

  /** Verbs whose participle set off by a comma before "to be" hedges the noun before it. */
  private static final Set<String> HEDGING_PARTICIPLES = Set.of("believe", "think", "say",
      "report", "allege", "understand", "know", "consider", "rumour", "rumor", "suspect",
      "presume", "fear", "claim");

  /**
   * The content of a hedge in a reduced relative — "the elements, believed to be soldiers, …",
   * "the suspects, thought to have fled, …" — up to the comma that closes it: "to be soldiers";
   * null when {@code v} is not such a participle. No one is named as believing it.
   */
  private static @Nullable Span believedToBe(String text, List<Token> t, Token v) {
    int i = v.index();
    if (i < 2 || i + 3 >= t.size() || !t.get(i - 1).word().equals(",")
        || !HEDGING_PARTICIPLES.contains(v.lemma().toLowerCase(Locale.ROOT))
        || !v.pos().matches("VB[DN]") || !t.get(i - 2).pos().matches("NNP?S?|CD|''|”")
        || !t.get(i + 1).word().equalsIgnoreCase("to")
        || !t.get(i + 2).lemma().toLowerCase(Locale.ROOT).matches("be|have")) {
      return null;
    }
    int end = i + 3;
    while (end < t.size() && !t.get(end).word().matches("[,;:.!?]|--|—|–")) {
      end++;
    }
    if (end >= t.size() || end == i + 3) {
      return null;
    }
    return span(text, t.get(i + 1).begin(), t.get(end - 1).end());
  }

  /** Labels that end in a colon but credit no one ("Update:", "Read more:"). */
  private static final java.util.Set<String> COLON_LABELS = java.util.Set.of("note", "update",
      "editor", "photo", "photos", "video", "watch", "read", "related", "source", "sources",
      "transcript", "advertisement", "correction", "breaking", "exclusive", "analysis", "opinion",
      "live", "also", "more", "see", "listen", "subscribe", "warning", "caption", "credit",
      "disclaimer", "q", "a", "question", "answer", "example", "summary", "background", "context",
      "timeline", "factbox", "explainer", "box", "graphic", "map", "chart", "today", "tomorrow",
      "yesterday", "now", "here", "there", "by", "clarification", "disclosure", "cover",
      "topic", "topics", "trending", "recommended", "bonus", "tip", "fact", "verdict",
      // the sections of a market round-up ("STOCKS: S&P futures extend gains")
      "stocks", "bonds", "forex", "dollar", "currencies", "commodities", "oil", "gold",
      "futures", "treasuries", "markets", "crypto");

  /**
   * "Lavrov: Ukraine is a terrorist state" (a headline) or "PENCE: Well, look, …" (a transcript):
   * a short name before a colon at the start of a sentence, a clause with a verb after it.
   */
  private static void colonCue(String text, Sentence s, Map<Integer, String> entityByChar,
      Set<Integer> placeChars, Set<Integer> personChars, List<Draft> out) {
    List<Token> t = s.tokens();
    int colon = -1;
    for (int k = 1; k < Math.min(t.size(), 6); k++) {
      if (t.get(k).word().equals(":")) {
        colon = k;
        break;
      }
    }
    if (colon < 0 || colon + 3 >= t.size()) {
      return;
    }
    int start = t.get(0).word().matches("[\"“]|``") ? 1 : 0;
    if (start == 0 && colon > 1 && OPENING_VERBS.containsKey(t.get(0).word())) {
      return; // "Said Ellis: …": the verb before its speaker (invertedOpening)
    }
    for (int k = start; k < colon; k++) {
      Token w = t.get(k);
      if (!(w.pos().startsWith("NN") || w.word().matches("[.'’]|'s"))
          || COLON_LABELS.contains(w.word().toLowerCase(Locale.ROOT))) {
        return;
      }
    }
    if (start >= colon || !Character.isUpperCase(t.get(start).word().charAt(0))
        || !hasVerb(t, colon + 1, t.size() - 1) && !(titleCase(t, colon + 1)
            && namesASpeaker(t, start, colon, entityByChar))
            && !(headline(text, t) && namesAPerson(t, start, colon, personChars)
                // (not a question about them: "Ted Cruz: Constitutional conservative or …?",
                // nor a feature about them: "Joe Biden: A timeline of his career")
                && !t.get(t.size() - 1).word().equals("?")
                && !t.get(colon + 1).word().matches("(?i)a|an|the|inside|how|what|why|who|when"
                    + "|where|timeline|profile|obituary|portrait"))) {
      // a headline's verb is often read as a noun ("Poll: Trump Ties Clinton"); without a verb
      // the words before the colon must name someone ("Tags: Trump, Clinton" names no one), or
      // a person in the text's own headline ("Lynch: No outside influence on FBI probe")
      return;
    }
    if (isDateline(text, t, start, colon, placeChars)) {
      return;
    }
    Token last = t.get(colon - 1);
    if (last.pos().matches("NNS?") && last.word().equals(last.word().toLowerCase(Locale.ROOT))
        && entityByChar.get(last.begin()) == null
        && !PERSON_NOUNS.contains(last.lemma().toLowerCase(Locale.ROOT))
        && !EntityResolver.PERSON_HEADS.contains(last.lemma().toLowerCase(Locale.ROOT))
        && !LoadedWords.animateCommonNouns().contains(last.lemma().toLowerCase(Locale.ROOT))) {
      return; // "George Floyd protests: How to avoid disinformation": a topic's link, no one
    }
    boolean named = false;
    for (int k = start; k < colon; k++) {
      named |= entityByChar.get(t.get(k).begin()) != null
          && !placeChars.contains(t.get(k).begin()) // "Syria: Assad says …" is a topic
          || t.get(k).word().matches("\\p{Lu}{2,}"); // "PENCE:" in a transcript
    }
    for (Dependency d : named ? List.<Dependency>of() : s.dependencies()) {
      if (d.relation().startsWith("nsubj") && d.dependent() > colon && d.head() > d.dependent()
          && t.get(d.head()).isVerb() && t.get(d.head()).pos().matches("VBZ|VBD")
          && Cues.verb(t.get(d.head()).lemma().toLowerCase(Locale.ROOT)) != null
          && !t.get(d.dependent()).pos().equals("PRP")) {
        // "General election: Farage says Brexit party will contest every seat": the words
        // before the colon are the topic; the speaker is named after it
        return;
      }
    }
    Span content = clause(text, t, colon + 1, t.size() - 1);
    if (content == null) {
      return;
    }
    int paragraphEnd = text.indexOf('\n', content.end());
    int sentenceBegin = t.get(0).begin();
    boolean startsParagraph = text.substring(text.lastIndexOf('\n', Math.max(0,
        sentenceBegin - 1)) + 1, sentenceBegin).isBlank();
    if (paragraphEnd < 0) {
      paragraphEnd = text.length();
    }
    if (startsParagraph && paragraphEnd > content.end()) {
      // a speaker's turn in a transcript runs to the end of its paragraph
      content = trimQuotesAndPunct(text, span(text, content.begin(), paragraphEnd));
    }
    Span source = span(text, t.get(start).begin(), t.get(colon - 1).end());
    int head = colon - 1;
    out.add(new Draft(source, entityByChar.get(t.get(head).begin()),
        span(text, t.get(colon).begin(), t.get(colon).end()), content, Stance.ASSERT));
  }

  /** Speech verbs that open a sentence before their speaker ("Said Comey, “…”"), lemmatised. */
  private static final Map<String, String> OPENING_VERBS = Map.ofEntries(
      Map.entry("Said", "say"), Map.entry("Says", "say"), Map.entry("Added", "add"),
      Map.entry("Adds", "add"), Map.entry("Asked", "ask"), Map.entry("Asks", "ask"),
      Map.entry("Wrote", "write"), Map.entry("Writes", "write"),
      Map.entry("Explained", "explain"), Map.entry("Noted", "note"),
      Map.entry("Recalled", "recall"), Map.entry("Replied", "reply"),
      Map.entry("Warned", "warn"), Map.entry("Concluded", "conclude"),
      Map.entry("Tweeted", "tweet"));

  /**
   * "Said Comey, “The thought that …”", "Added one official: “…”", "Said Ellis: the plan is …":
   * a speech verb opening the sentence, its speaker after it (a short noun phrase ending in a
   * name, a pronoun or a noun), then a comma or a colon; the quotation that opens right after,
   * or after a colon the clause. Parsers read the verb as the first word of a name.
   */
  private static void invertedOpening(String text, Sentence s, Map<Integer, String> entityByChar,
      List<Draft> out) {
    List<Token> t = s.tokens();
    if (t.size() < 5 || !OPENING_VERBS.containsKey(t.get(0).word())) {
      return;
    }
    int mark = -1;
    for (int k = 1; k < Math.min(t.size(), 8); k++) {
      String w = t.get(k).word();
      if (k > 1 && (w.equals(",") || w.equals(":"))) {
        mark = k;
        break;
      }
      if (!t.get(k).pos().matches("NNPS?|NNS?|DT|JJ|CD|POS|PRP|HYPH")) {
        return; // "Said to be …", "Asked whether …": no speaker after the verb
      }
    }
    if (mark < 0 || !t.get(mark - 1).pos().matches("NNPS?|NNS?|PRP")
        || EntityResolver.DAYS.matcher(t.get(mark - 1).word()).matches()
        || MonthNames.isMonth(t.get(mark - 1)) // "Asked Tuesday, “Is it over?”": when, not who
        || !Character.isUpperCase(t.get(1).word().charAt(0))
            && !t.get(1).pos().matches("DT|PRP|CD|JJ")) {
      return;
    }
    int[] q = quotationOpeningAt(text, t.get(mark).end());
    Span content = q != null ? trimQuotesAndPunct(text, span(text, q[0], q[1]))
        : t.get(mark).word().equals(":") ? clause(text, t, mark + 1, t.size() - 1) : null;
    if (content == null || content.begin() == content.end()) {
      return; // "Said Jalili, the negotiator, …": a man called Said
    }
    Stance stance = Cues.verb(OPENING_VERBS.get(t.get(0).word()));
    Span source = span(text, t.get(1).begin(), t.get(mark - 1).end());
    out.add(new Draft(source, entityByChar.get(t.get(mark - 1).begin()),
        span(text, t.get(0).begin(), t.get(0).end()), content,
        stance != null ? stance : Stance.ASSERT));
  }

  /**
   * Whether the words from {@code from} on are a headline's: two or more words longer than three
   * letters, most of them capitalised, and no full stop at the end.
   */
  private static boolean titleCase(List<Token> t, int from) {
    int words = 0;
    int capitals = 0;
    for (int k = from; k < t.size(); k++) {
      String w = t.get(k).word();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitals++;
        }
      }
    }
    return words >= 2 && capitals * 4 >= words * 3 && !t.get(t.size() - 1).word().equals(".");
  }

  /** Whether the sentence is the text's first line: its headline. */
  private static boolean headline(String text, List<Token> t) {
    int end = t.get(t.size() - 1).end();
    return text.substring(0, t.get(0).begin()).isBlank()
        && (end == text.length() || text.charAt(end) == '\n'
            || text.substring(end, text.indexOf('\n', end) < 0 ? text.length()
                : text.indexOf('\n', end)).isBlank());
  }

  /** Whether tokens {@code from}..{@code to} (exclusive) hold a person's name. */
  private static boolean namesAPerson(List<Token> t, int from, int to, Set<Integer> persons) {
    for (int k = from; k < to; k++) {
      if (t.get(k).ner().equals("PERSON") || persons.contains(t.get(k).begin())) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code from}..{@code to} hold a name or end in a poll ("Poll:"). */
  private static boolean namesASpeaker(List<Token> t, int from, int to,
      Map<Integer, String> entityByChar) {
    for (int k = from; k < to; k++) {
      if (entityByChar.get(t.get(k).begin()) != null || t.get(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return POLLS.contains(t.get(to - 1).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The first token after a dateline that opens a sentence with a dash ("WASHINGTON ― …", "KABUL,
   * Afghanistan — …": capitalised words, the first in capitals), or 0.
   */
  static int afterDashDateline(List<Token> t) {
    for (int k = 1; k < Math.min(t.size() - 1, 6); k++) {
      if (t.get(k).word().matches("[―—–]|--")) {
        String first = t.get(0).word();
        if (first.length() < 3 || !first.equals(first.toUpperCase(Locale.ROOT))) {
          return 0;
        }
        for (int j = 1; j < k; j++) {
          if (!t.get(j).word().matches("[,(.)]|\\p{Lu}[\\p{L}.'’-]*")) {
            return 0;
          }
        }
        return k + 1;
      }
    }
    return 0;
  }

  /** Where the text after a "WASHINGTON:" dateline opening {@code s} starts, or -1. */
  private static int datelineEnd(String text, Sentence s, Set<Integer> placeChars) {
    List<Token> t = s.tokens();
    for (int k = 1; k < Math.min(t.size() - 1, 6); k++) {
      if (t.get(k).word().equals(":")) {
        return isDateline(text, t, 0, k, placeChars) ? t.get(k + 1).begin() : -1;
      }
      if (t.get(k).word().equals("(") || t.get(k).word().equals("-LRB-")) {
        return agencyDateline(text, t, k, placeChars);
      }
    }
    return -1;
  }

  /**
   * The words between a dateline and a cue when they can be a speaker: at most six, no comma or
   * colon, not a time or place phrase ("On Tuesday the Kremlin"); null otherwise.
   */
  private static @Nullable Span speakerAfterDateline(String text, int dateline, int cue) {
    String between = text.substring(dateline, cue);
    String words = between.strip();
    if (words.isEmpty() || words.split("\\s+").length > 6 || !words.matches("(?i)(?!(on|in|at"
        + "|after|before|during|since|late|early|earlier|later)\\b)[^,;:]+")) {
      return null;
    }
    int lead = between.length() - between.stripLeading().length();
    return span(text, dateline + lead, dateline + lead + words.length());
  }

  /**
   * "Washington (CNN) President Donald Trump said …", "New Orleans, Louisiana (AP) The …": a place
   * (and its region) and an agency in parentheses opening a paragraph, as some outlets write a
   * dateline without a dash. The offset after the closing parenthesis, or -1.
   */
  private static int agencyDateline(String text, List<Token> t, int open,
      Set<Integer> placeChars) {
    int begin = t.get(0).begin();
    if (!text.substring(text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1, begin).isBlank()) {
      return -1;
    }
    for (int k = 0; k < open; k++) {
      Token w = t.get(k);
      boolean place = w.word().equals(",") || w.pos().startsWith("NNP")
          && placeChars.contains(w.begin());
      if (!place) {
        return -1;
      }
    }
    for (int k = open + 1; k < Math.min(t.size() - 1, open + 5); k++) {
      String w = t.get(k).word();
      if (w.equals(")") || w.equals("-RRB-")) {
        return k > open + 1 ? t.get(k + 1).begin() : -1;
      }
      if (!(Character.isUpperCase(w.charAt(0)) || w.equals("."))) {
        return -1; // an agency's name ("AP", "CNN Business")
      }
    }
    return -1;
  }

  /**
   * "WASHINGTON: U.S. job growth slowed …": a place written in capitals before the colon that
   * opens a paragraph is the dateline of a wire story, not a speaker (a transcript's speaker in
   * capitals, "PENCE:", is a person).
   */
  static boolean isDateline(String text, List<Token> t, int start, int colon,
      Set<Integer> placeChars) {
    int begin = t.get(start).begin();
    int end = t.get(colon - 1).end();
    String name = text.substring(begin, end);
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)
        || !text.substring(text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1, begin).isBlank()) {
      return false;
    }
    for (int c = begin; c < end; c++) {
      if (Character.isLetter(text.charAt(c)) && !placeChars.contains(c)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern DASH_NAME = java.util.regex.Pattern.compile(
      "(?:\\h*\\R)?\\h*([―—–])\\h*(\\p{Lu}[\\p{L}.'’-]*(?:\\h+\\p{Lu}[\\p{L}.'’-]*){0,3})"
          // the name ends its line, its sentence, or meets the next quotation: "– Ocasio-Cortez,
          // Omar and Tlaib –" in running prose is no signature
          + "(?:\\h*(?:\\R|$|(?=\\p{Pi}|\"))|(?<=\\.)(?=\\h)"
          // or an embedded post's handle or links: "― Donald J. Trump (@realDonaldTrump)",
          // "― President Donald J. Trump https://t.co/…"
          + "|(?=\\h*\\(@\\w+\\)|\\h+(?:https?://|pic\\.twitter\\.com/)))");

  /**
   * The signature of a post embedded in an article's text, ending its paragraph: "…
   * pic.twitter.com/x ― Ana Ruiz (@anaruiz) July 9, 2020". What stands before it in the paragraph
   * is the post (its links dropped), in its author's words though no quotation marks enclose it.
   */
  private static final java.util.regex.Pattern POST_SIGNATURE = java.util.regex.Pattern.compile(
      "(?m)\\h*([―—–])\\h*(\\p{Lu}[^\\n()―—–]{0,60}?)[^\\p{L}\\p{N}.)\\n]*\\h*\\(@\\w{1,30}\\)"
          + "(?:\\h+(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\h+\\d{1,2},\\h+\\d{4}"
          + "|\\d{1,2}\\h+\\p{Lu}\\p{Ll}{2,8}\\h+\\d{4}))?\\h*$");
  /** How a post's text ends: its links, a hashtag or a handle. */
  private static final java.util.regex.Pattern POST_ENDING = java.util.regex.Pattern.compile(
      "(?:https?://\\S+|pic\\.twitter\\.com/\\S+|[#@]\\w+)\\W*$");
  private static final java.util.regex.Pattern TRAILING_LINKS = java.util.regex.Pattern.compile(
      "(?:\\h*(?:https?://[^\\s\"”’]+|pic\\.twitter\\.com/[^\\s\"”’]+))+\\h*$");

  /**
   * The entity of a signature: its last word's before the first comma ("President Donald J.
   * Trump", "Ana Ruiz, MD, MPH", "County Clerk / Clerk Ana Ruiz"), else any in it.
   */
  private static @Nullable String signer(String text, Span name,
      Map<Integer, String> entityByChar) {
    int end = name.end();
    for (String cut : List.of(",", " for ")) {
      int at = text.indexOf(cut, name.begin());
      if (at >= 0 && at < end) {
        end = at; // "Ana Ruiz, MD", "Ana Ruiz for Congress"
      }
    }
    for (int c = end - 1; c >= name.begin(); c--) {
      if (entityByChar.get(c) != null) {
        return entityByChar.get(c);
      }
    }
    for (int c = end; c < name.end(); c++) {
      if (entityByChar.get(c) != null) {
        return entityByChar.get(c);
      }
    }
    return null;
  }

  /**
   * Embedded posts without quotation marks ({@link #POST_SIGNATURE}): a direct attribution to
   * the signed name of the paragraph before the signature (of the paragraph above when the
   * signature stands alone). A post in quotation marks is {@link #dashCues}'.
   */
  private static void postCues(String text, Map<Integer, String> entityByChar, List<Draft> out) {
    java.util.regex.Matcher m = POST_SIGNATURE.matcher(text);
    while (m.find()) {
      int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
      int begin = lineStart;
      int end = m.start();
      if (text.substring(lineStart, end).isBlank()) {
        // the signature on its own line: the post is the paragraph above
        int prev = lineStart - 1;
        while (prev > 0 && Character.isWhitespace(text.charAt(prev - 1))) {
          prev--;
        }
        if (prev <= 0) {
          continue;
        }
        end = prev;
        begin = text.lastIndexOf('\n', end - 1) + 1;
        if (!POST_ENDING.matcher(text).region(begin, end).find()) {
          continue; // the paragraph above is the outlet's, unless it ends as a post does
        }
      }
      java.util.regex.Matcher links = TRAILING_LINKS.matcher(text).region(begin, end);
      if (links.find()) {
        end = links.start();
      }
      while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      while (begin < end && Character.isWhitespace(text.charAt(begin))) {
        begin++;
      }
      String body = text.substring(begin, end);
      if (body.chars().noneMatch(Character::isLetter)
          || body.matches("(?s)[\"“].*[\"”]\\W*")) {
        continue; // only links; or a quotation, which dashCues reads
      }
      int nameEnd = m.end(2);
      while (nameEnd > m.start(2) && !Character.isLetterOrDigit(text.charAt(nameEnd - 1))
          && text.charAt(nameEnd - 1) != '.') {
        nameEnd--;
      }
      Span source = span(text, m.start(2), nameEnd);
      Draft d = new Draft(source, signer(text, source, entityByChar),
          span(text, m.start(1), m.end(1)),
          span(text, begin, end), Stance.ASSERT);
      d.direct = true;
      out.add(d);
    }
  }

  /** "“He represents our greatest shame.” ― Ana Ruiz": the name after a dash signs the quote. */
  private static void dashCues(String text, List<int[]> quotes, Map<Integer, String> entityByChar,
      List<Draft> out) {
    for (int[] q : quotes) {
      java.util.regex.Matcher m = DASH_NAME.matcher(text).region(q[1], text.length());
      if (!m.lookingAt()) {
        continue;
      }
      Span content = trimQuotesAndPunct(text, span(text, q[0], q[1]));
      if (content.begin() == content.end()) {
        continue;
      }
      int nameEnd = m.end(2);
      while (nameEnd > m.start(2) && text.charAt(nameEnd - 1) == '.'
          && !text.substring(m.start(2), nameEnd - 1).matches("(?s).*\\b\\p{Lu}")) {
        nameEnd--; // "― Carla Sanchez." ends a sentence; "― Julie A." keeps its initial
      }
      Draft d = new Draft(span(text, m.start(2), nameEnd),
          signer(text, span(text, m.start(2), nameEnd), entityByChar),
          span(text, m.start(1), m.end(1)), content, Stance.ASSERT);
      d.direct = true;
      out.add(d);
    }
  }

  // --- speech verbs from dependency parses ----------------------------------------------------

  /**
   * "The FBI is reportedly making arrangements to interview Clinton": the outlet passes on what
   * others say without naming them — an attribution to no one (`unsourced`), the adverb its cue,
   * the main clause the adverb modifies its content, stance `HEDGE`. Not inside a quotation (the
   * speaker's own word), not where the clause is already what someone named says ("Police said he
   * allegedly fired": the adverb is theirs), and not on a part of a sentence ("the man who
   * allegedly shot him was arrested": a framing cue of the outlet's statement).
   */
  private static void hedgedByAdverb(String text, Sentence s, List<int[]> quotes,
      List<Draft> out) {
    List<Token> t = s.tokens();
    Map<Integer, List<Dependency>> children = null;
    for (Dependency d : s.dependencies()) {
      Token adverb = t.get(d.dependent());
      if (!d.relation().equals("advmod") || d.head() < 0
          || !Cues.REPORTED.contains(adverb.word().toLowerCase(Locale.ROOT))
          || insideAnyQuote(adverb.begin(), quotes)) {
        continue;
      }
      if (children == null) {
        children = childrenOf(s);
      }
      Span cue = span(text, adverb.begin(), adverb.end());
      int head = d.head();
      Dependency up = null;
      for (Dependency e : s.dependencies()) {
        if (e.dependent() == head) {
          up = e;
        }
      }
      if (up != null && up.head() >= 0 && !(up.relation().equals("conj") && rootOf(s, up.head()))
          && !up.relation().equals("root")) {
        // the main clause's only ("the man who allegedly shot him was arrested", "for allegedly
        // laundering money": a hedge on a part of the outlet's statement, a framing cue)
        continue;
      }
      Span content = subtree(text, t, children, head);
      int first = firstOfSubtree(children, head);
      if (first < head && t.get(first).pos().equals("CC")) {
        // "… and are reportedly in good health": not the conjunction that joins it
        content = span(text, t.get(first + 1).begin(), content.end());
      }
      int last = head;
      int conjoined = Integer.MAX_VALUE;
      for (Dependency e : children.getOrDefault(head, List.of())) {
        if (e.relation().startsWith("conj") && e.dependent() > head) {
          conjoined = Math.min(conjoined, firstOfSubtree(children, e.dependent()));
        }
      }
      for (Dependency e : children.getOrDefault(head, List.of())) {
        if (!e.relation().startsWith("conj") && lastOfSubtree(children, e.dependent()) < conjoined) {
          last = Math.max(last, lastOfSubtree(children, e.dependent()));
        }
      }
      if (conjoined != Integer.MAX_VALUE && last < conjoined && last >= first) {
        // "Engineers reportedly had to open the gates by hand, and authorities evacuated …": the
        // clause the adverb is on, not the one joined to it
        while (last > head && t.get(last).word().matches("[,;]|and|but|or")) {
          last--;
        }
        content = span(text, content.begin(), t.get(last).end());
      }
      content = trimQuotesAndPunct(text, content);
      if (content.begin() >= content.end() || !content.contains(cue)
          || content.begin() == cue.begin() && content.end() == cue.end()) {
        continue;
      }
      boolean said = false;
      for (Draft other : out) {
        said |= other.source != null && other.holds(cue);
      }
      if (!said) {
        out.add(new Draft(null, null, cue, content, Stance.HEDGE));
      }
    }
  }

  /** Verbs of making or handling a statement: "the claim that he made / repeated / denied". */
  private static final Set<String> MADE_CLAIMS = Set.of("make", "repeat", "issue", "give",
      "offer", "voice", "level", "echo", "post", "publish", "put", "raise", "advance", "push",
      "dismiss", "reject", "deny", "rebut", "retract", "withdraw", "file", "lodge", "bring",
      "tweet", "write", "deliver", "release", "hear", "cite", "mention", "read");

  /**
   * "Donald Trump's claim that there have been thousands of shootings", "Moscow's accusation
   * that Kyiv trains militants": a statement noun with its possessor and a "that" clause right
   * after it — the possessor its source (with the "'s", as PolNeAR marks it), the noun its cue,
   * the clause its content, the stance the noun's (`Cues.NOUNS`). Not without a possessor
   * ("the claim that …" says whose nowhere), not of a pronoun no entity stands for, and not
   * inside a quotation.
   */
  private static void possessedClaim(String text, Sentence s, Map<Integer, String> entityByChar,
      List<int[]> quotes, List<Draft> out) {
    List<Token> t = s.tokens();
    Map<Integer, List<Dependency>> children = null;
    for (int n = 1; n + 2 < t.size(); n++) {
      Token noun = t.get(n);
      Stance stance = noun.pos().matches("NNS?")
          ? Cues.NOUNS.get(noun.lemma().toLowerCase(Locale.ROOT)) : null;
      if (stance == null || !t.get(n + 1).word().equalsIgnoreCase("that")
          || insideAnyQuote(noun.begin(), quotes)) {
        continue;
      }
      int poss = n - 1;
      while (poss > 0 && t.get(poss).pos().matches("JJ.?|RB|VBN")) {
        poss--; // "Trump's earlier claim", "the ministry's repeated denial"
      }
      if (!t.get(poss).pos().equals("POS") && !t.get(poss).pos().equals("PRP$")) {
        continue;
      }
      if (children == null) {
        children = childrenOf(s);
      }
      int clause = -1;
      for (Dependency e : children.getOrDefault(n, List.of())) {
        if (e.relation().matches("acl.*|ccomp|dep") && !e.relation().equals("acl:relcl")
            && e.dependent() > n + 1 && firstOfSubtree(children, e.dependent()) == n + 1
            && child(children, e.dependent(), "mark") == n + 1) {
          clause = e.dependent(); // "that" the clause's marker, not a relative pronoun
        }
      }
      if (clause < 0 || !hasVerb(t, n + 2, lastOfSubtree(children, clause))
          || MADE_CLAIMS.contains(t.get(clause).lemma().toLowerCase(Locale.ROOT))
              && child(children, clause, "obj") < 0 && child(children, clause, "ccomp") < 0
              && child(children, clause, "xcomp") < 0) {
        // "the claim that" of a relative clause ("the claim that he made in 2019", which a
        // parse may take for the claim's content: a verb of making it, with no object of its own)
        continue;
      }
      if (poss == 0 && t.get(poss).pos().equals("POS")) {
        continue; // a possessive with nothing before it: a bad split
      }
      int head = t.get(poss).pos().equals("POS") ? poss - 1 : poss;
      int first = head;
      while (first > 0 && t.get(first - 1).pos().matches("NNPS?|NNS?|DT|JJ")
          && !t.get(first - 1).word().equals(",")) {
        first--; // "Donald Trump's", "the Tulsa police's"
      }
      String entity = entityByChar.get(t.get(head).begin());
      if (t.get(head).pos().startsWith("PRP") && entity == null) {
        continue; // "his claim that …" with no one it stands for
      }
      int last = lastOfSubtree(children, clause);
      if (rootOf(s, n)) {
        // the parse found no verb of the sentence's own and hung its main clause inside this
        // one ("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the figures
        // say otherwise"): the clause ends at the first comma; with none, the sentence's verb
        // is somewhere in it ("The mayor's statement that the port would reopen surprised …")
        int comma = n + 2;
        while (comma < last && !t.get(comma).word().equals(",")) {
          comma++;
        }
        if (comma >= last) {
          continue;
        }
        last = comma - 1;
      }
      Span source = span(text, t.get(first).begin(), t.get(poss).end());
      Span content = trimQuotesAndPunct(text, span(text, t.get(n + 1).begin(),
          t.get(last).end()));
      out.add(new Draft(source, entity, span(text, noun.begin(), noun.end()), content, stance));
    }
  }

  /**
   * Whether the name that starts at {@code from} is the subject of a clause after it: a verb
   * follows the name ("Tucker Carlson, another Fox News host, said Biden is “clearly losing
   * it”": Biden is what was said of, not who said it).
   */
  private static boolean subjectOfAClauseAfter(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && t.get(k).pos().matches("NNPS?|POS")) {
      k++;
    }
    return k < t.size() && t.get(k).pos().matches("VB[DZP]|MD");
  }

  /** The dependencies of sentence {@code s} by the index of their head. */
  private static Map<Integer, List<Dependency>> childrenOf(Sentence s) {
    Map<Integer, List<Dependency>> children = new HashMap<>();
    for (Dependency d : s.dependencies()) {
      children.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d);
    }
    return children;
  }

  /** Whether token {@code i} is the root of the sentence's parse. */
  private static boolean rootOf(Sentence s, int i) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == i) {
        return d.relation().equals("root") || d.head() < 0;
      }
    }
    return false;
  }

  private static void verbCues(String text, Sentence s, Map<Integer, String> entityByChar,
      Map<Integer, String> nameByChar,
      List<int[]> quotes, List<Draft> out) {
    List<Token> t = s.tokens();
    Map<Integer, List<Dependency>> children = new HashMap<>();
    Map<Integer, Dependency> headOf = new HashMap<>();
    for (Dependency d : s.dependencies()) {
      children.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d);
      headOf.put(d.dependent(), d);
    }
    List<Integer> cuts = new ArrayList<>();
    List<Draft> takenUp = new ArrayList<>();
    for (Token v : t) {
      Stance stance = Cues.verb(v.lemma().toLowerCase(Locale.ROOT));
      if (stance == null || !v.isVerb()) {
        continue;
      }
      int[] taken = Cues.WEAK.contains(v.lemma().toLowerCase(Locale.ROOT)) ? null
          : reducedRelative(t, v.index());
      if (taken != null && !insideAnyQuote(v.begin(), quotes)) {
        // "…, a charge Khartoum rejected": Khartoum rejects what the clause before said
        Span content = trimQuotesAndPunct(text, span(text, s.begin(),
            t.get(taken[0]).begin()));
        if (content.begin() < content.end()) {
          String entity = null;
          for (int k = taken[1]; k <= taken[2] && entity == null; k++) {
            entity = entityByChar.get(t.get(k).begin());
          }
          Token aux = t.get(taken[2] + 1);
          int cueBegin = aux.pos().matches("MD|VB[DZP]") ? aux.begin() : v.begin();
          Draft d = new Draft(span(text, t.get(taken[1]).begin(), t.get(taken[2]).end()),
              entity, span(text, cueBegin, v.end()), content, stance);
          out.add(d);
          takenUp.add(d);
          cuts.add(t.get(taken[0]).begin());
        }
        continue;
      }
      String lemma = v.lemma().toLowerCase(Locale.ROOT);
      Span believed = believedToBe(text, t, v);
      if (believed != null) {
        // "18 “regime elements”, believed to be Syrian soldiers, …": believed by nobody named;
        // the tagger calls the participle a past tense and the parser makes the noun its subject
        out.add(new Draft(null, null, span(text, v.begin(), v.end()), believed, Stance.HEDGE));
        continue;
      }
      if (lemma.equals("say") && v.pos().equals("VBG") && isAsSaying(t, v)) {
        continue; // handled with its "quoted … as" head
      }
      if (lemma.equals("cite") && v.word().equalsIgnoreCase("citing")) {
        continue; // handled with "according to"
      }
      if (Cues.SEEN_AS.contains(lemma) && asPhrase(t, children, v.index(), v.index()) < 0) {
        continue; // "I saw that …", "we will see what happens": perception, not a view held
      }
      if (lemma.equals("call") && soCalled(t, v.index())) {
        continue; // "the so-called establishment": the outlet's distance from a name (framing)
      }
      if (imperative(t, children, headOf, v.index())) {
        continue; // "Mr. Halm, tell me what …", "Let everyone know that …": asked of someone
      }
      if (v.index() > 0 && t.get(v.index() - 1).word().equalsIgnoreCase("without")) {
        continue; // "It goes without saying that …"
      }
      Dependency attached = headOf.get(v.index());
      if (attached != null && attached.relation().equals("amod")
          && (attached.head() > v.index() || t.get(attached.head()).pos().equals("DT"))
          && (v.pos().equals("VBN") || v.pos().equals("VBG") && v.index() > 0
              && !t.get(v.index() - 1).pos().equals("IN"))) {
        // a participle as an adjective: "the accused", "per reported volume", "warning
        // notifications" (not a gerund the parse hangs on its object, "by emphasizing economic
        // fairness", nor a participle after its noun, "the mayor, blasted by dockers for …")
        continue;
      }
      if (attached != null && v.pos().equals("VBN") && attached.head() >= 0
          && attached.head() < v.index() && attached.relation().matches("amod|acl")
          && t.get(attached.head()).pos().startsWith("NN")
          && !v.lemma().equalsIgnoreCase("attribute") && passiveAgent(t, children, v.index()) < 0
          && children.getOrDefault(v.index(), List.of()).stream()
              .noneMatch(d -> d.relation().matches("obj|iobj|aux|ccomp|xcomp"))) {
        // "people accused of rape": who was accused, by no one the sentence names (not a finite
        // verb the parse hung on a noun: "the letter called Oz a quack", "Trump has vowed to …")
        continue;
      }
      if (asFarAs(t, v.index())) {
        continue; // "As far as we can tell, …": a hedge of the writer's, no one's claim
      }
      if (attached != null && v.pos().equals("VBG") && attached.relation().equals("conj")
          && v.index() >= 2 && t.get(v.index() - 1).pos().equals("CC")
          && t.get(v.index() - 2).pos().startsWith("NN") && v.index() + 2 < t.size()
          && !t.get(attached.head()).pos().matches("VBG|VBD|VBZ|VBP|VBN")
          && t.get(v.index() + 1).word().equalsIgnoreCase("that")
          && t.get(v.index() + 2).pos().matches("VB|VBP")
          && children.getOrDefault(v.index(), List.of()).stream()
              .noneMatch(d -> d.relation().matches("aux.*|nsubj.*|obj|iobj"))) {
        // "link to high-quality information and reporting that refute the tweets": a gerund
        // right after a noun and "and", with a plural verb right after its "that" (agreeing
        // with the two nouns), is a noun with a relative clause (not "for his role … and for
        // saying that …", nor one coordinated with a finite verb or another gerund:
        // "retweeting a clip of the audio and claiming that …")
        continue;
      }
      if (lemma.equals("ask") && v.index() + 3 < t.size()
          && t.get(v.index() + 1).word().equalsIgnoreCase("not")
          && t.get(v.index() + 2).word().equalsIgnoreCase("to")
          && t.get(v.index() + 3).word().equalsIgnoreCase("be")) {
        continue; // "who asked not to be named": a condition of the interview, not speech
      }
      if (lemma.equals("insist") && v.index() + 2 < t.size()
          && t.get(v.index() + 1).word().matches("(?i)on|upon")
          && t.get(v.index() + 2).pos().equals("VBG")) {
        continue; // "as our state media insist on spelling her": a habit, not a claim
      }
      if (v.word().equalsIgnoreCase("say") && v.index() > 0 && v.index() + 1 < t.size()
          && t.get(v.index() - 1).word().matches("[,(]|--|—")
          && t.get(v.index() + 1).word().matches("[,)]|--|—")) {
        continue; // "a candidate like, say, Sen. Cory Booker": for instance, not speech
      }
      if (lemma.equals("add") && (addedAThing(t, children, v.index())
          || v.pos().equals("VBG") && v.index() > 0
              && t.get(v.index() - 1).pos().startsWith("VB") && t.get(v.index() - 1).lemma()
              .toLowerCase(Locale.ROOT).matches("favor|favour|oppose|support|consider|recommend"
                  + "|propose|back|reject|resist|avoid|prefer|delay|begin|start|stop"))) {
        // "Walmart, Olive Garden add paid sick leave policies", "those who favor adding the
        // ERA to the Constitution": a thing added
        continue;
      }
      if (v.word().equalsIgnoreCase("note") && v.index() > 0
          && (t.get(v.index() - 1).word().matches("(?i)editor['’]s|editors['’]")
              || v.index() > 1 && t.get(v.index() - 1).word().matches("(?i)['’]s?")
                  && t.get(v.index() - 2).word().matches("(?i)editors?"))) {
        continue; // "EDITOR’S NOTE — A look at the veracity of claims …": a heading
      }
      if (lemma.equals("dismiss") && dismissedPeople(t, children, v.index())) {
        continue; // "dismissed or suspended 130,000 civil servants from their jobs": fired
      }
      if (lemma.equals("claim") && claimedLives(t, children, v.index())) {
        continue; // "The illness has claimed nearly 4,700 lives": deaths, not words
      }
      if (lemma.equals("call") && callNotSpeech(t, children, v.index())) {
        continue; // "called Machado on Friday to thank her", "called a meeting", "called off"
      }
      if (v.pos().equals("VB") && v.index() > 0
          && t.get(v.index() - 1).word().equalsIgnoreCase("to")) {
        continue; // "no point in trying to claim …", "expected to announce …": not said (yet)
      }
      if (lemma.equals("expect") && v.pos().equals("VBN") && !insideAnyQuote(v.begin(), quotes)
          && child(children, v.index(), "aux:pass") >= 0
          && child(children, v.index(), "nsubj:pass") >= 0
          && child(children, v.index(), "xcomp") > v.index()
          && passiveAgent(t, children, v.index()) < 0) {
        // "Trump is expected to deliver a victory speech": an expectation the text credits to
        // nobody it names; what is expected is the subject (in a relative clause the noun it
        // modifies) and the infinitive
        int expected = child(children, v.index(), "nsubj:pass");
        Dependency relative = headOf.get(v.index());
        if (t.get(expected).pos().matches("WDT|WP") && relative != null
            && relative.relation().equals("acl:relcl") && relative.head() >= 0) {
          expected = relative.head(); // "a motorcycle that is expected to …": the motorcycle
        }
        int from = firstOfSubtree(children, expected);
        while (from < expected && t.get(from).pos().matches("IN|TO")) {
          from++; // "as a simple motorcycle that …": the noun's preposition is not expected
        }
        int to = lastOfSubtree(children, child(children, v.index(), "xcomp"));
        if (from < v.index() && !t.get(expected).pos().matches("WDT|WP")) {
          out.add(new Draft(null, null, cueSpan(text, t, children, v), trimQuotesAndPunct(text,
              span(text, t.get(from).begin(), t.get(to).end())), Stance.HEDGE));
          continue;
        }
      }
      int question = lemma.equals("ask") ? askedQuestion(t, children, v.index()) : -1;
      int topic = lemma.equals("ask") ? child(children, v.index(), "obl") : -1;
      int about = topic > v.index() ? child(children, topic, "case") : -1;
      if (about < 0 || !t.get(about).word().equalsIgnoreCase("about")) {
        topic = -1;
      }
      if ((question >= 0 || topic >= 0) && v.pos().equals("VBN")
          && child(children, v.index(), "nsubj") < 0
          && child(children, v.index(), "nsubj:pass") < 0
          && passiveAgent(t, children, v.index()) < 0
          && (v.index() == 0 || t.get(v.index() - 1).word().matches(
              "(?i)when|whenever|after|once|if|,"))) {
        // "Asked if he was ever bullied, the candidate said no", "…, he said when asked about
        // …": the question put to the speaker by someone the text does not name; what was asked
        // runs to the comma
        int from = question >= 0 ? firstOfSubtree(children, question) : about + 1;
        int to = beforeComma(t, from, lastOfSubtree(children, question >= 0 ? question : topic),
            quotes);
        if (question < 0 && about >= topic || from > to) {
          continue;
        }
        Span cue = span(text, v.begin(), (question >= 0 ? v : t.get(about)).end());
        Span asked = trimQuotesAndPunct(text, span(text, t.get(from).begin(), t.get(to).end()));
        if (asked.begin() < asked.end()) {
          out.add(new Draft(null, null, cue, asked, stance));
        }
        continue;
      }
      Draft misparsed = saidAsAuxiliary(text, t, children, headOf, v, stance, entityByChar);
      if (misparsed != null) {
        out.add(misparsed);
        continue;
      }
      int subject = child(children, v.index(), "nsubj");
      if (subject >= 0 && t.get(subject).word().matches("[’'\"“”‘`]+")) {
        // "‘… as a strength,’” says Pamela Merritt": the tokenizer kept the two closing marks
        // as one word and the parse made it a subject; the speaker is the other one
        int other = -1;
        int name = v.index() + 1;
        while (name < t.size() && t.get(name).pos().startsWith("NNP")) {
          other = name++; // the name right after the verb, its last word
        }
        for (Dependency d : children.getOrDefault(v.index(), List.of())) {
          if (other < 0 && d.relation().equals("nsubj") && d.dependent() != subject) {
            other = d.dependent();
          }
        }
        subject = other;
      }
      subject = nameBesideTheVerb(t, children, v.index(), subject);
      // "… that includes the removal of tariffs in stages, Vice Minister Wang Shouwen said, as
      // …": the parse buried the tag in the clause before it, its speaker an apposition of a
      // thing; the speaker is the name, what was said the sentence up to the comma
      Span buried = null;
      int buriedName = buriedTag(t, children, headOf, v.index(), subject);
      if (buriedName >= 0) {
        int comma = firstOfSubtree(children, buriedName) - 1;
        buried = trimQuotesAndPunct(text, span(text, t.get(0).begin(), t.get(comma - 1).end()));
        subject = buriedName;
      }
      int interrupting = buried == null ? invertedInterruptingTag(t, children, v.index(), subject)
          : -1;
      if (interrupting >= 0) {
        // "But the real beneficiary of that deal, said Asoke Mukerji, a former envoy, was
        // Russia": the parse's subject is the start of what was said, the name after the verb
        // (the subject of the rest) the speaker; what was said runs over the tag
        int from = firstOfSubtree(children, subject);
        if (t.get(from).pos().equals("CC")) {
          from++;
        }
        int ccomp = child(children, v.index(), "ccomp");
        buried = trimQuotesAndPunct(text, span(text, t.get(from).begin(),
            t.get(lastOfSubtree(children, ccomp)).end()));
        subject = interrupting;
      }
      int inverted = child(children, v.index(), "obj");
      if (subject >= 0 && subject < v.index() && insideAnyQuote(t.get(subject).begin(), quotes)
          && !insideAnyQuote(v.begin(), quotes) && v.index() >= 1
          && t.get(v.index() - 1).word().matches("[”\"]|''")
          && inverted > v.index() && firstOfSubtree(children, inverted) == v.index() + 1
          && t.get(inverted).pos().startsWith("NNP")) {
        // "“… and who does not,” said Ed Keon of QMA": the parse took a word of the quotation
        // for the subject and the speaker after the verb for its object
        subject = inverted;
      }
      // "Hawaii, as one of his advisers said, …": the parse's subject is what was said
      int asSpeaker = asSpeaker(t, children, v.index(), subject);
      if (asSpeaker >= 0) {
        subject = asSpeaker;
      }
      // two subjects before the verb: the one beside it speaks. "believe everything they say":
      // the one before is what they say (a relative clause without its "that"); "“My hope,” he
      // said, “is that …”", "These employees, Stumpf explained, were …", "…, the source added":
      // the one before, cut off by a comma or a quotation mark, is the start of what was said
      int said = -1;
      boolean interrupted = false;
      for (Dependency d : children.getOrDefault(v.index(), List.of())) {
        int near = d.dependent();
        if (!d.relation().equals("nsubj") || subject < 0 || near <= subject
            || near >= v.index()) {
          continue;
        }
        String between = text.substring(t.get(lastOfSubtree(children, subject)).end(),
            t.get(firstOfSubtree(children, near)).begin());
        if (near == subject + 1 && t.get(near).pos().equals("PRP")
            && t.get(subject).pos().matches("NNS?") && child(children, v.index(), "ccomp") < 0
            && child(children, v.index(), "xcomp") < 0) {
          said = subject;
          subject = near;
        } else if (between.matches(".*[,\"“”'’].*")) {
          interrupted = between.matches(".*[\"“”].*");
          said = interrupted ? subject : -1;
          subject = near;
        }
      }
      // "the behavior Varga has alleged about the minister is …": a relative clause without
      // its "that" whose subject is a name the parse hung on the noun; the name speaks, the noun
      // is what was alleged
      Span relativeThing = null;
      int named = said < 0 && subject >= 0 && t.get(subject).pos().matches("NNS?")
          && !LoadedWords.animateNouns().contains(t.get(subject).lemma().toLowerCase(Locale.ROOT))
          ? child(children, subject, "dep") : -1; // (not "her coach John Henwood did not …")
      if (named > subject && firstOfSubtree(children, named) == subject + 1
          && t.get(named).pos().startsWith("NNP") && child(children, v.index(), "ccomp") < 0
          && child(children, v.index(), "obj") < 0 // ("The group Amnesty has condemned …")
          && onlyAuxiliaries(t, lastOfSubtree(children, named) + 1, v.index())) {
        relativeThing = span(text, t.get(firstOfSubtree(children, subject)).begin(),
            t.get(subject).end());
        subject = named;
      }
      // "with Maas blasted by MPs for calling it …": the speaker of a passive is its agent, and
      // the noun it is said of is no speaker (parsers call it the subject when no "be" precedes)
      int agent = passiveAgent(t, children, v.index());
      if (agent >= 0 && (NOT_SAID_IN_PASSIVE.contains(lemma) || lemma.equals("call")
          && child(children, v.index(), "obj") < 0 && child(children, v.index(), "xcomp") < 0)) {
        continue; // "the monitor maintained by the embassy", "called to service by the governor"
      }
      if (lemma.equals("call") && namesAThing(t, v.index())) {
        continue; // "a separate company in Brno called Harbour Systems held the license": a name
      }
      int saidOf = -1;
      if (agent >= 0) {
        saidOf = subject >= 0 ? subject : child(children, v.index(), "nsubj:pass");
        subject = agent;
      }
      boolean passive = child(children, v.index(), "aux:pass") >= 0
          || child(children, v.index(), "nsubj:pass") >= 0;
      Span evidenceSpan = null;
      Dependency modified = headOf.get(v.index());
      if (subject < 0 && v.pos().equals("VBG") && modified != null
          && modified.relation().equals("acl") && modified.head() >= 0
          && modified.head() < v.index() && (FINDINGS.contains(lemma)
              && EVIDENCE.contains(t.get(modified.head()).lemma().toLowerCase(Locale.ROOT))
              || !t.get(v.index() - 1).word().equals(",") && !Cues.MENTAL.contains(lemma)
                  && TEXTS.contains(t.get(modified.head()).lemma().toLowerCase(Locale.ROOT))
                  && headOf.get(modified.head()) != null && !headOf.get(modified.head())
                      .relation().matches("obj|iobj|nsubj.*|conj|root"))) {
        // "in the wake of a new poll showing Trump's standing dropping": the poll shows it; "a
        // placard with an excerpt from the book saying that …": the text says it, not the
        // subject of the sentence that mentions it (but "the council issued a statement
        // calling …", "protesters carried signs saying …": who issues or carries it speaks)
        subject = modified.head();
        int first = firstOfSubtree(children, subject);
        if (t.get(first).pos().matches("IN|TO")
            || t.get(first).word().equalsIgnoreCase("including")) {
          first++; // "of a new poll", "including tweets": the preposition is not the source's
        }
        evidenceSpan = span(text, t.get(first).begin(), t.get(v.index() - 1).end());
      }
      // "…, the Harven Monitor has learned.": a perfect tense that ends its sentence is finite,
      // its speaker the name before it, not the subject of the verb the parse hangs it on
      boolean perfectAtEnd = child(children, v.index(), "aux") >= 0 && v.index() + 1 < t.size()
          && t.get(v.index() + 1).word().matches("[.;]");
      Span withSource = null;
      boolean perceived = false;
      if (subject < 0 && v.pos().equals("VBG")) {
        int[] with = withSubject(t, children, headOf, v.index());
        if (with != null) {
          subject = with[0];
          withSource = span(text, t.get(with[1]).begin(), t.get(with[2]).end());
        }
      }
      if (subject < 0 && (v.pos().equals("VBG") || v.pos().equals("VBN") && !passive
          && !perfectAtEnd)) {
        // "…, saying that …", "denied …, claiming that …": the subject of the governing verb;
        // not for a passive without its agent, which names nobody ("…, while the rate is
        // expected to tick up": the main clause's subject expects nothing)
        Dependency up = headOf.get(v.index());
        if (up != null && up.relation().equals("mark") && up.head() > v.index()
            && v.index() > 0 && t.get(v.index() - 1).word().equals(",")) {
          // "…, saying the next president should fill it": the parser made the participle the
          // marker of the clause it introduces; the speaker is above that clause, not its subject
          up = headOf.get(up.head());
        }
        int hops = 0;
        boolean outside = !insideAnyQuote(v.begin(), quotes);
        boolean redirected = false;
        while (up != null && up.head() >= 0 && hops < 3) {
          if (outside && insideAnyQuote(t.get(up.head()).begin(), quotes)) {
            // "said she was “not sure where he is going,” adding that …": not the subject of
            // a verb inside the quotation, but of the verb that quotes it
            up = headOf.get(up.head());
            continue;
          }
          Dependency relative = headOf.get(up.head());
          if (relative != null && relative.relation().equals("acl:relcl") && relative.head() >= 0
              && v.index() > 0 && t.get(v.index() - 1).word().equals(",")
              && firstOfSubtree(children, up.head()) > 0
              && !t.get(firstOfSubtree(children, up.head()) - 1).word().equals(",")) {
            // "doubled down on claims that have experts appalled, tweeting …": not the relative
            // clause's subject, but that of the verb the clause's noun hangs on (not after "X,
            // who is …, accusing": a clause set off by commas describes who does it)
            up = headOf.get(relative.head());
            continue;
          }
          hops++;
          Dependency reported = headOf.get(up.head());
          if (!redirected && reported != null && reported.relation().equals("ccomp")
              && reported.head() >= 0 && outside && v.index() > 0
              && t.get(v.index() - 1).word().equals(",") && ALOUD_OR_ON.contains(lemma)
              && Cues.verb(t.get(up.head()).lemma().toLowerCase(Locale.ROOT)) == null
              && Cues.verb(t.get(reported.head()).lemma().toLowerCase(Locale.ROOT)) != null) {
            // "Berek claimed that the operation never occurred, proposing that …": the speaker
            // of the clause the participle follows, after a comma, goes on speaking, not its
            // subject (not "“… calling for an investigation,” X said", "taken to accusing"); a
            // verb of saying only ("said the groups adopted the term, hoping to …": theirs),
            // after a clause that says nothing itself ("said the rebels rejected the proposal,
            // saying …": the rebels'), one hop up
            up = reported;
            redirected = true;
            continue;
          }
          int candidate = child(children, up.head(), "nsubj");
          if (candidate < 0 && PERCEIVED.contains(t.get(up.head()).lemma().toLowerCase(Locale.ROOT))
              && t.get(up.head()).pos().equals("VBN")
              && ALOUD.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            // "Nunes is seen saying in a video", "Trump can be heard asking": who is perceived
            candidate = child(children, up.head(), "nsubj:pass");
            perceived = candidate >= 0;
          }
          if (candidate >= 0 && candidate != v.index()
              && !(firstOfSubtree(children, candidate) <= v.index()
                  && v.index() <= lastOfSubtree(children, candidate))) {
            subject = candidate;
            break;
          }
          up = headOf.get(up.head());
        }
        if (subject < 0) {
          subject = mainSubjectBefore(children, t, v.index());
        }
      }
      Dependency governor = headOf.get(v.index());
      Span reducedRelative = null;
      if (subject < 0 && v.pos().matches("VBD|VBZ|VBP") && governor != null
          && governor.relation().equals("dep") && governor.head() >= 0
          && governor.head() < v.index() && t.get(governor.head()).pos().equals("VBN")) {
        // "A poll released in late August found that …": the parser took the participle of a
        // reduced relative for the main verb; its subject is the finite verb's
        int candidate = child(children, governor.head(), "nsubj");
        if (candidate >= 0 && candidate < governor.head()) {
          subject = candidate;
          // the participle's phrase describes the source: "A poll released last week"
          reducedRelative = span(text, t.get(firstOfSubtree(children, subject)).begin(),
              t.get(v.index() - 1).end());
        }
      }
      if (subject < 0 && headOf.get(v.index()) != null
          && headOf.get(v.index()).relation().equals("conj") && headOf.get(v.index()).head() >= 0
          && (t.get(headOf.get(v.index()).head()).isVerb()
              || v.pos().matches("VBD|VBZ|VBP")
                  && child(children, headOf.get(v.index()).head(), "cop") >= 0)) {
        // "Trump bemoaned the unrest and said …": the subject of the first conjunct (or of a
        // predicate: "McConnell was quick to embrace the mogul … and said this week that …")
        int candidate = child(children, headOf.get(v.index()).head(), "nsubj");
        if (candidate >= 0 && candidate < v.index()) {
          subject = candidate;
        }
      }
      if (subject >= 0 && subject < v.index() && lemma.equals("say")
          && v.pos().matches("VBD|VBZ|VBP") && v.index() > 0 && v.index() + 1 < t.size()
          && t.get(v.index() - 1).word().matches(",|''|[”’]")
          && t.get(v.index() + 1).pos().startsWith("NNP")
          && !subjectOfAClauseAfter(t, v.index() + 1)) {
        // "“…” but accomplished experts, says Jennifer Lawless, a professor …": the parse took
        // the phrase before the comma for the subject; the name after the inverted verb speaks
        for (Dependency d : children.getOrDefault(v.index(), List.of())) {
          if (d.dependent() > v.index() && firstOfSubtree(children, d.dependent()) == v.index() + 1
              && t.get(d.dependent()).pos().startsWith("NNP")
              && d.relation().matches("obj|nsubj(:pass)?|xcomp|iobj|dep")) {
            subject = d.dependent();
            break;
          }
        }
      }
      if (subject < 0 && stance == Stance.ASSERT && v.index() + 1 < t.size()
          && (!Cues.POSITIONS.contains(lemma) && !Cues.SEEN_AS.contains(lemma)
              || quoteRightBefore(text, quotes, v.begin()) != null)
          && (v.index() > 0 && t.get(v.index() - 1).word().matches("[,\"”’']|''|``")
              // (not a quotation's first word: "'Call it Phase II,' said Connolly")
              && !t.get(v.index() - 1).pos().equals("``")
              && (!v.pos().equals("VB") || lemma.equals("say")) // ("“…,” say officials")
              || v.index() == 0 && v.pos().matches("VBD|VBZ")
                  && quoteRightBefore(text, quotes, v.begin()) != null)) {
        // "“…,” said Caddell": inverted speech verb; parsers often call the speaker an object
        // (or xcomp: "…, said Batchelder." is parsed so); the noun phrase right after the verb
        for (Dependency d : children.getOrDefault(v.index(), List.of())) {
          int after = d.dependent();
          if (after > v.index() && d.relation().matches("obj|nsubj(:pass)?|xcomp|iobj")
              && firstOfSubtree(children, after) == v.index() + 1
              && (t.get(after).pos().startsWith("NN") || t.get(after).pos().equals("PRP")
                  || t.get(after).ner().matches("PERSON|ORGANIZATION|MISC"))) {
            // (a name the tagger misread: "said Devine", tagged as an adjective)
            subject = after;
            break;
          }
        }
      }
      if (subject >= 0 && subject + 2 < v.index() && v.index() + 1 < t.size()
          && t.get(v.index() + 1).word().equals(",") && headOf.get(v.index() - 1) != null
          && headOf.get(v.index() - 1).relation().equals("appos")
          && headOf.get(v.index() - 1).head() == subject
          && t.get(v.index() - 1).pos().startsWith("NNP")
          && t.get(firstOfSubtree(children, v.index() - 1) - 1).word().equals(",")
          && entityByChar.get(t.get(subject).begin()) == null && !canSpeak(t.get(subject))
          && !t.get(subject).pos().startsWith("NNP") && !t.get(subject).pos().startsWith("PRP")) {
        // "The shifting rhetoric, Tribe added, also undercuts …": the parse made the tag's
        // speaker an apposition of the words before it; the speaker is the name, and what was
        // said runs on both sides of the tag
        subject = v.index() - 1;
      }
      Span sourceSpan = null;
      if (subject < 0 && stance == Stance.ASSERT && (!Cues.WEAK.contains(lemma)
          || lemma.equals("learn") && v.index() + 1 < t.size()
              && t.get(v.index() + 1).word().matches("[.;]"))) {
        // the parse gave no subject; the shapes news uses most, read off the surface
        int[] np = surfaceSpeaker(t, v.index());
        if (np == null) {
          np = parentheticalSpeaker(text, t, quotes, v.index());
        }
        if (np != null) {
          subject = np[2];
          sourceSpan = span(text, t.get(np[0]).begin(), t.get(np[1]).end());
        }
      }
      if (subject < 0 || t.get(subject).pos().matches("VB[GN]?")) {
        // ("Having said that, …": a verb the parse took for the subject speaks for nobody)
        continue;
      }
      Dependency relative = headOf.get(v.index());
      int antecedent = t.get(subject).pos().matches("WDT|WP") && relative != null
          && relative.head() >= 0 && relative.relation().equals("acl:relcl") ? relative.head() : -1;
      if (antecedent < 0 && t.get(subject).pos().matches("WDT|WP")) {
        // "For Iger, who has said that …": the parse hangs the clause elsewhere; the name right
        // before the relative pronoun (a comma between) is its antecedent
        int k = subject - 1;
        if (k >= 0 && t.get(k).word().equals(",")) {
          k--;
        }
        int dep = relative != null && relative.head() >= 0
            && relative.relation().equals("dep") ? relative.head() : -1;
        if (dep >= 0 && (entityByChar.get(t.get(dep).begin()) != null
            || apposedName(t, children, headOf, entityByChar, nameByChar, dep) != null)) {
          // the noun the parser hung the clause on with a bare "dep", where it or its
          // apposition names someone: "Sen. Elizabeth Warren, D-Mass., who has said …" is the
          // senator, not the party of the word before; "Jim Inhofe, the committee chairman, who
          // told …"
          antecedent = dep;
        } else if (k >= 0 && entityByChar.get(t.get(k).begin()) != null) {
          antecedent = k;
        }
      }
      if (subject > 0 && subject < v.index() && t.get(subject).word().matches("(?i)me|us")
          && t.get(subject - 1).lemma().equalsIgnoreCase("let")) {
        continue; // "Let me tell you, …", "let us say": a turn of speech, no one reported
      }
      if (Cues.MENTAL.contains(lemma) && insideAnyQuote(v.begin(), quotes)
          && t.get(subject).word().toLowerCase(Locale.ROOT).matches("i|we|you")) {
        continue; // "“I think that's why …”": the quoted speaker's hedge, not a new source
      }
      if (Cues.WEAK.contains(lemma) && child(children, v.index(), "ccomp") < 0
          && child(children, v.index(), "xcomp") < 0 && !unlabelledClause(t, children, v)
          && question < 0
          && !cueWithoutClause(text, t, children, headOf, quotes, v, subject)) {
        continue; // "concluded agreements", "found the bodies": only a clause makes them cues
      }
      if (lemma.equals("add") && addsAThing(t, children, v)) {
        continue; // "employers added 128,000 jobs", "add the chilli": no speech
      }
      int written = child(children, v.index(), "obj");
      if (lemma.equals("write") && written > v.index() && child(children, v.index(), "ccomp") < 0
          && WORKS.contains(t.get(written).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "she is writing a novel set in Russia": a work, not a statement
      }
      if (lemma.equals("tell") && v.index() > 0 && v.index() + 1 < t.size()
          && t.get(v.index() - 1).word().equalsIgnoreCase("all")
          && t.get(v.index() + 1).word().equals(",")) {
        continue; // "All told, the report pointed to …": an idiom for "in all"
      }
      if (lemma.equals("deny") && (child(children, v.index(), "iobj") >= 0
          || child(children, v.index(), "obj") >= 0 && EventExtractor.GRANTED.contains(
              t.get(child(children, v.index(), "obj")).lemma().toLowerCase(Locale.ROOT)))) {
        continue; // a refusal, not a denial: "the judge denied the request", "denied them entry"
      }
      if (pluralNoun(t, v.index())) {
        continue; // "religious liberty claims deserved to prevail", "agency reports suggest"
      }
      if (lemma.equals("find") && child(children, v.index(), "ccomp") < 0
          && child(children, v.index(), "obj") < 0) {
        continue; // "employees found to have violated …": a reduced passive, nobody finds
      }
      int complement = child(children, v.index(), "xcomp");
      boolean saysThrough = complement >= 0
          && Cues.verb(t.get(complement).lemma().toLowerCase(Locale.ROOT)) != null;
      if (lemma.equals("continue") && complement >= 0 && !saysThrough) {
        continue; // "will continue working closely", "continues to be subdued": not speech
      }
      // "Melania seems to have vanished": the outlet's own hedge, said by nobody it names
      boolean ownHedge = (lemma.equals("seem") || lemma.equals("appear")) && !saysThrough;
      int noun = agent >= 0 && governor != null && governor.relation().equals("acl")
          && governor.head() >= 0 && governor.head() < v.index() ? governor.head() : -1;
      Span content = buried != null ? buried
          : question >= 0
          ? trimQuotesAndPunct(text, subtree(text, t, children, question))
          : (Cues.POSITIONS.contains(lemma) || Cues.SEEN_AS.contains(lemma))
              && child(children, v.index(), "ccomp") < 0
              && child(children, v.index(), "xcomp") < 0
              && child(children, v.index(), "obj") > v.index()
          ? positionTaken(text, t, children, v.index())
          : agent >= 0
          ? passiveContent(text, t, children, v.index(), agent, saidOf, noun)
          : said >= 0 && !interrupted ? span(text, t.get(firstOfSubtree(children, said))
              .begin(), t.get(lastOfSubtree(children, said)).end())
          : contentOf(text, t, children, headOf, v, subject);
      if (interrupted && content != null && content.begin() > v.end()) {
        // "“My hope,” he said, “is that …”": the quotation on both sides of its cue
        content = span(text, t.get(firstOfSubtree(children, said)).begin(), content.end());
      }
      int[] quote = quoteRightBefore(text, quotes,
          t.get(Math.min(v.index(), firstOfSubtree(children, subject))).begin());
      if (quote != null && (content == null || perceived
          || content.begin() >= quote[0] && content.end() <= quote[1]
          || content.begin() >= v.end() && circumstanceOnly(t, content, lemma.equals("tell"))
              && text.substring(quote[1], v.begin()).indexOf('\n') < 0
              && quotationOpensSentence(text, quote[0]))) {
        // "“… First sentence. Second one,” she said." or "“…?” Clinton said.": the whole
        // quotation, though the sentence splitter cut it; and "“…!” she wrote on Friday": the
        // words after the cue are a circumstance, not what she wrote; "“…,” Nunes is seen saying
        // in a video": what he is seen saying is the quotation
        content = trimQuotesAndPunct(text, span(text, quote[0], quote[1]));
      }
      if (relativeThing != null) {
        content = relativeThing;
      }
      int[] announced = quotationAfterColon(text, t, v.index());
      if (announced != null && (content == null || content.end() <= announced[0])) {
        // "In a statement, Berek said:¶¶“Cash remains …”", "told reporters:¶¶“…”": the
        // quotation the colon announces, in the next paragraph, not the circumstance or the
        // addressee
        content = trimQuotesAndPunct(text, span(text, announced[0], announced[1]));
      }
      if (content == null || content.begin() == content.end()
          || content.begin() >= v.end() && onlyATime(t, content)) {
        continue; // "a voluntary offer announced on Nov 4": when, not what
      }
      if (content.begin() >= v.end() && content.text().regionMatches(true, 0, "from ", 0, 5)
          && circumstanceOnly(t, content, false)) {
        continue; // "Mulvihill reported from New Jersey" (a byline's credit): where, not what
      }
      if (ANSWERS.contains(lemma) && content.begin() > v.end()
          && content.text().matches("(?i)to\\s+[^,;:]*") && !hasVerb(t, content)) {
        continue; // "did respond to the staffer", "replied to the union": whom, not what
      }
      if (lemma.matches("respond|reply") && content.begin() > v.end()
          && content.text().matches("(?i)with\\s+[^,;:]*") && !hasVerb(t, content)
          && !content.text().matches("(?is)with\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+"
              + "|its\\s+)?(?:\\w+\\s+){0,2}(?:statement|letter|tweet|post|comment|remarks?"
              + "|message|email|e-mail|note|question|answer|joke|laugh|video|speech|attacks?"
              + "|criticism|insults?|accusations?|claims?|denials?|words|jabs?|barbs?|rebukes?"
              + "|praise|threats?|demands?)\\b.*")) {
        continue; // "police responded with tear gas": what they did, not what they said
      }
      if (lemma.equals("say") && v.index() > 0 && (t.get(v.index() - 1).pos().equals("POS")
          || t.get(v.index() - 1).word().matches("(?i)a|the|no|any|final|its|their"))) {
        continue; // "the enemy's say in a war's course", "have a say": the noun
      }
      int colonAt = content.begin() > v.end() ? content.text().indexOf(':') : -1;
      if (colonAt > 0 && circumstanceOnly(t, span(text, content.begin(),
          content.begin() + colonAt), false)) {
        // "tweeted on Friday: “Very sad news …”": what follows the colon, not when
        int[] q = quotationOpeningAt(text, content.begin() + colonAt + 1);
        if (q != null) {
          content = trimQuotesAndPunct(text, span(text, q[0], q[1]));
        }
      }
      java.util.regex.Matcher addressee = ADDRESSEE_THEN_QUOTE.matcher(content.text());
      if (content.begin() > v.end() && ADDRESSING.contains(lemma) && addressee.lookingAt()
          && !content.text().substring(0, addressee.end(1))
              .matches("(?is).*\\b(?:that|whether|if|how|what|why|when|to)\\b.*")) {
        // "he told reporters, “I strongly disagree …”", "urged Fauci: “Tell us …”": what
        // was said to them, not whom
        int[] q = quotationOpeningAt(text, content.begin() + addressee.end(1));
        if (q != null) {
          content = trimQuotesAndPunct(text, span(text, q[0], q[1]));
        }
      }
      java.util.regex.Matcher prep = LEADING_PREPOSITION.matcher(content.text());
      if (prep.lookingAt() && prep.end() < content.text().length() && content.begin() > v.end()
          && text.substring(v.end(), content.begin()).isBlank()) {
        // "called on Trump to stop …", "pushed for the complete repeal": the preposition is
        // the verb's, the content what follows
        content = span(text, content.begin() + prep.end(), content.end());
      }
      if (agent >= 0) {
        // the agent without its "by"
        // "The Daily Caller, which unearthed …"
        int last = beforeComma(t, agent, lastOfSubtree(children, agent), List.of());
        if (OF_WHAT.contains(v.lemma().toLowerCase(Locale.ROOT))) {
          // "accused by multiple women of sexual assault": the "of" is what they accuse of
          for (Dependency d : children.getOrDefault(agent, List.of())) {
            int first = firstOfSubtree(children, d.dependent());
            // (not a name's own "of": "the Bank of England", "members of Congress")
            if (d.dependent() > agent && first <= last
                && t.get(first).word().equalsIgnoreCase("of")
                && !t.get(d.dependent()).pos().startsWith("NNP")) {
              last = Math.min(last, first - 1);
            }
          }
        }
        sourceSpan = withoutCitation(text, span(text,
            t.get(firstOfSubtree(children, agent) + 1).begin(), t.get(last).end()));
      }
      if (evidenceSpan != null) {
        sourceSpan = evidenceSpan;
      }
      if (reducedRelative != null && sourceSpan == null
          && !reducedRelative.text().matches("(?s).*[,;:\"“”].*")) {
        sourceSpan = reducedRelative;
      }
      if (asSpeaker >= 0 && subject == asSpeaker) {
        // without its "as"
        sourceSpan = span(text, t.get(firstOfSubtree(children, subject) + 1).begin(),
            t.get(lastOfSubtree(children, subject)).end());
      }
      if (withSource != null) {
        sourceSpan = withSource;
      }
      if (sourceSpan == null && subject >= 0 && t.get(subject).word().matches("[–—]")) {
        // "The longtime activist – who was a member of the committee – maintains that …": the
        // parse took the closing dash for the subject; the speaker is the phrase before the
        // dash that opens the aside
        int open = subject - 1;
        while (open > 0 && !t.get(open).word().equals(t.get(subject).word())) {
          open--;
        }
        int head = open - 1;
        if (open > 0 && head >= 0 && t.get(head).pos().matches("NNS?|NNPS?")) {
          int from = head;
          while (from > 0 && t.get(from - 1).pos().matches("DT|JJ.*|NNS?|NNPS?|POS|PRP\\$|CD")) {
            from--;
          }
          sourceSpan = span(text, t.get(from).begin(), t.get(head).end());
          subject = head;
        }
      }
      Span source = withoutLeadingDay(text, withoutLeadingQuote(text, sourceSpan != null
          ? sourceSpan : withoutCitation(text, speakerPhrase(text, t, children, subject))));
      if (antecedent >= 2 && t.get(subject).word().equalsIgnoreCase("who")
          && t.get(antecedent).pos().startsWith("NNP")
          && t.get(antecedent - 1).word().matches("in|from|of|at")
          && t.get(antecedent - 2).pos().matches("NNS?")
          && Character.isLowerCase(t.get(antecedent - 2).word().charAt(0))) {
        // "a doctor in Italy who said", "a resident of Louisville who was killed": who is the
        // person before the place, not the place
        antecedent -= 2;
      }
      // "Lavrov, who said …": the source is written "who", the entity is the antecedent's
      String entity = entityByChar.get(t.get(antecedent >= 0 ? antecedent : subject).begin());
      if (entity == null && antecedent >= 0) {
        entity = apposedName(t, children, headOf, entityByChar, nameByChar, antecedent);
      }
      if (entity == null && antecedent < 0) {
        entity = namedInApposition(t, children, subject, nameByChar);
      }
      if (lemma.equals("quote")) {
        int quoted = child(children, v.index(), "obj");
        int saying = asSaying(t, v);
        if (quoted >= 0 && saying >= 0) {
          Span cue = span(text, v.begin(), v.end());
          Draft parent = new Draft(source, entity, cue, content, Stance.ASSERT);
          Span childCue = span(text, t.get(saying - 1).begin(), t.get(saying).end());
          Span childSource = subtree(text, t, children, quoted);
          Draft child = new Draft(childSource, entityByChar.get(t.get(quoted).begin()), childCue,
              content, Stance.ASSERT);
          child.parent = parent;
          out.add(parent);
          out.add(child);
          continue;
        }
      }
      if (ownHedge) {
        int from = firstOfSubtree(children, subject);
        if (from < v.index() && t.get(from).begin() < content.begin()
            && !t.get(subject).word().equalsIgnoreCase("it")) {
          content = span(text, t.get(from).begin(), content.end()); // "Melania … to have vanished"
        }
        out.add(new Draft(null, null, cueSpan(text, t, children, v), content, stance));
        continue;
      }
      if (EVIDENTIAL.contains(lemma) && agent < 0 && antecedent < 0
          && (governor == null || governor.head() < 0) && !insideAnyQuote(v.begin(), quotes)
          && (t.get(subject).word().toLowerCase(Locale.ROOT).matches("this|that")
              && t.get(subject).pos().equals("DT")
              || t.get(subject).word().equalsIgnoreCase("it") && entity == null
                  && lemma.matches("show|suggest|indicate|mean|prove"))
          && firstOfSubtree(children, subject) == subject
          && lastOfSubtree(children, subject) == subject) {
        // "This suggests that the bike …", "That explains the lawsuit", "It does show how
        // quickly …" (an "it" that stands for no one): the outlet reasoning from what it has
        // told, not a source it credits (its own sentence, not a quotation or what someone said:
        // "Smith said this shows …" is Smith's)
        out.add(new Draft(null, null, cueSpan(text, t, children, v), content, stance));
        continue;
      }
      Draft plain = new Draft(source, entity, cueSpan(text, t, children, v), content, stance);
      if (entity == null && antecedent >= 0 && antecedent < subject && source != null
          && t.get(antecedent).pos().startsWith("NN")
          && RELATIVE_PRONOUN.matcher(source.text()).matches()) {
        // "the Ecowas treaty, which says …": who speaks is the phrase the pronoun stands for
        plain.refersTo = antecedentPhrase(text, t, children, antecedent);
      }
      Span described = describedByWhatWasSaid(text, t, children, headOf, v.index(), subject,
          content);
      if (described != null) {
        plain.parts = List.of(described, content);
        plain.content = span(text, described.begin(), content.end());
      }
      out.add(plain);
    }
    referringTo(text, s, out, cuts);
    inAPoll(text, s, children, headOf, entityByChar, out);
    for (int cut : cuts) {
      for (Draft d : out) {
        if (d.cue.end() <= cut && d.content.begin() < cut && cut < d.content.end()) {
          d.content = trimQuotesAndPunct(text, span(text, d.content.begin(), cut));
        }
      }
    }
    for (Draft r : takenUp) {
      // "X accused Y of Z, a charge Y denied": Y denies what X said, not that X said it
      for (Draft d : out) {
        if (d != r && !takenUp.contains(d) && r.content.contains(d.cue)) {
          r.content = d.content;
        }
      }
    }
  }

  /** A content that only points back to what was said before: "denied that", "rejected the claim". */
  private static final java.util.regex.Pattern POINTING_BACK = java.util.regex.Pattern.compile(
      "(?i)(that|this|it|(the|that|this|these|those) (claim|claims|allegation|allegations"
          + "|accusation|accusations|report|reports|suggestion|charge|charges|assertion|account"
          + "|version))");

  private static final java.util.regex.Pattern REPORTER = java.util.regex.Pattern.compile(
      "(?i)\\b(newspaper|paper|daily|agency|media|outlet|broadcaster|channel|magazine|website"
          + "|report\\w*)\\b");

  /**
   * "OSTPRESS suggested that the Guard might have caused the blast. The Guard denied that.": a
   * denial whose content only points back ("that", "the claim") denies what the attribution just
   * before it said — in its sentence or the one before, by someone else — so it takes that
   * content, as "a charge X denied" does.
   */
  private static void denialOfWhatWasSaid(List<Draft> drafts, List<Sentence> sentences) {
    Draft before = null;
    for (Draft d : drafts) {
      if (d.stance == Stance.DENY && before != null && d.source != null
          && POINTING_BACK.matcher(d.content.text().strip()).matches()
          && before.stance != Stance.DENY && before.source != null
          && !before.source.text().equalsIgnoreCase(d.source.text())
          && before.content.end() <= d.cue.begin()
          // a proposition, not a name the speech verb took as its object ("called Mrs. Pelosi")
          && before.content.text().strip().split("\\s+").length >= 4
          && sentenceOf(sentences, d.cue.begin()) - sentenceOf(sentences, before.cue.begin())
              <= 1
          // "denied the report": a report is the media's ("a Valdorian newspaper said …"), not
          // a spokesman's statement told just before
          && (!d.content.text().toLowerCase(Locale.ROOT).contains("report")
              || REPORTER.matcher(before.source.text() + " " + before.cue.text()).find())) {
        d.content = before.content;
        d.parts = before.parts;
      }
      before = d;
    }
  }

  /** Nouns for what someone said, which a later speaker can take up: "a charge X denied". */
  private static final Set<String> CLAIM_NOUNS = Set.of("allegation", "charge", "accusation",
      "claim", "assertion", "suggestion", "version", "account", "characterization",
      "characterisation", "description", "portrayal", "report", "figure", "estimate",
      "assessment", "interpretation");

  /**
   * "Chad accused Sudan of arming rebels, a charge Khartoum rejected": after a comma, a noun for
   * what was said, then a speaker and the speech verb at {@code verb} (a finite verb, maybe after
   * an auxiliary or an adverb). Parsers read the noun as the verb's subject and the speaker as
   * its apposition. Returns {comma, first, last} token indices (the speaker is first..last), or
   * null.
   */
  /**
   * The name token {@code c} stands in apposition to ("Rep. Andy Kim, New Jersey Democrat, who
   * said …": the antecedent "Democrat" is Kim's), or the name in apposition to it ("the committee
   * chairman, Jim Inhofe, who …"); null when neither names anyone.
   */
  private static @Nullable String apposedName(List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf,
      Map<Integer, String> entityByChar, Map<Integer, String> nameByChar, int c) {
    Dependency up = headOf.get(c);
    if (up != null && up.relation().equals("appos") && up.head() >= 0
        && entityByChar.get(t.get(up.head()).begin()) != null) {
      return entityByChar.get(t.get(up.head()).begin());
    }
    return namedInApposition(t, children, c, nameByChar);
  }

  static int @Nullable [] reducedRelative(List<Token> t, int verb) {
    int aux = verb - 1;
    while (aux > 0 && t.get(aux).pos().equals("RB")) {
      aux--; // "has flatly rejected"
    }
    boolean perfect = t.get(verb).pos().equals("VBN") && verb > 0
        && t.get(aux).lemma().equalsIgnoreCase("have");
    if (!t.get(verb).pos().matches("VBD|VBZ|VBP") && !perfect) {
      return null; // "a claim the union denied", "… has denied"; not "a claim denied by …"
    }
    if (verb + 1 < t.size() && (t.get(verb + 1).pos().matches("VB.*|JJ.*|TO|DT|NN.*|PRP.*|CD")
        || t.get(verb + 1).word().equalsIgnoreCase("that"))) {
      return null; // "a figure the ministry said was inflated", "a claim X called baseless":
      // the verb has a complement of its own
    }
    int last = verb - 1;
    while (last > 0 && (t.get(last).pos().equals("RB") || t.get(last).pos().equals("MD")
        || t.get(last).pos().matches("VB[DZP]")
        && t.get(last).lemma().toLowerCase(Locale.ROOT).matches("have|do|be"))) {
      last--; // "a charge Khartoum has flatly rejected"
    }
    for (int k = last - 1; k >= Math.max(1, last - 6); k--) {
      Token noun = t.get(k);
      if (!noun.pos().matches("NN|NNS|NNP|NNPS|POS|DT|JJ|PRP\\$|CD")) {
        return null; // the speaker is a noun phrase: names, nouns, a possessive
      }
      if (!noun.pos().startsWith("NN")
          || !CLAIM_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!t.get(k + 1).pos().matches("NNP|NNPS|DT|PRP\\$?")) {
        return null; // "the report author Jane Doe said": the noun names the speaker's job
      }
      for (int j = k + 1; j <= last; j++) {
        if (!t.get(j).pos().matches("NNP|NNPS|NN|NNS|POS|DT|JJ|PRP|CD")) {
          return null;
        }
      }
      int before = k - 1;
      while (before > 0 && t.get(before).pos().matches("DT|JJ|RB")) {
        before--; // "a false claim", "the same charge"
      }
      return t.get(before).word().equals(",") && k + 1 <= last ? new int[] {before, k + 1, last}
          : null;
    }
    return null;
  }

  /**
   * The speaker of a speech verb the parse left without a subject: "…, said Batchelder." (a
   * short noun phrase after the verb, the sentence or clause ending right after it, a comma or
   * closing quotation mark before the verb) or "… Trump said that …" (up to three proper nouns or
   * a pronoun right before it). Returns {first, last, head} token indices, or null.
   */
  static int @Nullable [] surfaceSpeaker(List<Token> t, int verb) {
    if (verb > 0 && t.get(verb - 1).word().matches("[,\"”’']|''") && verb + 1 < t.size()
        // (not an order that opens a quotation: "“Tell us the truth.”")
        && !t.get(verb - 1).pos().equals("``")
        && (!t.get(verb).pos().equals("VB") || t.get(verb).lemma().equalsIgnoreCase("say"))) {
      int k = verb + 1;
      int last = -1;
      while (k < t.size() && k <= verb + 6
          && t.get(k).pos().matches("DT|JJ|NNP|NNPS|NN|NNS|PRP|CD|POS")) {
        if (t.get(k).pos().startsWith("NN") || t.get(k).pos().equals("PRP")) {
          last = k;
        }
        k++;
      }
      boolean ends = k >= t.size() || t.get(k).word().matches("[.,;!?]");
      if (last > verb && ends && last == k - 1) {
        return new int[] {verb + 1, last, last};
      }
    }
    int end = verb - 1;
    while (end > 0 && t.get(end).pos().matches("VB[ZPD]")
        && t.get(end).word().matches("(?i)has|have|had")) {
      end--; // "the Harven Monitor has learned": the auxiliary is the cue's
    }
    while (end > 0 && EntityResolver.DAYS.matcher(t.get(end).word()).matches()) {
      end--; // "Trump Monday said": the day is not part of the speaker
    }
    if (verb > 0 && t.get(end).pos().matches("NNPS?|PRP")
        && !EntityResolver.DAYS.matcher(t.get(end).word()).matches()) {
      int first = end;
      while (first > 0 && first > end - 2 && t.get(first - 1).pos().matches("NNPS?")
          && t.get(end).pos().startsWith("NNP")) {
        first--;
      }
      if (first > 0 && PREPOSITIONS.contains(t.get(first - 1).word().toLowerCase(Locale.ROOT))) {
        return null; // "… touring the docks on Monday called for …": a preposition's object
      }
      if (first > 1 && t.get(first - 1).word().equalsIgnoreCase("the")
          && t.get(end).pos().startsWith("NNP")
          && !PREPOSITIONS.contains(t.get(first - 2).word().toLowerCase(Locale.ROOT))) {
        first--; // "the Harven Monitor has learned": the name with its article
      }
      return new int[] {first, end, end};
    }
    if (verb > 0 && t.get(end).pos().matches("NNS?") && closesAfter(t, verb)) {
      // "…, top black lawmakers said Friday.": a short common noun phrase between a comma and the
      // verb, nothing but a day after it (the parser may take the noun for an apposition)
      int first = end;
      while (first > 0 && first > end - 4
          && t.get(first - 1).pos().matches("DT|JJ|JJR|JJS|NNS?|NNPS?|CD|POS|PRP\\$|VBN")) {
        first--;
      }
      if (first > 0 && t.get(first - 1).word().equals(",")) {
        return new int[] {first, end, end};
      }
    }
    return null;
  }

  /**
   * The speaker a parenthesis parts from its verb, when the parse gave the verb no subject:
   * "Hillary Clinton, also campaigning in Wisconsin, said …", "“…,” Ki Hong, 33, said of …",
   * "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said …": a name opening the
   * sentence or right after the quotation it tags, then words set off by commas with no verb of
   * their own outside a relative clause and no list ("Clinton, Sanders and Biden"), then the
   * verb. Returns {first, last, head} token indices, or null.
   */
  private static int @Nullable [] parentheticalSpeaker(String text, List<Token> t,
      List<int[]> quotes, int verb) {
    if (verb < 4 || !t.get(verb - 1).word().equals(",") || !t.get(verb).pos().matches("VBD|VBZ")
        || insideAnyQuote(t.get(verb).begin(), quotes)) {
      return null;
    }
    int first = -1;
    for (int k = verb - 3; k >= 0 && first < 0; k--) {
      if (k == 0 && !t.get(0).pos().equals("``") || k > 0 && t.get(k).pos().startsWith("NNP")
          && !t.get(k - 1).pos().equals("``") && !t.get(k - 1).word().equals(",")
          && quoteRightBefore(text, quotes, t.get(k).begin()) != null) {
        first = k;
      }
    }
    if (first < 0) {
      return null;
    }
    int comma = first;
    while (comma < verb - 1 && t.get(comma).pos().matches("DT|JJ|NNS?|NNPS?|HYPH|POS")) {
      comma++;
    }
    int last = comma - 1;
    if (comma == first || comma >= verb - 1 || comma - first > 7
        || !t.get(comma).word().equals(",") || !t.get(last).pos().startsWith("NNP")
        || EntityResolver.DAYS.matcher(t.get(last).word()).matches()) {
      return null;
    }
    boolean relative = false;
    for (int k = comma + 1; k < verb - 1; k++) {
      Token w = t.get(k);
      relative |= w.pos().matches("WP\\$?|WDT");
      if (!relative && w.pos().matches("VBD|VBZ|VBP|MD") || w.word().matches("[\"“”]|``|''")
          || w.pos().equals("CC") && t.get(k - 1).word().equals(",")) {
        return null; // a clause or a list between, not a parenthesis
      }
    }
    return new int[] {first, last, last};
  }

  private static final java.util.regex.Pattern PART_OF_DAY =
      java.util.regex.Pattern.compile("(?i)morning|afternoon|evening|night");

  /** Whether only a day or part of day stands between the verb and the end of its clause. */
  private static boolean closesAfter(List<Token> t, int verb) {
    int k = verb + 1;
    while (k < t.size() && (EntityResolver.DAYS.matcher(t.get(k).word()).matches()
        || t.get(k).word().matches("(?i)on|last|this|late|early")
        || PART_OF_DAY.matcher(t.get(k).word()).matches())) {
      k++;
    }
    return k >= t.size() || t.get(k).word().matches("[.,;!?]");
  }

  /**
   * The speaker in "X, as one of his advisers said, …" when the parser made X the verb's
   * subject and the speaker an "as" phrase of it: the phrase's head, or -1.
   */
  private static int asSpeaker(List<Token> t, Map<Integer, List<Dependency>> children, int verb,
      int subject) {
    if (subject < 0 || subject > verb) {
      return -1;
    }
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      int o = d.dependent();
      int as = firstOfSubtree(children, o);
      if (d.relation().equals("obl") && o < verb && as > subject + 1
          && t.get(as).word().equalsIgnoreCase("as") && t.get(as - 1).word().equals(",")
          && lastOfSubtree(children, o) == verb - 1 && lastOfSubtree(children, subject) < as
          && verb + 1 < t.size() && t.get(verb + 1).word().equals(",")) {
        return o;
      }
    }
    return -1;
  }

  /** Prepositions whose object is never a speaker (subordinators such as "because" are not). */
  private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "from", "by", "with",
      "for", "of", "to", "into", "during", "under", "over", "near", "across", "against", "among",
      "between", "through", "toward", "towards", "upon", "within", "without", "about");

  /**
   * "OSTPRESS, citing a source," as a source is "OSTPRESS": the citation is its own attribution;
   * "Trump, speaking to a veterans group," (or "also campaigning in Iowa") is "Trump": the
   * participle describes the speaker; and
   * the tail of a quotation the parse hung on the speaker is cut off.
   */
  static Span withoutCitation(String text, Span source) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        ",\\s+(?:(?-i:also|still|then|now|[a-z]+ly)\\s+)?"
            + "(citing|according to|(?-i:[a-z]+ing)|(?-i:[a-z]+ed by))\\b",
        java.util.regex.Pattern.CASE_INSENSITIVE).matcher(source.text());
    Span cut = m.find() && m.start() > 0
        ? span(text, source.begin(), source.begin() + m.start()) : source;
    // "…the president and our military,” Flynn": the tail of a quotation is not the speaker
    int quoteEnd = Math.max(cut.text().lastIndexOf('”'), cut.text().lastIndexOf("''"));
    if (quoteEnd >= 0 && cut.text().lastIndexOf('“', quoteEnd) < 0
        && cut.text().lastIndexOf("``", quoteEnd) < 0) {
      // (a quotation opened inside the speaker's phrase is part of it: "Richard Hasen, author
      // of “Election Meltdown,” which is due out today")
      int from = cut.begin() + quoteEnd + (cut.text().startsWith("''", quoteEnd) ? 2 : 1);
      while (from < cut.end() && " ,".indexOf(text.charAt(from)) >= 0) {
        from++;
      }
      if (from < cut.end()) {
        cut = span(text, from, cut.end());
      }
    }
    // "Rep. Marc Veasey (D-Texas": the parse left the closing parenthesis out
    int open = cut.text().lastIndexOf('(');
    if (open >= 0 && cut.text().indexOf(')', open) < 0) {
      int after = cut.end();
      while (after < text.length() && after < cut.end() + 2 && text.charAt(after) == ' ') {
        after++;
      }
      int end = cut.begin() + open;
      while (end > cut.begin() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (after < text.length() && text.charAt(after) == ')') {
        cut = span(text, cut.begin(), after + 1);
      } else if (end > cut.begin()) {
        cut = span(text, cut.begin(), end);
      }
    }
    // "… starting March 25, president Anthony Monaco said": a date before the comma is the end
    // of the clause before, not the speaker's
    java.util.regex.Matcher date = LEADING_DATE.matcher(cut.text());
    if (date.lookingAt() && date.end() < cut.text().length()) {
      cut = span(text, cut.begin() + date.end(), cut.end());
    }
    // "Valdoria on Tuesday accused …": the day the parse hung on the speaker is not the speaker
    java.util.regex.Matcher day = TRAILING_DAY.matcher(cut.text());
    if (day.find() && day.start() > 0 && !cut.text().substring(0, day.start())
        .matches("(?is).*\\b(until|from|since|by|through|before|after|in|of|to)")) {
      cut = span(text, cut.begin(), cut.begin() + day.start()); // not "who served until today"
    }
    return cut;
  }

  /** Others speaking in a counterpoint: "even as officials have warned …". */
  private static final java.util.regex.Pattern OTHERS_SPEAK = java.util.regex.Pattern.compile(
      "\\b(?:warn|say|said|says|argu|insist|caution|urg|report|claim|criticiz|criticis|call"
          + "|question|dispute|den(?:y|ies|ied))\\w*");

  /**
   * A counterpoint the outlet adds after what was said, with others speaking in it: ", even as
   * officials warned …" (not ", even as inflation picks up", which may be the speaker's; "even
   * if" is theirs).
   */
  private static final java.util.regex.Pattern EVEN_AS = java.util.regex.Pattern.compile(
      "\\s*[,;—–]\\s*even\\s+as\\b");

  private static final java.util.regex.Pattern LEADING_DATE = java.util.regex.Pattern.compile(
      "(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.|January|February|March|April|May"
          + "|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:,\\s+\\d{4})?"
          + ",\\s+(?=\\p{L})");

  private static final java.util.regex.Pattern TRAILING_DAY = java.util.regex.Pattern.compile(
      ",?\\s+(?:(?:on|late|early|earlier|last|this)\\s+)?(?:Monday|Tuesday|Wednesday"
          + "|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\\s+(?:morning"
          + "|afternoon|evening|night))?\\s*$");

  /** The cue verb with the auxiliaries and negation right before it ("has learned"). */
  private static Span cueSpan(String text, List<Token> t, Map<Integer, List<Dependency>> children,
      Token v) {
    int first = v.index();
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Dependency d : children.getOrDefault(v.index(), List.of())) {
        // auxiliaries, negation and the adverbs right before the verb ("also said", "has
        // repeatedly called")
        boolean aux = d.relation().startsWith("aux") || (d.relation().equals("advmod")
            && (t.get(d.dependent()).word().matches("(?i)not|n't|never")
                || t.get(d.dependent()).pos().equals("RB")
                    && t.get(d.dependent()).word().matches("\\p{L}+")));
        if (aux && d.dependent() == first - 1) {
          first = d.dependent();
          extended = true;
        }
      }
    }
    // and its particle ("pointed out")
    int last = v.index();
    for (Dependency d : children.getOrDefault(v.index(), List.of())) {
      if (d.relation().equals("compound:prt") && d.dependent() == v.index() + 1) {
        last = d.dependent();
      }
    }
    return span(text, t.get(first).begin(), t.get(last).end());
  }

  private static boolean isAsSaying(List<Token> t, Token v) {
    return v.index() > 0 && t.get(v.index() - 1).word().equalsIgnoreCase("as");
  }

  /** Verbs of perceiving or recording someone: "is seen saying", "can be heard asking". */
  private static final Set<String> PERCEIVED = Set.of("see", "hear", "film", "record", "catch",
      "show", "picture", "capture", "overhear", "videotape", "tape");

  /** Verbs of speaking aloud, which one can be seen or heard doing ("seen slamming" is no speech). */
  private static final Set<String> ALOUD = Set.of("say", "tell", "ask", "shout", "yell",
      "scream", "chant", "explain", "admit", "claim", "warn", "joke", "whisper", "mutter",
      "plead", "beg", "insist", "admonish", "boast", "threaten", "promise", "call");

  /** Verbs of going on speaking: "…, adding that", "…, noting that", "…, proposing that". */
  private static final Set<String> ALOUD_OR_ON = Set.of("say", "add", "note", "claim", "argue",
      "insist", "propose", "suggest", "point", "stress", "warn", "explain", "accuse", "deny",
      "call", "describe", "urge", "write", "tweet", "cite", "recall", "acknowledge", "admit",
      "predict", "emphasize", "emphasise", "assert", "contend", "question", "dismiss", "reject",
      "blame", "charge", "allege", "maintain", "repeat", "reiterate", "state", "declare");

  /** The "saying" of "quoted X as saying", or -1. */
  private static int asSaying(List<Token> t, Token quoted) {
    for (int k = quoted.index() + 1; k + 1 < t.size() && k < quoted.index() + 25; k++) {
      if (t.get(k).word().equalsIgnoreCase("as") && t.get(k + 1).lemma().equals("say")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * The content of a cue verb. Its clausal complement when the parse has one. Otherwise verbs of
   * stance (deny, accuse, condemn, claim) take what follows them up to the end of their clause;
   * speech verbs take the clause before their source when only a short tail without a verb
   * follows ("“…,” the minister said at a press conference.", "…, the daily reports."), else
   * what follows.
   */
  /**
   * A finite clause after {@code v} the parser attached as a bare {@code dep}: a verb with a
   * modal, or a tensed verb with its own subject ("one study found Trump would actually raise
   * taxes": {@code obj} Trump, {@code dep} raise).
   */
  private static boolean unlabelledClause(List<Token> t, Map<Integer, List<Dependency>> children,
      Token v) {
    for (Dependency d : children.getOrDefault(v.index(), List.of())) {
      int c = d.dependent();
      if (!d.relation().equals("dep") || c <= v.index() || !t.get(c).isVerb()) {
        continue;
      }
      int aux = child(children, c, "aux");
      if (aux >= 0 && t.get(aux).pos().equals("MD") || t.get(c).pos().matches("VBD|VBZ|VBP")
          && child(children, c, "nsubj") >= 0) {
        return true; // finite: "would raise", "was"; not "showed them gazing"
      }
    }
    return false;
  }

  private static @Nullable Span contentOf(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf, Token v,
      int subject) {
    int that = thatAfterCitingPhrase(t, v.index());
    if (that > 0) {
      return clause(text, t, that, t.size() - 1);
    }
    for (String rel : List.of("ccomp", "xcomp")) {
      int c = child(children, v.index(), rel);
      if (c >= 0 && c > v.index() && c != subject
          && !(rel.equals("xcomp") && t.get(c).lemma().equals("say"))
          // "“…,” Halm told the state agency OSTPRESS": a bare name the parse made a complement
          // is the object's own name, not what was said
          && !(rel.equals("xcomp") && t.get(c).pos().startsWith("NNP")
              && !children.containsKey(c))
          && !(participleAfterComma(t, c) && firstOfSubtree(children, c) >= c - 1)) {
        if (t.get(c).word().equalsIgnoreCase("that") && t.get(c).pos().equals("IN")
            && finiteBeforeThat(t, c + 1)) {
          // "had told it that a team … photographed the dam": the parse made the complementizer
          // the complement and hung its clause elsewhere; what was said runs from "that"
          int verb = c + 1;
          while (!t.get(verb).pos().matches("VBD|VBZ|VBP|MD")) {
            verb++; // there is one: finiteBeforeThat
          }
          // to the end of that verb's words, not over a tag after them ("…, the Monitor said";
          // where the parse hangs the tag inside them, tagAfterContent cuts it); an auxiliary's or
          // a copula's words are those of the verb or word it serves ("the company has
          // accelerated work on …", "the port is ready to …")
          int end = Math.max(verb, lastOfSubtree(children, verb));
          Dependency served = headOf.get(verb);
          if (served != null && served.head() > verb
              && served.relation().matches("aux(:pass)?|cop")) {
            end = Math.max(end, lastOfSubtree(children, served.head()));
          }
          Span rest = clause(text, t, c, end);
          if (rest != null) {
            return trimQuotesAndPunct(text, rest);
          }
        }
        Span clause = subtree(text, t, children, c);
        int object = child(children, v.index(), "obj");
        if (rel.equals("xcomp") && object > v.index() && object < c && object != subject) {
          // "urged supporters to monitor polling places": who is to act belongs to the content
          clause = span(text, t.get(firstOfSubtree(children, object)).begin(), clause.end());
        }
        return trimQuotesAndPunct(text, clause);
      }
    }
    int saying = v.lemma().equalsIgnoreCase("quote") ? asSaying(t, v) : -1;
    if (saying >= 0) {
      int c = child(children, saying, "ccomp");
      if (c >= 0) {
        return trimQuotesAndPunct(text, subtree(text, t, children, c));
      }
    }
    int after = saying >= 0 ? saying + 1 : v.index() + 1;
    while (after < t.size() && headOf.get(after) != null && headOf.get(after).head() == v.index()
        && headOf.get(after).relation().equals("compound:prt")) {
      after++; // "pointed out, …": the verb's particle is part of the cue
    }
    if (subject > v.index() && firstOfSubtree(children, subject) == v.index() + 1) {
      // "“…,” said Vo Ngoc Chuyen, the older brother of …, whose family fears …": the speaker's
      // own phrase, however long, is no content
      after = lastOfSubtree(children, subject) + 1;
    }
    int told = toldThing(children, t, v.index());
    if (told > after) {
      after = firstOfSubtree(children, told); // "telling their publics a simple story"
    }
    int rightEnd = clauseEnd(t, after);
    Span right = rightEnd >= after ? clause(text, t, after, rightEnd) : null;
    int cueStart = Math.min(v.index(), firstOfSubtree(children, subject));
    if (saying >= 0) {
      cueStart = Math.min(cueStart, v.index());
    }
    boolean dated = cueStart + 3 < v.index() && MonthNames.isMonth(t.get(cueStart))
        && t.get(cueStart + 1).pos().equals("CD") && t.get(cueStart + 2).word().equals(",");
    if (dated) {
      // "… starting March 25, president Anthony Monaco said": the date ends what was said (the
      // parse may make it the subject, the speaker its apposition)
      cueStart += 3;
    }
    Span left = cueStart > 1 ? clause(text, t, 0, cueStart - 1) : null;
    Stance st = Cues.verb(v.lemma().toLowerCase(Locale.ROOT));
    boolean stanceVerb = st == Stance.ACCUSE || st == Stance.CONDEMN || st == Stance.DENY
        || st == Stance.CLAIM;
    if (stanceVerb && right != null) {
      return right;
    }
    int before = child(children, v.index(), "ccomp");
    if (left != null && before >= 0 && before < cueStart && subject >= cueStart) {
      // "Merkel will host Pompeo …, a government spokeswoman said, as US forces resumed …": the
      // parse says what was said, before the cue; the clause after is a circumstance — unless
      // the quotation goes on after the cue ("“If he thinks that makes him smart,” the ad says,
      // “what does he think of you”": one quotation, interrupted)
      boolean resumes = right != null
          && text.substring(t.get(cueStart - 1).begin(), t.get(cueStart).begin()).matches(
              "(?s).*[”\"'’].*")
          && text.substring(v.end(), right.begin()).matches("(?s).*[“\"].*");
      return resumes ? span(text, left.begin(), right.end()) : left;
    }
    int colon = SAYING_OF.contains(v.lemma().toLowerCase(Locale.ROOT))
        ? whatItIsSaidOf(t, after) : -1;
    if (colon > 0) {
      // "…, with Judge Hale saying of the reports: “On any standards …”": what follows the colon
      Span said = clause(text, t, colon + 1, clauseEnd(t, colon + 1));
      if (said != null) {
        return trimQuotesAndPunct(text, said);
      }
    }
    // after the cue only an addressee or circumstances ("told reporters at the ministry"), no verb
    int tail = after;
    while (tail < rightEnd && (EntityResolver.DAYS.matcher(t.get(tail).word()).matches()
        || tail > after && (t.get(tail).word().equals(",")
            || PART_OF_DAY.matcher(t.get(tail).word()).matches()))) {
      tail++; // "said Friday afternoon, as they bristled at …": a circumstance after the day
    }
    boolean shortTail = right == null || t.get(tail).pos().equals("IN")
        && !t.get(tail).word().equalsIgnoreCase("that")
        || t.get(after).pos().equals("TO") || !hasVerb(t, after, rightEnd)
        || after + 1 < t.size() && participleAfterComma(t, after + 1)
        // "“To me it's not an acceptable answer,” Trump told reporters at the White House when
        // asked about …": a quotation that opens the sentence (or began before it) and closes
        // right before the tag, its mark against the comma or the stop that ends it, is what
        // was said, the words after the cue whom it was told to and when — unless a clause
        // follows: a finite verb, "that" or another quotation. Not scare quotes: "as
        // “unhinged” a tweet attacking …", "Citing the “emergency,” the governor announced …"
        || cueStart >= 2 && t.get(cueStart - 1).word().matches("[”\"]|''")
            && t.get(cueStart - 1).begin() == t.get(cueStart - 2).end()
            && t.get(cueStart - 2).word().matches("[,?!.…]|\\.\\.\\.")
            && quotationOpensTheSentence(t, cueStart - 2)
            && !thatOrQuoteIn(text, t, after, rightEnd) && !finiteIn(t, after, rightEnd);
    // the speaker's phrase right before the cue ("…, Berek said"; not the subject of a verb
    // far before a participle: "On Friday, Berek told reporters that …, calling for …")
    int subjectEnd = lastOfSubtree(children, subject);
    boolean tagged = subject > v.index() || subjectEnd + 3 >= v.index()
        // "…, Berek, in a statement, said": a parenthesis between the speaker and the cue
        || subjectEnd + 1 < v.index() && t.get(subjectEnd + 1).word().equals(",")
            && t.get(v.index() - 1).word().equals(",");
    if (left != null && shortTail && subject > 0 && (subject >= cueStart || dated) && tagged
        // (not a relative clause's: "“…,” said O'Donnell, who wrote about the attorney")
        && !t.get(subject).pos().matches("WP|WDT")
        && t.get(cueStart - 1).word().matches("[,\"”’'.:]|''")
        && !(right != null && circumstance(t, headOf, v.index(), cueStart)
            // "In Michigan, two facilities requested that …, spokesman Jake Rollow said in an
            // email": an opening circumstance, but a clause after it and none after the cue
            && (hasVerb(t, after, rightEnd) || !clauseAfterOpening(t, cueStart)))) {
      return left;
    }
    return right;
  }

  /**
   * Whether the quotation whose last word is token {@code last} stands as a clause of its own:
   * nothing but punctuation, a conjunction or an adverb stands right before its opening mark
   * ("WASHINGTON (AP) — “We're not leaving,” …", "But “we won't back down,” …"), or there is no
   * mark in the sentence (the quotation began in an earlier one) — not a word the quoted words
   * complete ("Citing the “emergency,” the governor …").
   */
  private static boolean quotationOpensTheSentence(List<Token> t, int last) {
    for (int k = last; k >= 0; k--) {
      if (t.get(k).word().matches("[“\"]|``")) {
        return k == 0 || t.get(k - 1).pos().matches("[,.:]|``|''|-LRB-|-RRB-|CC|RB|HYPH|NFP")
            || t.get(k - 1).word().matches("[—–-]+");
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} is a participle right after a comma: "“…,” he said, promising to
   * release a paper" — what the speaker did besides (its own cue where it is one), not what was
   * said.
   */
  private static boolean participleAfterComma(List<Token> t, int i) {
    return i > 0 && t.get(i).pos().equals("VBG") && t.get(i - 1).word().equals(",");
  }

  /**
   * Whether a clause follows the sentence's opening phrase before the cue that starts at token
   * {@code cueStart}: a finite verb after the first comma ("In Michigan, two facilities
   * requested …, Rollow said"), not within the opening phrase itself ("When he was asked about
   * it, Smith said on Friday").
   */
  private static boolean clauseAfterOpening(List<Token> t, int cueStart) {
    for (int k = 1; k < cueStart - 2; k++) {
      if (t.get(k).word().equals(",")) {
        // not a relative clause of the opening phrase: "After the vote, which was delayed, …"
        return !t.get(k + 1).pos().matches("WDT|WP\\$?") && finiteIn(t, k + 1, cueStart - 2);
      }
    }
    return false;
  }

  /** Whether a finite verb or a modal stands among tokens {@code from..to}. */
  private static boolean finiteIn(List<Token> t, int from, int to) {
    for (int k = from; k <= to && k < t.size(); k++) {
      if (t.get(k).pos().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether "that" (a conjunction) or a quotation mark stands among tokens {@code from..to}. */
  private static boolean thatOrQuoteIn(String text, List<Token> t, int from, int to) {
    for (int k = from; k <= to && k < t.size(); k++) {
      if (t.get(k).word().equalsIgnoreCase("that") && t.get(k).pos().matches("IN|WDT")) {
        return true;
      }
    }
    return from <= to && to < t.size()
        && text.substring(t.get(from).begin(), t.get(to).end()).matches("(?s).*[“”\"].*");
  }

  /**
   * Whether what stands before the cue's subject is a circumstance of the cue ("After the
   * meeting, Xi called for …", "Before the adverts were pulled, the MP called the promotion …"):
   * the words before the subject hang on the cue as an adverbial clause or phrase. A quotation
   * there is what was said.
   */
  private static boolean circumstance(List<Token> t, Map<Integer, Dependency> headOf, int verb,
      int cueStart) {
    if (t.get(cueStart - 1).word().matches("[\"”’']|''")) {
      return false;
    }
    int k = 0;
    for (int hops = 0; hops < t.size(); hops++) {
      Dependency up = headOf.get(k);
      if (up == null || up.head() < 0) {
        break;
      }
      if (up.head() == verb) {
        return up.relation().matches("advcl|obl(:tmod)?|advmod|nmod:tmod")
            && !(up.relation().equals("advcl") && unmarkedClause(t, headOf, k));
      }
      k = up.head();
    }
    // the parse lost the cue in the sentence ("After Hariri's resignation, which was propelled
    // by protests, Aoun called for …" hangs "called" on a word of the relative clause as a bare
    // dep): a sentence that opens with a preposition, a "when" or a participle opens with a
    // circumstance. Not where the cue hangs on the words before as their parenthesis ("In the
    // coming weeks, the government will act, Smith said"): those are what was said
    Dependency cue = headOf.get(verb);
    Token first = t.get(0);
    return cue != null && cue.head() >= 0 && cue.head() < cueStart
        && cue.relation().matches("dep|acl:relcl")
        && first.pos().matches("IN|WRB|VBG")
        && !first.word().toLowerCase(Locale.ROOT).matches("that|whether|if");
  }

  /**
   * The speaker of a tag that interrupts what it reports, its verb first ("the real beneficiary,
   * said Asoke Mukerji, a former envoy, was Russia"), or -1: a comma before the verb, the verb's
   * subject before that comma, and right after the verb a person's name that is the subject of
   * the verb's complement clause.
   */
  private static int invertedInterruptingTag(List<Token> t,
      Map<Integer, List<Dependency>> children, int verb, int subject) {
    int ccomp = child(children, verb, "ccomp");
    if (subject < 0 || ccomp <= verb || verb < 2 || verb + 2 >= t.size()
        || !t.get(verb - 1).word().equals(",") || lastOfSubtree(children, subject) != verb - 2
        || !t.get(verb + 1).pos().startsWith("NNP")) {
      return -1;
    }
    for (int k = firstOfSubtree(children, subject); k < verb - 1; k++) {
      if (t.get(k).word().equals(",")) {
        return -1; // "A second senator, speaking to CNN on condition of anonymity, said X …"
      }
    }
    if (t.get(subject).pos().startsWith("PRP") || t.get(subject).ner().equals("PERSON")) {
      return -1;
    }
    int name = child(children, ccomp, "nsubj");
    if (name <= verb || firstOfSubtree(children, name) != verb + 1
        || !t.get(name).ner().equals("PERSON")) {
      return -1;
    }
    int end = name;
    while (end + 1 < t.size() && t.get(end + 1).pos().startsWith("NNP")) {
      end++;
    }
    return end + 1 < t.size() && t.get(end + 1).word().equals(",") ? name : -1;
  }

  /**
   * The name of a tag the parse buried in the clause before it ("… a deal that includes the
   * removal of tariffs in stages, Vice Commerce Minister Wang Shouwen said, as …": the subject
   * of "said" is "removal", Wang its apposition), or -1: the verb hangs on a verb before its
   * subject, its subject is a common noun no one can be, the name is a proper noun right before
   * the verb after a comma, and the verb closes its clause (a comma or a stop after it).
   */
  private static int buriedTag(List<Token> t, Map<Integer, List<Dependency>> children,
      Map<Integer, Dependency> headOf, int verb, int subject) {
    Dependency up = headOf.get(verb);
    if (subject < 0 || subject >= verb || up == null || up.head() < 0
        || up.head() >= firstOfSubtree(children, subject)
        || !t.get(up.head()).pos().startsWith("VB")
        || !t.get(subject).pos().matches("NNS?")
        || LoadedWords.animateNouns().contains(t.get(subject).lemma().toLowerCase(Locale.ROOT))
        || verb + 1 >= t.size() || !t.get(verb + 1).word().matches("[,.;]")
        || child(children, verb, "ccomp") >= 0 || child(children, verb, "obj") >= 0) {
      return -1;
    }
    int name = -1;
    for (Dependency d : children.getOrDefault(subject, List.of())) {
      if (d.relation().equals("appos") && d.dependent() > name) {
        name = d.dependent();
      }
    }
    if (name < 0 || !t.get(name).pos().startsWith("NNP") || lastOfSubtree(children, name) != verb - 1
        || !t.get(name).ner().equals("PERSON")) {
      return -1;
    }
    int comma = firstOfSubtree(children, name) - 1;
    return comma > 1 && t.get(comma).word().equals(",") ? name : -1;
  }

  /**
   * The name the parser made an apposition of the verb's subject when the sentence opens with a
   * preposition and the name stands right before the verb, no comma closing it: "In a speech at
   * the Harbour Summit, a gathering of shipowners, Tomas Berek touted …" (the parse's subject is
   * the summit or the gathering) is Berek's; "The leader, Tomas Berek, said" and "Army Chief,
   * Gen Tomas Berek confirmed" keep their subject.
   */
  private static int nameBesideTheVerb(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb, int subject) {
    if (subject < 0 || !t.get(0).pos().equals("IN") || firstOfSubtree(children, subject) == 0) {
      return subject;
    }
    int appos = -1;
    for (Dependency d : children.getOrDefault(subject, List.of())) {
      if (d.relation().equals("appos") && d.dependent() > appos) {
        appos = d.dependent(); // the last: "the Voter Summit in Washington, a gathering …, Trump"
      }
    }
    if (appos < subject || lastOfSubtree(children, appos) != verb - 1
        || !t.get(appos).pos().startsWith("NNP")) {
      return subject;
    }
    int opening = firstOfSubtree(children, appos) - 1;
    while (opening > 0 && t.get(opening).word().matches("[\"“”'’]|''")) {
      opening--;
    }
    return t.get(opening).word().equals(",") ? appos : subject;
  }

  /**
   * The subtree of {@code subject} without a finite verb the parse hung on its front as a
   * modifier ("the call, which revealed Trump did ask Zelensky" is Trump asking, not "revealed
   * Trump") or an adverb at its end ("The Intercept first reported").
   */
  private static Span speakerPhrase(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, int subject) {
    int first = firstOfSubtree(children, subject);
    int last = lastOfSubtree(children, subject);
    while (first < subject && t.get(first).pos().matches("VBD|VBZ|VBP")) {
      first++;
    }
    if (first == subject && first >= 2 && t.get(first).pos().matches("VBD|VBZ|VBP")
        && t.get(first - 1).pos().equals("WP")
        && t.get(first - 2).pos().matches("DT|NNS?|NNPS?|PRP")) {
      // "Those who want to see stricter enforcement said": the parse made the relative
      // clause's verb the subject; the speaker is the phrase it describes
      first -= 2;
      while (first > 0 && t.get(first - 1).pos().matches("DT|PDT|JJ.*")) {
        first--;
      }
    }
    boolean clause = false; // ("Students who did not come forward" keeps its clause's adverb)
    for (int k = subject + 1; k < last; k++) {
      clause |= t.get(k).isVerb();
    }
    while (!clause && last > subject && t.get(last).pos().startsWith("RB")) {
      last--; // nor an adverb at its end: "The Intercept first reported …"
    }
    return span(text, t.get(first).begin(), t.get(last).end());
  }

  /**
   * {@code span} without the quotation marks and spaces it starts with ("” Trump", the end of a
   * quotation the parse put in the speaker's phrase), unless a mark closes them inside it ("“The
   * Daily Show” host Trevor Noah").
   */
  /**
   * The source without a weekday at its start that belongs to the speech verb before it: "Sen.
   * Lindsey Graham said Friday President Donald Trump told him …" — the parse may hang the day
   * on the next speaker's name ("Friday President Donald Trump"); not "Sunday Times", which no
   * verb of saying precedes.
   */
  private static Span withoutLeadingDay(String text, Span span) {
    String[] words = span.text().split("\\s+", 2);
    if (words.length < 2 || !EntityResolver.DAYS.matcher(words[0]).matches()
        || !Character.isUpperCase(words[1].charAt(0))) {
      return span;
    }
    String before = text.substring(Math.max(0, span.begin() - 12), span.begin());
    return before.matches("(?s).*\\b(?:said|says|told|tells|added|announced)\\s+")
        ? span(text, span.end() - words[1].length(), span.end()) : span;
  }

  private static Span withoutLeadingQuote(String text, Span span) {
    int b = span.begin();
    while (b < span.end() && "\"“” \n".indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    if (b == span.begin() || b == span.end()
        || text.substring(b, span.end()).matches("(?s).*[\"“”].*")) {
      return span;
    }
    return span(text, b, span.end());
  }

  /**
   * Whether "called" after a noun gives it a name that a finite verb follows, the name being that
   * verb's subject: "a company in Brno called Harbour Systems held the license" (not "the
   * minister called Berek a liar").
   */
  private static boolean namesAThing(List<Token> t, int verb) {
    if (verb == 0 || !t.get(verb - 1).pos().startsWith("NN")) {
      return false;
    }
    int k = verb + 1;
    while (k < t.size() && t.get(k).pos().startsWith("NNP")) {
      k++;
    }
    return k > verb + 1 && k < t.size() && t.get(k).pos().matches("VBD|VBZ|VBP|MD");
  }

  /** Whether the tokens from {@code from} to {@code to} (exclusive) are auxiliaries or adverbs. */
  private static boolean onlyAuxiliaries(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!t.get(k).pos().matches("MD|RB|VB[DZP]?") || t.get(k).pos().startsWith("VB")
          && !t.get(k).lemma().matches("have|be|do")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotation a cue's sentence announces by ending in a colon, when it opens the text right
   * after the colon (the next paragraph: the sentence splitter cut it off) and nothing but an
   * addressee or a circumstance stands between the cue and the colon: "Berek told reporters:¶¶
   * “Cash …”". Null otherwise.
   */
  private static int @Nullable [] quotationAfterColon(String text, List<Token> t, int verb) {
    int colon = t.size() - 1;
    if (!t.get(colon).word().equals(":") || colon <= verb || hasVerb(t, verb + 1, colon - 1)) {
      return null;
    }
    int[] quoted = quotationOpeningAt(text, t.get(colon).end());
    return quoted != null ? quoted : paragraphAfter(text, t.get(colon).end());
  }

  /**
   * The paragraph that follows {@code from} when only white space and a paragraph break stand
   * between, and it reads as prose (three words or more, ending a sentence): "The Prime Minister
   * told the BBC:¶¶As I say, I strongly disagree …" quotes without quotation marks. Else null.
   */
  private static int @Nullable [] paragraphAfter(String text, int from) {
    int b = from;
    while (b < text.length() && text.charAt(b) != '\n' && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    if (b >= text.length() || text.charAt(b) != '\n') {
      return null;
    }
    while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    int e = text.indexOf('\n', b);
    e = e < 0 ? text.length() : e;
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    String p = text.substring(b, e);
    return p.split("\\s+").length >= 3 && p.matches("(?s).*[.!?…]['’\"”)]?")
        && !p.matches("(?s)[\"“'‘].*") ? new int[] {b, e} : null;
  }

  /**
   * Whether {@code d}'s content is a paragraph its cue announced with a colon at its own
   * paragraph's end ({@link #paragraphAfter}): the speaker's words, though unquoted.
   */
  private static boolean announcedParagraph(String text, Draft d) {
    return d.content.begin() > d.cue.end()
        && text.substring(d.cue.end(), d.content.begin()).matches("(?s)[^\n]*:\\h*\n\\s*");
  }

  /**
   * The quotation that opens right after {@code from}, white space between, or null; a quotation
   * of several paragraphs, its first one left open ("said:¶¶“A.¶¶“B.”"), counts.
   */
  private static int @Nullable [] quotationOpeningAt(String text, int from) {
    for (int[] q : quotedStretches(text)) {
      if (q[0] >= from) {
        return text.substring(from, q[0]).isBlank() ? q : null;
      }
    }
    return null;
  }

  /**
   * Whether the clause headed by {@code head}, which opens the sentence, has a subject of its
   * own and no word that makes it a circumstance ("after", "when", "as"): "Russia's army is
   * stepping up its work with Mali, Lavrov said at the talks", which the parser may hang on the
   * cue as an adverbial clause, is what was said (not "After the vote, which was delayed, …").
   */
  private static boolean unmarkedClause(List<Token> t, Map<Integer, Dependency> headOf,
      int head) {
    if (t.get(0).pos().matches("IN|WRB|VBG|TO") || t.get(0).word().toLowerCase(Locale.ROOT)
        .matches("once|while|although|though|because|since|if|unless|until|when|as")
        || t.get(0).word().equalsIgnoreCase("now") && t.size() > 1
            && t.get(1).word().equalsIgnoreCase("that")) {
      return false; // ("Once the deal is signed, …": a circumstance, however tagged)
    }
    boolean subject = false;
    for (Dependency d : headOf.values()) {
      if (d.head() == head) {
        if (d.relation().equals("mark")) {
          return false;
        }
        subject |= d.relation().startsWith("nsubj") && !t.get(d.dependent()).pos().startsWith("W");
      }
    }
    return subject;
  }

  /** Cue verbs whose passive with an agent says nothing: "maintained by", "expected by". */
  private static final Set<String> NOT_SAID_IN_PASSIVE = Set.of("maintain", "continue", "plan",
      "expect", "want", "post", "point");

  /**
   * Whether a cue the tagger calls a verb in the third person ("claims", "reports") is the plural
   * noun, a verb of its own right after it: "religious liberty claims deserved to prevail", "the
   * agency reports suggest a rise" (not "he claims stolen ballots were counted", "what the
   * agency reports is …").
   */
  static boolean pluralNoun(List<Token> t, int i) {
    if (t.get(i).pos().equals("VBZ") && i > 0 && i + 1 < t.size()
        && t.get(i).word().equalsIgnoreCase("states")
        && (t.get(i - 1).pos().matches("JJ.*|NNPS") || t.get(i - 1).word().toLowerCase(
            Locale.ROOT).matches("tuesday|primary|battleground|swing|border|member|early|other"
                + "|several|these|those|both|all|many|some|red|blue|purple|caucus|gulf"))
        && !t.get(i + 1).word().matches("(?i)that|:")
        && !t.get(i + 1).pos().matches("DT|PRP.*|NNP?S?|``")) {
      return true; // "in the Super Tuesday states, …", "key primary states and the ones beyond"
    }
    if (!t.get(i).pos().equals("VBZ") || i + 1 >= t.size() || !Set.of("claims", "reports",
        "estimates", "notes", "charges", "promises", "protests", "complaints", "accounts")
        .contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (t.get(k).pos().matches("WDT|WP") || t.get(k).pos().equals("PRP")) {
        return false; // "what the agency reports is …", "it reports"
      }
    }
    String next = t.get(i + 1).pos();
    return next.matches("VBD|VBP|VBZ|MD") || next.equals("VBN") && i + 2 < t.size()
        && t.get(i + 2).pos().matches("TO|IN|RB|\\.|,");
  }

  /** Cue verbs whose "of" says what is said: "accused by the women of assault". */
  private static final Set<String> OF_WHAT = Set.of("accuse", "suspect", "warn", "inform",
      "notify", "remind", "convince", "persuade", "assure", "advise");

  /** Means of saying, after "by": "said by phone", "told by email" (common nouns only). */
  private static final Set<String> MEANS = Set.of("phone", "telephone", "email", "e-mail",
      "text", "videolink", "video", "satellite", "fax", "message", "courier");

  /**
   * The agent of a passive cue verb ("blasted by MPs", "was denied by the ministry"): a "by"
   * phrase after a past participle that is not an active perfect ("has blasted"), not a means
   * ("said by phone"); else -1.
   */
  static int passiveAgent(List<Token> t, Map<Integer, List<Dependency>> children, int verb) {
    if (!t.get(verb).pos().equals("VBN")) {
      return -1;
    }
    boolean perfect = false;
    boolean passiveAux = false;
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      if (d.relation().equals("aux:pass")) {
        passiveAux = true;
      } else if (d.relation().equals("aux")
          && t.get(d.dependent()).lemma().equalsIgnoreCase("have")) {
        perfect = true;
      }
    }
    if (perfect && !passiveAux) {
      return -1;
    }
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      int a = d.dependent();
      if (t.get(a).pos().matches("NNS?")
          && MEANS.contains(t.get(a).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "X, the governor, said by phone that …": how, not who
      }
      if (a > verb && (d.relation().equals("obl:agent") || d.relation().equals("obl")
          && t.get(firstOfSubtree(children, a)).word().equalsIgnoreCase("by")
          && (t.get(a).pos().startsWith("NN") || t.get(a).pos().equals("PRP")))) {
        return a;
      }
    }
    return -1;
  }

  /**
   * What a passive cue says, after its agent: the reason or clause that follows ("blasted by MPs
   * for calling it …"), else what it is said of ("the plan was announced by the ministry"); for
   * a participle modifying a noun ({@code noun}, else -1), that noun.
   */
  private static @Nullable Span passiveContent(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, int verb, int agent, int saidOf, int noun) {
    int after = lastOfSubtree(children, agent) + 1;
    boolean bare = children.getOrDefault(verb, List.of()).stream()
        .noneMatch(d -> d.relation().startsWith("aux"));
    int modified = noun >= 0 ? noun : saidOf;
    // ("the allegation made by Smith that the vote was rigged": the noun's own clause says it)
    boolean ownClause = modified >= 0 && children.getOrDefault(modified, List.of()).stream()
        .anyMatch(d -> d.dependent() > verb && d.relation().matches("ccomp|acl|acl:relcl"));
    if (bare && !ownClause && modified >= 0 && modified < verb
        && (noun >= 0 && after > lastOfSubtree(children, verb)
            || after < t.size() && t.get(after).pos().matches("VBD|VBZ|VBP|MD"))) {
      // "The plan announced last week by the ministry was dropped": the participle says what
      // the noun it modifies is; what follows is the sentence's own predicate (which parsers
      // also hang on the participle as a bare dep)
      return clause(text, t, firstOfSubtree(children, modified), verb - 1);
    }
    int end = clauseEnd(t, after);
    if (after < t.size() && after <= end && reasonOrClause(t, after, end)) {
      return clause(text, t, after, end);
    }
    if (saidOf >= 0) {
      return trimQuotesAndPunct(text, subtree(text, t, children, saidOf));
    }
    // the parse gave it no subject: what stands before the verb and its auxiliaries
    int first = verb;
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      if (d.relation().startsWith("aux") && d.dependent() < first) {
        first = d.dependent();
      }
    }
    return first > 0 ? clause(text, t, 0, first - 1) : null;
  }

  /** Whether the verb at {@code verb} ends "as far as X can tell" (or knows, sees, remembers). */
  private static boolean asFarAs(List<Token> t, int verb) {
    for (int k = verb - 1; k >= 2 && k >= verb - 6; k--) {
      if (t.get(k).word().matches("[,\"“”]|``|''")) {
        return false; // "“As far as I know,” she said": her verb is outside the phrase
      }
      if (t.get(k).word().equalsIgnoreCase("as") && t.get(k - 1).word().equalsIgnoreCase("far")
          && t.get(k - 2).word().equalsIgnoreCase("as")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words after a passive cue's agent say something of their own: a clause or a
   * reason ("blasted by MPs for calling it …", "… that the vote was rigged"), its first verb a
   * finite one or a gerund, not an infinitive inside a phrase of circumstance ("announced by the
   * governor in 2013 as part of efforts to improve the economy").
   */
  private static boolean reasonOrClause(List<Token> t, int from, int to) {
    if (from + 1 < t.size() && t.get(from).word().equalsIgnoreCase("to")
        && t.get(from + 1).pos().equals("VB")) {
      return true; // "were urged by officials to evacuate": what they were urged to do
    }
    for (int k = from; k <= to && k < t.size(); k++) {
      Token w = t.get(k);
      if (w.isVerb() || w.pos().equals("MD")) {
        return w.pos().matches("VBD|VBZ|VBP|VBG|MD");
      }
    }
    return false;
  }

  /** Verbs of saying whose "of X:" is what they speak about ("warned of two dangers:" is not). */
  private static final Set<String> SAYING_OF = Set.of("say", "write", "tell", "tweet", "add",
      "remark", "comment", "speak");

  /**
   * The colon after "of" or "about" and what the speech is about, right after the cue ("saying of
   * probation reports: “…”"): what was said follows it. -1 when the words after the cue are not
   * of that shape (a verb before the colon, no colon within eight words, nothing after it).
   */
  private static int whatItIsSaidOf(List<Token> t, int after) {
    if (after >= t.size() || !t.get(after).word().toLowerCase(Locale.ROOT).matches("of|about")) {
      return -1;
    }
    for (int k = after + 1; k < t.size() - 1 && k <= after + 8; k++) {
      if (t.get(k).word().equals(":")) {
        return k > after + 1 ? k : -1;
      }
      if (t.get(k).isVerb() || t.get(k).word().matches("[,;.]")) {
        return -1;
      }
    }
    return -1;
  }

  /** The last token of the clause starting at {@code from}: before ", while/which/claiming". */
  private static int clauseEnd(List<Token> t, int from) {
    int end = t.size() - 1;
    for (int k = from; k < t.size() - 1; k++) {
      if (t.get(k).word().equals(",")) {
        Token next = t.get(k + 1);
        String w = next.word().toLowerCase(Locale.ROOT);
        if (next.pos().equals("VBG") || w.equals("while") || w.equals("which") || w.equals("who")
            || w.equals("whereas") || w.equals("but")) {
          return k - 1;
        }
      }
    }
    while (end >= from && isPunct(t.get(end))) {
      end--;
    }
    return end;
  }

  /**
   * "She has not made public the evidence she says Kessl holds": a speech verb in a relative
   * clause without a relative pronoun (the parse may hang it on the sentence's verb instead),
   * whose clause lacks the noun it is about (nothing after its verb), says something of that
   * noun — the noun phrase is the first part of the content ("the evidence … Kessl holds"),
   * else the content would read "Kessl holds"; so does one whose
   * relative pronoun is the verb's object ("the Guard, which Ardena calls a terrorist group":
   * "the Guard … a terrorist group"). Returns the noun phrase (from its first word to the noun),
   * or null.
   */
  private static @Nullable Span describedByWhatWasSaid(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf, int verb,
      int subject, Span content) {
    Dependency up = headOf.get(verb);
    int pronoun = child(children, verb, "obj");
    String lemma = t.get(verb).lemma().toLowerCase(Locale.ROOT);
    boolean names = lemma.equals("call") ? children.getOrDefault(verb, List.of()).stream()
        .anyMatch(d -> d.dependent() > verb && d.relation().matches("obj|xcomp"))
        : NAMING.contains(lemma) && asPhrase(t, children, verb, verb) >= 0;
    if (pronoun >= 0 && pronoun < verb && t.get(pronoun).word().matches("(?i)which|whom|that")
        && names && up != null
        && up.head() >= 0 && up.relation().equals("acl:relcl")
        && t.get(up.head()).pos().startsWith("NN") && content.begin() > t.get(verb).end()
        && content.end() <= t.get(lastOfSubtree(children, verb)).end()) {
      // "the Guard, which Ardena calls a terrorist group": what it is called is said of it (a
      // content that runs on past the relative clause is left as it is)
      // (PolNeAR's contents of other verbs start at the pronoun about as often as after it)
      return nounPhrase(text, t, headOf, up.head());
    }
    int noun = subject < 0 ? -1 : firstOfSubtree(children, subject) - 1;
    // the parser hangs such a clause on its noun ("acl:relcl") or on the sentence's verb
    if (up == null || up.head() < 0 || noun < 0 || !t.get(noun).pos().startsWith("NN")
        || !(up.relation().equals("acl:relcl") && up.head() == noun
            || up.relation().matches("parataxis|dep") && up.head() < noun)
        || content.begin() < t.get(verb).end()) {
      return null;
    }
    int clause = child(children, verb, "ccomp");
    if (clause < 0 || lastOfSubtree(children, clause) != clause
        || t.get(clause).end() != content.end()) {
      return null; // the clause has words after its verb: "the town he says troops shelled
                   // yesterday" would need more than this
    }
    return nounPhrase(text, t, headOf, noun);
  }

  /**
   * Whether a finite verb comes from {@code from} on before another "that": a clause follows
   * ("that a team … photographed"), not a noun the word determines ("told friends that weekend
   * that it was their mission").
   */
  private static boolean finiteBeforeThat(List<Token> t, int from) {
    for (int k = from; k < t.size(); k++) {
      if (t.get(k).word().equalsIgnoreCase("that")) {
        return false;
      }
      if (t.get(k).pos().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs that say, with an "as" phrase, what their object is: "which witnesses described as
   * chaotic" ("call" names it with a second object: "which Ardena calls a terrorist group").
   */
  private static final Set<String> NAMING = Set.of("describe", "label", "brand", "characterize",
      "characterise", "portray", "depict");

  /** The noun phrase up to noun {@code noun}: "the evidence", "the Lenne Volunteer Guard". */
  private static Span nounPhrase(String text, List<Token> t, Map<Integer, Dependency> headOf,
      int noun) {
    int first = noun;
    while (first > 0 && !t.get(first).pos().equals("DT") && headOf.get(first - 1) != null
        && headOf.get(first - 1).head() == noun) {
      first--; // "the evidence", "the new evidence" (not the "public" of "made public the …")
    }
    return span(text, t.get(first).begin(), t.get(noun).end());
  }

  /** Verbs whose first of two objects is who is told: "promised voters a tax cut". */
  private static final Set<String> TELLING = Set.of("tell", "ask", "promise", "show", "give",
      "offer", "teach", "send", "write", "assure", "warn");

  /**
   * What a verb of telling tells when it has two objects, the addressee first ("are telling
   * their own publics a very simple story": the story): the second, or -1.
   */
  private static int toldThing(Map<Integer, List<Dependency>> children, List<Token> t,
      int verb) {
    if (!TELLING.contains(t.get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return -1; // "called Burma a good news story": what is named is part of what is said
    }
    int first = -1;
    int second = -1;
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      if (d.dependent() > verb && d.relation().matches("i?obj")) {
        if (first < 0 || d.dependent() < first) {
          second = first;
          first = d.dependent();
        } else if (second < 0 || d.dependent() > second) {
          second = d.dependent();
        }
      }
    }
    return second;
  }

  private static boolean hasVerb(List<Token> t, int from, int to) {
    for (int k = from; k <= to && k < t.size(); k++) {
      if (t.get(k).isVerb() || t.get(k).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the sentence's main verb, when it stands before {@code limit}; else -1. */
  private static int mainSubjectBefore(Map<Integer, List<Dependency>> children, List<Token> t,
      int limit) {
    for (Dependency root : children.getOrDefault(-1, List.of())) {
      int subj = child(children, root.dependent(), "nsubj");
      if (subj >= 0 && lastOfSubtree(children, subj) < limit) {
        return subj;
      }
    }
    return -1;
  }

  /**
   * The person or organisation a described speaker is named as: "The Valdorian foreign minister,
   * Irina Vaskova, said" ({@code appos}), "chief economist Mark Zandi said" (the parser's bare
   * {@code dep} on a proper noun); null when none is.
   */
  private static @Nullable String namedInApposition(List<Token> t,
      Map<Integer, List<Dependency>> children, int head, Map<Integer, String> nameByChar) {
    for (Dependency d : children.getOrDefault(head, List.of())) {
      Token n = t.get(d.dependent());
      if (d.dependent() > head && (d.relation().equals("appos")
          || d.relation().equals("dep") && n.pos().startsWith("NNP"))) {
        String id = nameByChar.get(n.begin());
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /** Verbs of evidence: with a bare "this" or "that" as subject, the outlet infers. */
  private static final Set<String> EVIDENTIAL = Set.of("suggest", "explain", "confirm", "show",
      "indicate", "mean", "prove", "reveal", "say", "tell");

  /**
   * "“…,” Ramos said, referring to the Hispanic community": what the speaker of the sentence's
   * last attribution before it was talking about, credited to that speaker; what they said ends
   * at the comma (added to {@code cuts}). Read off the surface: parsers hang the participle
   * anywhere.
   */
  private static void referringTo(String text, Sentence s, List<Draft> out, List<Integer> cuts) {
    List<Token> t = s.tokens();
    for (int k = 1; k + 2 < t.size(); k++) {
      if (!t.get(k).word().equalsIgnoreCase("referring") || !t.get(k - 1).word().equals(",")
          || !t.get(k + 1).word().equalsIgnoreCase("to")) {
        continue;
      }
      Draft speaker = null;
      for (Draft d : out) {
        if (d.source != null && d.cue.end() <= t.get(k).begin()
            && (speaker == null || d.cue.begin() > speaker.cue.begin())) {
          speaker = d;
        }
      }
      int end = k + 2;
      while (end < t.size() && !t.get(end).word().matches("[,.;:!?]|--|—")) {
        end++;
      }
      if (speaker == null || end == k + 2) {
        continue;
      }
      out.add(new Draft(speaker.source, speaker.entity,
          span(text, t.get(k).begin(), t.get(k + 1).end()),
          trimQuotesAndPunct(text, span(text, t.get(k + 2).begin(), t.get(end - 1).end())),
          Stance.ASSERT));
      cuts.add(t.get(k - 1).begin());
    }
  }

  /**
   * "…, which reported on Wednesday, citing two sources close to the directorate, that a team had
   * photographed the dam": the "that" opening what was said after a participial phrase set off by
   * commas (the parse hangs the clause elsewhere); its index, or -1.
   */
  private static int thatAfterCitingPhrase(List<Token> t, int verb) {
    int k = verb + 1;
    while (k < t.size() && !t.get(k).word().equals(",")) {
      if (t.get(k).isVerb() || t.get(k).word().matches("[.;:!?]|that")) {
        return -1; // only the verb's own phrase ("on Wednesday") before the comma
      }
      k++;
    }
    if (k + 1 >= t.size() || !t.get(k + 1).pos().equals("VBG")) {
      return -1;
    }
    for (int j = k + 2; j + 1 < t.size(); j++) {
      if (t.get(j).word().matches("[.;:!?]")) {
        return -1;
      }
      if (t.get(j).word().equals(",")) {
        return t.get(j + 1).word().equalsIgnoreCase("that") ? j + 1 : -1;
      }
    }
    return -1;
  }

  /** Measurements that speak through "in": "a 24-point lead … in a CNN national poll". */
  static final Set<String> POLLS = Set.of("poll", "survey", "study", "analysis",
      "report");

  /**
   * "Clinton held a 24-point lead among black voters in a CNN national poll", "In the latest
   * survey, Trump leads by four points": the poll is the source, "in" the cue, the clause it
   * measures the content (PolNeAR's convention).
   */
  private static void inAPoll(String text, Sentence s, Map<Integer, List<Dependency>> children,
      Map<Integer, Dependency> headOf, Map<Integer, String> entityByChar, List<Draft> out) {
    List<Token> t = s.tokens();
    for (int k = 0; k + 1 < t.size(); k++) {
      Dependency up = headOf.get(k);
      if (!t.get(k).word().equalsIgnoreCase("in") || up == null
          || !up.relation().equals("case") || up.head() <= k
          || !POLLS.contains(t.get(up.head()).lemma().toLowerCase(Locale.ROOT))
          || !t.get(up.head()).pos().equals("NN")) {
        continue; // one poll: "behind him in the polls" is a standing, not a source
      }
      int poll = up.head();
      Dependency attached = headOf.get(poll);
      if (attached == null || attached.head() < 0 || !attached.relation().matches("obl|nmod")) {
        continue;
      }
      int last = beforeComma(t, poll, lastOfSubtree(children, poll), List.of());
      // the clause the poll measures: its governor's subject, or the governor's own head's
      int governor = attached.head();
      if (t.get(poll).lemma().equalsIgnoreCase("report")
          && Cues.verb(t.get(governor).lemma().toLowerCase(Locale.ROOT)) != null) {
        continue; // "the institute said in a report to parliament": where it said so
      }
      int mark = child(children, governor, "mark");
      if (mark >= 0 && t.get(mark).word().equalsIgnoreCase("as")
          && child(children, governor, "nsubj") >= 0) {
        continue; // "a failure, as we outline in the report, …": where they wrote it, an aside
      }
      int subject = child(children, governor, "nsubj");
      Dependency governorUp = headOf.get(governor);
      if (subject < 0 && governorUp != null && governorUp.head() >= 0) {
        subject = child(children, governorUp.head(), "nsubj");
      }
      if (subject < 0) {
        continue;
      }
      int first = firstOfSubtree(children, subject);
      Span content;
      if (k < first) {
        int from = last + 1;
        while (from < t.size() && t.get(from).word().equals(",")) {
          from++;
        }
        if (from >= t.size() - 1) {
          continue;
        }
        content = trimQuotesAndPunct(text, span(text, t.get(from).begin(),
            t.get(t.size() - 1).end()));
      } else {
        boolean verb = false;
        for (int j = first; j < k && !verb; j++) {
          verb = t.get(j).pos().startsWith("VB") || t.get(j).pos().equals("MD");
        }
        if (!verb) {
          continue; // "No other factors in this study come close": a noun, nothing measured
        }
        content = trimQuotesAndPunct(text, span(text, t.get(first).begin(),
            t.get(k - 1).end()));
      }
      if (content.begin() >= content.end()) {
        continue;
      }
      String entity = null;
      for (int j = k + 1; j <= last && entity == null; j++) {
        entity = entityByChar.get(t.get(j).begin());
      }
      out.add(new Draft(span(text, t.get(k + 1).begin(), t.get(last).end()), entity,
          span(text, t.get(k).begin(), t.get(k).end()), content, Stance.ASSERT));
    }
  }

  /**
   * The last token before the first comma after {@code from} and before {@code to} (a comma
   * inside one of {@code quotes} does not count), or {@code to}.
   */
  private static int beforeComma(List<Token> t, int from, int to, List<int[]> quotes) {
    for (int k = from + 1; k < to; k++) {
      if (t.get(k).word().equals(",") && !insideAnyQuote(t.get(k).begin(), quotes)) {
        return k - 1;
      }
    }
    return to;
  }

  /**
   * The "as" phrase the parse hangs on a verb after {@code after} ("sees Cruz as a uniter",
   * "described the toll as a tax"), or -1.
   */
  private static int asPhrase(List<Token> t, Map<Integer, List<Dependency>> children, int verb,
      int after) {
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      int c = d.dependent();
      if (c > after && (d.relation().equals("obl") || d.relation().equals("advcl"))) {
        int mark = Math.max(child(children, c, "case"), child(children, c, "mark"));
        if (mark >= 0 && t.get(mark).word().equalsIgnoreCase("as")) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a verb that is a cue only with a clause (`Cues.WEAK`) is one here without it:
   * evidence showing a thing or after what it shows ("Polls show a close contest", "…, records
   * show."; "find" only for a poll or study, not "an investigation found the bodies"), a
   * position taken on an object outside quotations ("described the toll as a tax", not "defended
   * the city"), or "ask" after a quotation that asks ("“Can we win?” Manafort asked", not
   * "“Thanks,” she said, and asked for the bill").
   */
  private static boolean cueWithoutClause(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf,
      List<int[]> quotes, Token v, int subject) {
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    int verb = v.index();
    int object = child(children, verb, "obj");
    String subjectLemma = t.get(subject).lemma().toLowerCase(Locale.ROOT);
    if (FINDINGS.contains(lemma) && EVIDENCE.contains(subjectLemma)
        && (!lemma.equals("find") || POLLS.contains(subjectLemma))) {
      boolean shownAfter = verb + 1 < t.size() && t.get(verb + 1).word().matches("[.,;]")
          && subject < verb;
      return object > verb || shownAfter;
    }
    if (Cues.POSITIONS.contains(lemma) || Cues.SEEN_AS.contains(lemma)) {
      return object > verb && !insideAnyQuote(v.begin(), quotes)
          && !(lemma.equals("defend") && heldGround(t, object))
          && !(lemma.equals("question") && questionedPerson(t, object));
    }
    // a quotation it introduces or tags: "recalled, “…”", "demanded: “…”", "“…?” Vitter
    // demanded."
    if (QUOTATION_INTRODUCED.matcher(text).region(v.end(), text.length()).lookingAt()
        || object < 0 && !Cues.MENTAL.contains(lemma) && quoteRightBefore(text, quotes,
            t.get(Math.min(verb, firstOfSubtree(children, subject))).begin()) != null
            && (verb + 1 == t.size() || t.get(verb + 1).word().matches("[.,;]")
                // "…,'' recalled James B. Cunningham, then …": the speaker after the verb
                || subject > verb && firstOfSubtree(children, subject) == verb + 1
                // "…,'' Mr. McCain recalled last week.": only when after it
                || subject < verb && onlyCircumstance(t, verb + 1))) {
      return true;
    }
    Dependency up = headOf.get(verb);
    if (object < 0 && up != null && up.relation().equals("advcl") && AS_COMMENTS.contains(lemma)
        && child(children, verb, "mark") >= 0
        && t.get(child(children, verb, "mark")).word().equalsIgnoreCase("as")) {
      return true; // "As many tax experts have pointed out, …": the sentence is what they said
    }
    if (TAGS_AT_THE_END.contains(lemma) && object < 0 && subject < verb && subject > 0
        && verb + 1 < t.size() && t.get(verb + 1).word().matches("[.;]")
        && firstOfSubtree(children, subject) > 0
        && t.get(firstOfSubtree(children, subject) - 1).word().equals(",")
        && Cues.verb(t.get(verb - 1).lemma().toLowerCase(Locale.ROOT)) == null) {
      // "…, The Post has learned.": a newsroom's own reporting, tagged at the end; "…, the
      // candidate's former doctor maintains."
      return true;
    }
    if (lemma.equals("ask")) {
      return (up == null || !up.relation().equals("conj")) && askedAfterQuestion(text, quotes,
          t.get(Math.min(verb, firstOfSubtree(children, subject))).begin(), v.begin());
    }
    return false;
  }

  /**
   * Verbs that need what was said as their complement and comment on their sentence in an "as"
   * clause without one ("as experts have pointed out, …", "as the minister acknowledged, …"), not
   * verbs of doing that "as" makes a circumstance ("as the crowd chanted, …").
   */
  /**
   * Whether the words from {@code from} to the end of the clause are a short circumstance with no
   * verb and no "that": "last week", "in an interview", "on Monday".
   */
  private static boolean onlyCircumstance(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && !t.get(k).word().matches("[.,;!?]")) {
      if (k - from >= 5 || t.get(k).pos().startsWith("VB") || t.get(k).pos().equals("MD")
          || t.get(k).word().equalsIgnoreCase("that") || t.get(k).pos().matches("``|''")) {
        return false;
      }
      k++;
    }
    return k > from;
  }

  /** Verbs that are cues only with a clause but may tag one at the sentence's end. */
  private static final Set<String> TAGS_AT_THE_END = Set.of("learn", "maintain", "admit",
      "acknowledge", "recall", "predict", "estimate", "conclude");

  private static final Set<String> AS_COMMENTS = Set.of("point", "acknowledge", "admit",
      "predict", "recall", "reveal", "show", "find", "indicate", "conclude", "learn", "estimate",
      "promise", "vow", "pledge", "expect", "fear");

  private static final java.util.regex.Pattern QUOTATION_INTRODUCED =
      java.util.regex.Pattern.compile("\\s*[:,]\\s*[\"“«]"
          // or after whom it is addressed to: "urged Fauci: “Tell us the truth.”"
          + "|\\h+\\p{Lu}[\\p{L}.'’-]*(?:\\h+\\p{Lu}[\\p{L}.'’-]*){0,2}\\h*:\\s*[\"“«]");

  /**
   * People questioned rather than a position: "police questioned the driver", "questioned
   * Smith for hours" (not "questioned the integrity of the vote", "questions the need for …").
   */
  private static boolean questionedPerson(List<Token> t, int object) {
    Token o = t.get(object);
    String lemma = o.lemma().toLowerCase(Locale.ROOT);
    return o.ner().equals("PERSON") || o.pos().startsWith("PRP") || PERSON_NOUNS.contains(lemma)
        || lemma.matches("suspect|detainee|prisoner|passenger|driver|people|person|child|crew"
            + "|staff|guard|member|leader|manager|official|boy|girl|couple|family|victim|teen"
            + "|teenager|youth|migrant|refugee|applicant|candidate|nominee|player|coach");
  }

  /**
   * An order or a request rather than speech: a base-form verb with no auxiliary, marker or
   * subject of its own but a name addressed before a comma ("Mr. Halm, tell me …", "Vaskova,
   * tell your story"), or a verb under "let" ("Let everyone know that …", "Let's say …").
   */
  private static boolean imperative(List<Token> t, Map<Integer, List<Dependency>> children,
      Map<Integer, Dependency> headOf, int verb) {
    Dependency up = headOf.get(verb);
    if (up != null && up.head() == 0 && t.get(0).word().matches("Let|Let's|Let’s")
        && up.relation().matches("ccomp|xcomp")) {
      return true; // not "Readers may not let editorials tell them how to vote"
    }
    int us = child(children, verb, "nsubj");
    if (up != null && up.head() >= 0 && t.get(up.head()).lemma().equalsIgnoreCase("let")
        && us >= 0 && t.get(us).word().matches("(?i)us|'s|’s")) {
      return true; // "…, let us recall how Saddam was captured": an exhortation, not speech
    }
    if (!t.get(verb).pos().equals("VB") || child(children, verb, "aux") >= 0
        || child(children, verb, "mark") >= 0 || up != null && up.head() >= 0) {
      return false;
    }
    int subject = child(children, verb, "nsubj");
    if (subject < 0) {
      return verb == 0 || t.get(verb - 1).word().matches("[,:;]");
    }
    // a short name addressed at the start, not "Grassley, Republican of Iowa, and Leahy, …, see"
    int last = lastOfSubtree(children, subject);
    return firstOfSubtree(children, subject) == 0 && last < 3 && last + 2 == verb
        && t.get(last + 1).word().equals(",");
  }

  /** What is called together rather than called something: "called an emergency meeting". */
  private static final Set<String> CONVENED = Set.of("meeting", "vote", "election", "strike",
      "conference", "session", "summit", "halt", "referendum", "hearing", "recess", "timeout",
      "caucus", "assembly", "rally", "truce", "ceasefire", "cease-fire", "briefing", "poll");

  /**
   * Whether "dismiss" at {@code verb} removes people from their posts rather than rejecting what
   * was said: its object is a noun for people ("dismissed 130,000 civil servants", "dismissed
   * the coach") or "from" a job, a post or an office follows.
   */
  private static boolean dismissedPeople(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb) {
    int object = child(children, verb, "obj");
    for (String conj : List.of("conj", "conj:or", "conj:and")) {
      int other = child(children, verb, conj);
      if (object < verb && other > verb) {
        object = child(children, other, "obj"); // "dismissed or suspended 130,000 civil servants"
      }
    }
    for (int k = verb + 1; k < t.size() && k < verb + 10; k++) {
      if (t.get(k).word().equals("as")) {
        return false; // "dismissed the whistleblower as a partisan": words
      }
    }
    if (object > verb && t.get(object).pos().startsWith("NN") && LoadedWords.animateNouns()
        .contains(t.get(object).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int from = object > verb ? lastOfSubtree(children, object) + 1 : verb + 1;
    for (int k = from; k + 1 < t.size() && k <= from + 1; k++) {
      if (t.get(k).word().equals("from")) {
        for (int j = k + 1; j < t.size() && j <= k + 2; j++) {
          if (t.get(j).lemma().toLowerCase(Locale.ROOT)
              .matches("job|post|position|office|duty|service|role|government|force")) {
            return true; // "dismissed from office", "from their jobs"
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether "add" at {@code verb} adds a thing, not words: a common noun for its object that is
   * no word said ({@link #SAID_THINGS}: "added a note of caution"), no clause after it ("adding
   * Valdoria will …") and no quotation before it ("“…,” added Jake Smith").
   */
  private static boolean addedAThing(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb) {
    int object = child(children, verb, "obj");
    return object > verb && child(children, verb, "ccomp") < 0
        && child(children, verb, "xcomp") < 0
        && !t.get(object).pos().matches("PRP|WDT|WP|DT|NNPS?")
        && !(verb > 0 && t.get(verb - 1).word().matches("[”\"’']|''"))
        && !SAID_THINGS.contains(t.get(object).lemma().toLowerCase(Locale.ROOT))
        && !finiteIn(t, verb + 1, t.size() - 1);
  }

  /** Things a speaker adds that are words: "added a note of caution", "added a warning". */
  private static final Set<String> SAID_THINGS = Set.of("note", "word", "voice", "warning",
      "comment", "remark", "caution", "caveat", "thought", "point", "plea", "quip", "line",
      "detail", "observation", "assurance", "promise", "criticism", "praise", "joke");

  /**
   * Whether "claim" at {@code verb} takes lives, not a claim: its object is "life" or "lives"
   * ("has claimed nearly 4,700 lives", "claimed the life of a guard") or "victims".
   */
  private static boolean claimedLives(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb) {
    int object = child(children, verb, "obj");
    if (object > verb && t.get(object).lemma().toLowerCase(Locale.ROOT).matches("life|victim")
        && child(children, verb, "ccomp") < 0) {
      return true;
    }
    for (int k = verb + 1; k < Math.min(t.size(), verb + 6); k++) {
      if (t.get(k).word().matches("(?i)lives|life|victims") && t.get(k).pos().startsWith("NN")) {
        // the parse may miss the object; not "claimed her life was in danger"
        return k + 1 >= t.size() || !t.get(k + 1).pos().matches("VB.*|MD");
      }
      if (!t.get(k).pos().matches("DT|JJ.*|CD|RB|IN|CC|,|NNS?|PRP\\$|\\$")
          || t.get(k).word().equals("that")) {
        break;
      }
    }
    return false;
  }

  /**
   * "call" as no speech: a telephone call to someone with nothing they are called ("called
   * Alicia Machado on Friday to express gratitude"; not "called Clinton a liar", "called him
   * “crooked”"), something convened ("called an emergency meeting", "a snap election"), or a
   * particle of another sense ("called off", "called up", "called back", "called into").
   */
  private static boolean callNotSpeech(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb) {
    if (verb + 1 < t.size() && t.get(verb + 1).word().toLowerCase(Locale.ROOT).matches(
        "off|up|back|in|into|around|over|ahead|home")) {
      return true;
    }
    int naming = child(children, verb, "xcomp");
    if (naming >= 0 && child(children, naming, "mark") < 0) {
      return false; // "called Clinton a liar", "called her vote a mistake"
    }
    boolean comma = verb > 0 && t.get(verb - 1).word().equals(",");
    int before = comma ? verb - 2 : verb - 1;
    int nameEnd = verb + 1;
    while (nameEnd < t.size() && t.get(nameEnd).pos().matches("NNPS?|CD|HYPH")) {
      nameEnd++;
    }
    if (t.get(verb).word().equalsIgnoreCase("called") && before >= 0
        && t.get(before).pos().matches("NNS?") && nameEnd > verb + 1
        && child(children, verb, "aux") < 0
        && (!comma || nameEnd < t.size() && t.get(nameEnd).word().equals(","))
        && (nameEnd >= t.size() || !t.get(nameEnd).pos().matches("DT|JJ.*|NN.*|PRP\\$|``|''")
            && !t.get(nameEnd).word().matches("[\"“‘']"))) {
      // a name given: "a Pakistan-based group called Lashkar-e-Taiba", "The program, called
      // EB-5, …" (not what someone was called: "called Oz a quack", nor "…, a senior adviser to
      // the campaign, called Mr. Obama's remarks …")
      return true;
    }
    int subject = child(children, verb, "nsubj");
    if (subject >= 0 && CONVENED.contains(t.get(subject).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int object = child(children, verb, "obj");
    if (object < verb) {
      return false;
    }
    if (CONVENED.contains(t.get(object).lemma().toLowerCase(Locale.ROOT))
        && child(children, object, "nmod:poss") < 0) {
      return true; // not "called her vote a mistake"
    }
    if (t.get(object).word().matches("(?i)shots|tune") && object == verb + 2
        && t.get(verb + 1).word().equalsIgnoreCase("the") && child(children, object, "dep") < 0
        && child(children, object, "xcomp") < 0 && child(children, object, "appos") < 0
        && !(object + 1 < t.size() && t.get(object + 1).word().matches("“|``|\"")
            && t.get(object + 1).begin() > t.get(object).end())) {
      return true; // "the president calls the shots": an idiom for "decides"
    }
    int particle = child(children, verb, "compound:prt");
    if (!(t.get(object).ner().equals("PERSON") || t.get(object).pos().equals("PRP"))
        || particle >= 0 && t.get(particle).word().equalsIgnoreCase("out")) {
      return false; // "called out Trump for his lies"
    }
    if (child(children, object, "dep") >= 0 || child(children, object, "xcomp") >= 0
        || child(children, object, "appos") >= 0) {
      return false; // "called Clinton “crooked”"
    }
    // what they were called may come later: "as The Daily Beast called them in an article last
    // week, ''Manchurian candidates''"
    for (int k = lastOfSubtree(children, object) + 1; k < Math.min(t.size(), verb + 12); k++) {
      if (t.get(k).word().matches("[\"“'‘`]+|''|``")) {
        return false;
      }
      if (t.get(k).word().matches("[.;]")) {
        break;
      }
    }
    return true;
  }

  /** Ground held rather than a position: "defended the city", "will defend his title". */
  private static boolean heldGround(List<Token> t, int object) {
    return t.get(object).ner().equals("LOCATION") || t.get(object).lemma().toLowerCase(
        Locale.ROOT).matches("title|crown|championship|belt|city|town|village|territory"
            + "|border|base|line|goal|net|lead|ground|home|country|region|capital");
  }

  /**
   * A question mark closing the quotation right before the asker or the verb: "“Can we win
   * Illinois?” Mr. Manafort asked"; not "“Thanks,” she said, and asked for the bill".
   */
  private static boolean askedAfterQuestion(String text, List<int[]> quotes, int speakerAt,
      int verbAt) {
    for (int at : new int[] {speakerAt, verbAt}) {
      int[] q = quoteRightBefore(text, quotes, at);
      if (q != null && text.substring(q[0], q[1]).contains("?")) {
        return true;
      }
    }
    return false;
  }

  /** "so-called", "so called" (the tokenizer splits the hyphen off). */
  static boolean soCalled(List<Token> t, int called) {
    int k = called - 1;
    if (k >= 0 && t.get(k).word().matches("-|‐|–")) {
      k--;
    }
    return k >= 0 && t.get(k).word().equalsIgnoreCase("so");
  }

  /**
   * What a position is taken on: the object, and what it is described as ("endorsed Okafor on
   * Monday" → "Okafor"; "described the toll as a tax on the poor" → "the toll as a tax on the
   * poor").
   */
  private static Span positionTaken(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, int verb) {
    int object = child(children, verb, "obj");
    int as = asPhrase(t, children, verb, object);
    int last = Math.max(lastOfSubtree(children, object), as < 0 ? -1 : lastOfSubtree(children, as));
    for (int k = object + 1; as < 0 && k + 1 <= last; k++) {
      if (t.get(k).word().equals(",") && t.get(k + 1).pos().matches("WDT|WP")) {
        last = k - 1; // "questioned the health of Donald Trump, who is 70": who he is, not what
        break;
      }
    }
    return trimQuotesAndPunct(text, span(text, t.get(firstOfSubtree(children, object)).begin(),
        t.get(last).end()));
  }

  /**
   * "Voters interviewed at rallies this week, including Mr. Jebens, said they had no problem",
   * "A copy of the memo seen by Reuters said investigators were unable …": the parser takes the
   * participle of a reduced relative for the main verb and hangs the speech verb on the clause
   * after it as an auxiliary. The speaker is the participle's subject with the participle's
   * phrase, the content the clause. Null when the parse is not of this shape.
   */
  private static @Nullable Draft saidAsAuxiliary(String text, List<Token> t,
      Map<Integer, List<Dependency>> children, Map<Integer, Dependency> headOf, Token v,
      Stance stance, Map<Integer, String> entityByChar) {
    Dependency up = headOf.get(v.index());
    if (up == null || !up.relation().matches("aux|amod") || up.head() <= v.index()
        || !v.pos().matches("VBD|VBZ|VBP") || v.index() < 3
        || up.relation().equals("amod")
            && Cues.WEAK.contains(v.lemma().toLowerCase(Locale.ROOT))) {
      return null; // not "…, he said, continued struggles …": there the adjective it seems
    }
    int clause = up.head();
    if (up.relation().equals("amod")) {
      // or as an adjective of the clause's subject: "said inspectors were unable"
      Dependency subjectOf = headOf.get(clause);
      if (subjectOf == null || !subjectOf.relation().startsWith("nsubj")
          || subjectOf.head() <= clause || child(children, clause, "det") >= 0) {
        return null;
      }
      clause = subjectOf.head();
    }
    Dependency clauseUp = headOf.get(clause);
    if (clauseUp == null || clauseUp.head() < 0 || clauseUp.head() >= v.index()
        || !clauseUp.relation().matches("parataxis|ccomp|dep")
        || child(children, clause, "nsubj") < 0 && child(children, clause, "nsubj:pass") < 0) {
      return null;
    }
    int participle = clauseUp.head();
    int subject = child(children, participle, "nsubj");
    if (!t.get(participle).pos().matches("VBD|VBN") || subject < 0 || subject > participle
        || child(children, participle, "obj") >= 0 || child(children, participle, "ccomp") >= 0
        && child(children, participle, "ccomp") != clause) {
      return null;
    }
    int from = firstOfSubtree(children, subject);
    int to = v.index() - 1;
    while (to > from && t.get(to).word().matches("[,;]")) {
      to--;
    }
    Span source = span(text, t.get(from).begin(), t.get(to).end());
    Span content = trimQuotesAndPunct(text, span(text, t.get(v.index() + 1).begin(),
        t.get(lastOfSubtree(children, clause)).end()));
    if (content.begin() >= content.end()) {
      return null;
    }
    return new Draft(source, entityByChar.get(t.get(subject).begin()),
        span(text, v.begin(), v.end()), content, stance);
  }

  /**
   * The question after "ask" that the parse hangs on it as an adverbial clause ("asked workers
   * if they planned to attend", "Asked whether Clinton …"), or -1.
   */
  private static int askedQuestion(List<Token> t, Map<Integer, List<Dependency>> children,
      int verb) {
    for (Dependency d : children.getOrDefault(verb, List.of())) {
      int c = d.dependent();
      if (d.relation().equals("advcl") && c > verb) {
        int mark = child(children, c, "mark");
        // "if" right after the verb or its object asks; "ask for a refund if the flight is
        // cancelled" is a condition
        int object = child(children, verb, "obj");
        int before = firstOfSubtree(children, c) - 1;
        boolean adjacent = before == verb || object > verb && before == lastOfSubtree(children,
            object);
        if (mark >= 0 && (t.get(mark).word().equalsIgnoreCase("whether")
            || t.get(mark).word().equalsIgnoreCase("if") && adjacent)) {
          return c;
        }
      }
      if (d.relation().matches("ccomp|dep") && c > verb && t.get(verb).pos().equals("VBN")
          && t.get(firstOfSubtree(children, c)).word().matches(
              "(?i)what|why|which|who|whom|whose|how|when|where|if|whether")) {
        return c; // "Asked what a firm commitment looks like, …"
      }
    }
    return -1;
  }

  /** Verbs by which evidence speaks: "Polls show a close contest", "a study found 31 cases". */
  private static final Set<String> FINDINGS = Set.of("show", "find", "indicate", "reveal");

  /**
   * Evidence that can be a source: with it a finding verb is a cue even without a clause
   * ("Polling averages show Clinton with a lead", "Video of the incident shows him with his
   * hands in the air"); a person finding a thing is no speech ("police found the bodies").
   */
  private static final Set<String> EVIDENCE = Set.of("poll", "survey", "study", "analysis",
      "report", "data", "research", "average", "video", "footage", "record", "document", "audit",
      "investigation", "review", "test", "result", "statistic", "estimate", "tally",
      "census", "photo", "image", "picture", "recording", "memo", "filing", "chart", "map",
      "assessment", "probe", "inquiry", "experiment", "paper", "projection", "count",
      "polling", "evidence", "log", "transcript", "email", "letter", "release");

  /** Nouns for what is said: "added a note of caution", "added the words …". */
  private static final Set<String> SPOKEN_THINGS = Set.of("word", "note", "comment", "remark",
      "caveat", "warning", "line", "thought", "statement", "quote", "message", "voice");

  /**
   * "add" with a thing as its object and no clause ("employers added 128,000 jobs", "adds a
   * padded strap") or with "to" ("adding to the pressure") says nothing; "he added that …",
   * "“…,” she added" and "added: “…”" do.
   */
  private static boolean addsAThing(List<Token> t, Map<Integer, List<Dependency>> children,
      Token v) {
    if (child(children, v.index(), "ccomp") >= 0 || child(children, v.index(), "parataxis") >= 0) {
      return false;
    }
    int obj = child(children, v.index(), "obj");
    if (obj >= 0) {
      // "adding that “…”" (the parser's object), "added the words, ''Hillary Clinton''", "added a
      // note of caution": words are what is added
      if (SPOKEN_THINGS.contains(t.get(obj).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      int after = lastOfSubtree(children, obj) + 1;
      if (after < t.size() && t.get(after).pos().matches("MD|VBD|VBZ|VBP")
          || unlabelledClause(t, children, v)) {
        return false; // "added sight could not be lost …": the object is a clause's subject
      }
      int last = Math.min(after + 1, t.size() - 1);
      for (int k = firstOfSubtree(children, obj); k <= last; k++) {
        if (t.get(k).word().matches("[\"“”‘’']|``|''") || k == firstOfSubtree(children, obj)
            && t.get(k).word().equalsIgnoreCase("that")) {
          return false;
        }
      }
      return true;
    }
    int next = v.index() + 1;
    return next < t.size() && t.get(next).word().equalsIgnoreCase("to")
        && child(children, v.index(), "xcomp") < 0;
  }

  private static int child(Map<Integer, List<Dependency>> children, int head, String rel) {
    for (Dependency d : children.getOrDefault(head, List.of())) {
      if (d.relation().equals(rel)) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static int firstOfSubtree(Map<Integer, List<Dependency>> children, int root) {
    int min = root;
    for (Dependency d : children.getOrDefault(root, List.of())) {
      min = Math.min(min, firstOfSubtree(children, d.dependent()));
    }
    return min;
  }

  private static int lastOfSubtree(Map<Integer, List<Dependency>> children, int root) {
    int max = root;
    for (Dependency d : children.getOrDefault(root, List.of())) {
      if (!d.relation().equals("punct")) {
        max = Math.max(max, lastOfSubtree(children, d.dependent()));
      }
    }
    return max;
  }

  private static Span subtree(String text, List<Token> t, Map<Integer, List<Dependency>> children,
      int root) {
    int first = firstOfSubtree(children, root);
    int last = lastOfSubtree(children, root);
    return span(text, t.get(first).begin(), t.get(last).end());
  }

  /** Tokens [from, to] as a span, without leading or trailing punctuation; null if empty. */
  private static @Nullable Span clause(String text, List<Token> t, int from, int to) {
    int a = from == 0 ? afterDashDateline(t) : from;
    int b = Math.min(to, t.size() - 1);
    while (a <= b && isPunct(t.get(a))) {
      a++;
    }
    while (b >= a && isPunct(t.get(b))) {
      b--;
    }
    if (a > b) {
      return null;
    }
    return trimQuotesAndPunct(text, span(text, t.get(a).begin(), t.get(b).end()));
  }

  private static boolean isPunct(Token t) {
    return t.word().matches("[\\p{P}\\p{S}]+") && !t.word().equals("$");
  }

  private static Span trimQuotesAndPunct(String text, Span s) {
    int a = s.begin();
    int b = s.end();
    while (a < b && "\"“”'‘’«», ".indexOf(text.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && "\"“”'‘’«», .".indexOf(text.charAt(b - 1)) >= 0) {
      b--;
    }
    return span(text, a, b);
  }

  private static Span span(String text, int begin, int end) {
    return new Span(begin, end, text.substring(begin, end));
  }

  // --- quotations -----------------------------------------------------------------------------

  /**
   * Quoted stretches: curly pairs, guillemets, straight double quotes paired in order, and single
   * quotations (curly or straight) outside these, paired by {@link #singleClosing}.
   */
  static List<int[]> quoteSpans(String text) {
    return quotations(text, false);
  }

  /**
   * The quotations of {@code text} as {@link #quoteSpans} finds them, and also a quotation that a
   * paragraph opens and does not close, to the end of that paragraph: news prints a quotation of
   * several paragraphs with an opening mark at each and a closing mark only after the last. The
   * opening mark must open (at the start of the text, after white space or a colon, dash or
   * parenthesis), so an inch mark leaves the paragraph unquoted.
   */
  static List<int[]> quotedStretches(String text) {
    return quotations(text, true);
  }

  private static List<int[]> quotations(String text, boolean runToParagraphEnd) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char closing = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // two apostrophes or backticks are one mark (archives and wire feeds: ''…'', ``…'')
      boolean doubled = markWidth(text, i) == 2;
      if (open < 0) {
        if (c == '“' || c == '«' || c == '"') {
          open = i;
          closing = c == '“' ? '”' : c == '«' ? '»' : '"';
        } else if (doubled && (c == '`' || opens(text, i))) {
          open = i;
          closing = DOUBLED;
          i++;
        } else if ((c == '‘' || c == '\'') && opensSingle(text, i)) {
          int close = singleClosing(text, i);
          if (close < 0 && runToParagraphEnd && (i == 0 || text.charAt(i - 1) == '\n'
              || text.charAt(i - 1) == ':' || i > 1 && text.charAt(i - 2) == ':')) {
            close = paragraphEnd(text, i) - 1; // a quotation of several paragraphs, as above
          }
          if (close >= 0) {
            out.add(new int[] {i, close + 1});
            i = close;
          }
        }
      } else if (closing == DOUBLED ? doubled && c == '\'' : c == closing) {
        out.add(new int[] {open, closing == DOUBLED ? i + 2 : i + 1});
        open = -1;
        if (doubled) {
          i++;
        }
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        if (runToParagraphEnd && opens(text, open)) {
          out.add(new int[] {open, i});
        }
        open = -1; // quotes do not run across paragraphs unclosed
      }
    }
    if (runToParagraphEnd && open >= 0 && opens(text, open)) {
      out.add(new int[] {open, text.length()});
    }
    return out;
  }

  /** Words that open with an apostrophe, not a quotation: "'em", "rock 'n' roll", "'90s". */
  private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile(
      "['‘](?i:em|til|tis|twas|cause|cos|n|round|bout|\\d\\d?s?)(?![\\p{L}\\d])");

  /**
   * Whether the single mark at {@code at} opens a quotation, as British and Commonwealth outlets
   * write their quotations ('We are ready,' she said): it stands before a word where a double mark
   * would open ({@link #opens}), and does not elide a word's start.
   */
  private static boolean opensSingle(String text, int at) {
    if (at + 1 >= text.length() || markWidth(text, at) == 2
        || !Character.isLetterOrDigit(text.charAt(at + 1)) || !opens(text, at)) {
      return false;
    }
    return !ELIDED.matcher(text).region(at, text.length()).lookingAt();
  }

  /**
   * Where the single quotation opened at {@code open} closes in its paragraph, or -1: a mark after
   * a letter, digit or punctuation that no letter follows (not the apostrophe of "don't"). A mark
   * after an "s" and before a word is a plural's possessive ("the players' union") while a later
   * mark can close the quotation.
   */
  private static int singleClosing(String text, int open) {
    int end = Math.min(paragraphEnd(text, open), open + 2000);
    int possessive = -1;
    for (int j = open + 2; j < end; j++) {
      char c = text.charAt(j);
      if (possessive >= 0 && (c == '‘' || c == '\'') && opensSingle(text, j)) {
        break; // "'Chinese virus' remark sparked 'outrage'": the next quotation opens here
      }
      if (c != '’' && c != '\'' || Character.isWhitespace(text.charAt(j - 1))
          || j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1))) {
        continue;
      }
      boolean plural = (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
          && j + 2 < text.length() && text.charAt(j + 1) == ' '
          && Character.isLetter(text.charAt(j + 2));
      if (!plural) {
        return j;
      }
      if (possessive < 0) {
        possessive = j;
      }
    }
    return possessive;
  }

  /** How many characters the quotation mark at {@code at} takes: two for '' and ``, else one. */
  static int markWidth(String text, int at) {
    char c = text.charAt(at);
    return (c == '\'' || c == '`') && at + 1 < text.length() && text.charAt(at + 1) == c ? 2 : 1;
  }

  /** The closing mark of a quotation opened by two apostrophes or backticks: two apostrophes. */
  private static final char DOUBLED = '\u0000';

  /** Whether the quotation mark at {@code at} opens a quotation rather than ends a number. */
  private static boolean opens(String text, int at) {
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    return Character.isWhitespace(before) || ":(—–-".indexOf(before) >= 0;
  }

  /**
   * Speech reported inside a quotation says no more than the quotation does: "“Both governments
   * are telling their publics a simple story,” said Dr Krant" — what the governments tell ends at
   * the closing mark, not at the end of the sentence the parse gave it.
   */
  private static Span withinItsQuotation(String text, Span content, Span cue,
      List<int[]> quotes) {
    for (int[] q : quotes) {
      if (q[0] <= cue.begin() && cue.end() <= q[1]
          && (content.begin() < q[0] || content.end() > q[1])) {
        int begin = Math.max(q[0], content.begin());
        int end = Math.min(q[1], content.end());
        if (begin >= end) {
          return content; // the content lies outside the quotation: the parse's, left as it is
        }
        Span clipped = trimQuotesAndPunct(text, span(text, begin, end));
        return clipped.end() > clipped.begin() ? clipped : content;
      }
    }
    return content;
  }

  /**
   * A content that starts a quotation running on past it ("“This is in their heads. This is in
   * their consciousness – and that can be deadly,” she said" cut at a sentence break) is the
   * whole quotation, unless the cue itself is inside it.
   */
  private static Span wholeQuotation(String text, Span content, Span cue, List<int[]> quotes) {
    for (int[] q : quotes) {
      boolean starts = content.begin() >= q[0] && content.begin() - q[0] <= 4
          && text.substring(q[0], content.begin()).matches("[\\s\"“'‘«]*");
      if (starts && content.end() < q[1] && !(q[0] <= cue.begin() && cue.end() <= q[1])) {
        return trimQuotesAndPunct(text, span(text, q[0], q[1]));
      }
      // 'urged against "transactions with Russia that risk triggering sanctions."': the parse
      // found a clause at the quotation's end; what was urged is the whole quotation, which
      // opens at most two words after the cue (its preposition, a day, an addressee)
      if (cue.end() <= q[0] && q[0] < content.begin() && content.end() <= q[1]
          && text.substring(cue.end(), q[0]).matches("\\s*(?:\\p{L}+\\s+){0,2}")
          && text.substring(content.end(), q[1]).matches("[\\s.,!?\"”’'»›]*")) {
        return trimQuotesAndPunct(text, span(text, q[0], q[1]));
      }
    }
    return content;
  }

  /** Verbs of answering or addressing whose "to" names whom, not what. */
  private static final Set<String> ANSWERS = Set.of("respond", "reply", "write", "speak", "talk",
      "answer", "react", "return", "report", "complain", "apologize", "apologise", "appeal");

  /** Whether a span holds a verb (a clause, not just whom it was said to). */
  private static boolean hasVerb(List<Token> t, Span span) {
    int from = 0;
    while (from < t.size() && t.get(from).begin() < span.begin()) {
      from++;
    }
    int to = from;
    while (to < t.size() && t.get(to).end() <= span.end()) {
      to++;
    }
    return hasVerb(t, from, to - 1);
  }

  private static final java.util.regex.Pattern LEADING_PREPOSITION =
      java.util.regex.Pattern.compile("(?i)(for|on|of|about|against|with|upon)\\s+");

  /** The quotation that ends right before {@code at} (nothing but commas or space between). */
  private static int @Nullable [] quoteRightBefore(String text, List<int[]> quotes, int at) {
    for (int[] q : quotes) {
      if (q[1] <= at && at - q[1] <= 4 && text.substring(q[1], at).matches("[\\s,]*")) {
        return q;
      }
      if (q[0] < at && at < q[1] && q[1] - at <= 4
          && text.substring(at, q[1]).matches("[\\s,.\"”’']*")) {
        return q; // the closing mark came after the comma the splitter kept
      }
    }
    return null;
  }

  /** Words opening a circumstance of saying: its time, place or occasion (not "called for"). */
  private static final java.util.regex.Pattern CIRCUMSTANCE = java.util.regex.Pattern.compile(
      "(?i)on|in|at|after|before|during|outside|inside|from|near|via|through|following|later"
          + "|earlier|again|then|afterwards|today|yesterday|tonight|moments|shortly");

  /**
   * Whether the quotation opened at {@code open} is a sentence of its own, not a phrase quoted
   * inside the outlet's sentence (" … hate America “with a passion.” The lawmakers responded").
   */
  private static boolean quotationOpensSentence(String text, int open) {
    int k = open - 1;
    while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < 0 || ".!?:\n”\"’'".indexOf(text.charAt(k)) >= 0;
  }

  /** Whether {@code span} says only when: "on Nov 4", "Monday", "last week", "in 2013". */
  private static boolean onlyATime(List<Token> t, Span span) {
    boolean any = false;
    for (Token w : t) {
      if (w.begin() >= span.begin() && w.end() <= span.end()) {
        int i = w.index();
        boolean day = w.word().matches("\\d{1,2}")
            && (i > 0 && MonthNames.isMonth(t.get(i - 1))
                || i + 1 < t.size() && MonthNames.isMonth(t.get(i + 1)));
        boolean date = MonthNames.isMonth(w) || w.word().matches("(1[89]|20)\\d\\d") || day
            || EntityResolver.DAYS.matcher(w.word()).matches();
        boolean time = date
            || EventExtractor.TIME_UNITS.contains(w.lemma().toLowerCase(Locale.ROOT));
        if (!time && !w.pos().matches("IN|DT|RBR?|JJ|,")) {
          return false; // "endorsed one in July": a thing, then when
        }
        any |= date; // not "predicted a difficult year": a time word alone may be what is said
      }
    }
    return any;
  }

  /**
   * Whether {@code span} holds only a circumstance of saying, no verb and no object: "on Friday",
   * "after the verdict", "later" — or, after "told", whom it was told to ("told reporters").
   */
  private static boolean circumstanceOnly(List<Token> t, Span span, boolean addressee) {
    boolean first = true;
    for (Token w : t) {
      if (w.begin() >= span.begin() && w.end() <= span.end()) {
        if (w.isVerb() || w.pos().equals("MD") || first && !(addressee
            || w.pos().matches("IN|RBR?") && CIRCUMSTANCE.matcher(w.word()).matches()
            || EntityResolver.DAYS.matcher(w.word()).matches())) {
          return false;
        }
        first = false;
      }
    }
    return !first;
  }

  static boolean insideAnyQuote(int at, List<int[]> quotes) {
    for (int[] q : quotes) {
      if (q[0] < at && at < q[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * "“I said that he was a thief,” Assad said. “I was not calling him names …”": "I" or "we"
   * speaking inside a quotation is its speaker — the speaker of the quotation that holds it, or
   * else of the last quotation before it in its paragraph, of those whose speaker an entity stands
   * for; outside quotation marks, of the unquoted post or announced paragraph that holds it.
   * Else left unresolved (a columnist's own "I think").
   */
  private static void firstPersonSpeaker(String text, List<Draft> drafts, List<int[]> quotes) {
    for (Draft d : drafts) {
      if (d.source == null || d.entity != null
          || !d.source.text().toLowerCase(Locale.ROOT).matches("i|we")) {
        continue;
      }
      int[] quote = null;
      for (int[] q : quotes) {
        if (q[0] <= d.source.begin() && d.source.end() <= q[1]) {
          quote = q;
        }
      }
      if (quote == null) {
        // words a speaker's unquoted post or announced paragraph holds: the speaker's "I"
        for (Draft o : drafts) {
          if (o != d && o.direct && o.entity != null && o.content.begin() <= d.source.begin()
              && d.source.end() <= o.content.end() && !insideQuotes(o.content, quotes)) {
            d.entity = o.entity;
          }
        }
        continue;
      }
      int paragraph = text.lastIndexOf('\n', quote[0]) + 1;
      Draft speaker = null;
      for (Draft o : drafts) {
        if (o == d || !o.direct || o.entity == null) {
          continue;
        }
        boolean holds = o.content.begin() <= d.source.begin() && d.source.end() <= o.content.end();
        boolean before = o.content.end() <= quote[0] && o.content.begin() >= paragraph;
        if ((holds || before) && (speaker == null
            || o.content.begin() > speaker.content.begin())) {
          speaker = o;
        }
      }
      if (speaker != null) {
        d.entity = speaker.entity;
      }
    }
  }

  /** Most of the content (by characters) lies inside quotation marks. */
  static boolean insideQuotes(Span content, List<int[]> quotes) {
    int inside = 0;
    for (int[] q : quotes) {
      int a = Math.max(q[0], content.begin());
      int b = Math.min(q[1], content.end());
      if (b > a) {
        inside += b - a;
      }
    }
    return inside * 2 > content.end() - content.begin();
  }
}
