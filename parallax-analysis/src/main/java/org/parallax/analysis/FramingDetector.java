package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.Token;

/**
 * Finds framing cues in one article — labels, loaded terms and hedges from {@code
 * data/framing.tsv}, naming variants from the gazetteer, scare quotes — and gives each its voice:
 * inside quotation marks it is the source's word (QUOTE), inside the content of an indirect
 * attribution it is the outlet's wording of someone's claim (PARAPHRASE), elsewhere the outlet's
 * own (NARRATION). A cue's target is the actor the grammar gives it ({@link FramingTargets}).
 */
final class FramingDetector {
  /** Quoted stretches up to this many words are scare quotes, not quotations. */
  static final int SCARE_QUOTE_WORDS = 4;

  private final Map<String, FramingCue.Kind> lexicon;
  /** Terms that count only with a part of speech: "blast" the verb, not the explosion. */
  private final Map<String, String> partOfSpeech;
  private final int longest;
  private final LoadedWords loaded;

  private FramingDetector(Map<String, FramingCue.Kind> lexicon, Map<String, String> partOfSpeech,
      LoadedWords loaded) {
    this.lexicon = Map.copyOf(lexicon);
    this.partOfSpeech = Map.copyOf(partOfSpeech);
    this.loaded = loaded;
    int l = 1;
    for (String k : lexicon.keySet()) {
      l = Math.max(l, k.split(" ").length);
    }
    this.longest = l;
  }

  static FramingDetector bundled() {
    Map<String, FramingCue.Kind> lexicon = new HashMap<>();
    Map<String, String> partOfSpeech = new HashMap<>();
    for (String line : DataFile.rows("framing.tsv")) {
      String[] c = line.split("\t", -1);
      if (c.length < 2) {
        throw new IllegalStateException("framing.tsv: row '" + line
            + "' needs term<TAB>kind (LABEL, LOADED_TERM, HEDGE)");
      }
      try {
        lexicon.put(c[0].trim().toLowerCase(Locale.ROOT), FramingCue.Kind.valueOf(c[1].trim()));
        if (c.length > 3 && !c[3].isBlank()) {
          partOfSpeech.put(c[0].trim().toLowerCase(Locale.ROOT), c[3].trim());
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("framing.tsv: kind must be LABEL, LOADED_TERM or HEDGE,"
            + " got '" + c[1] + "' in row '" + line + "'", e);
      }
    }
    return new FramingDetector(lexicon, partOfSpeech, LoadedWords.bundled());
  }

  /**
   * Whether a capitalised word goes on as a name with "of" ("the Gang of Eight"); before a proper
   * noun it may still be a label ("Dictator Maduro" in a headline).
   */
  private static boolean inName(List<Token> t, int i) {
    return i + 2 < t.size() && t.get(i + 1).word().equals("of")
        && Character.isUpperCase(t.get(i + 2).word().charAt(0));
  }

  /** What one claims as one's own or takes, not says: "claimed responsibility", "the lives". */
  private static final java.util.Set<String> TAKEN = java.util.Set.of("responsibility", "credit",
      "victory", "title", "life", "crown", "prize", "medal", "gold", "silver", "bronze", "win",
      "seat", "trophy", "championship", "ownership", "asylum", "spot", "place", "pole", "lead",
      "record", "bragging");

  /** Whether "claimed" at {@code i} takes a thing ({@link #TAKEN}) as its object. */
  private static boolean claimsAThing(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 7); k++) {
      String pos = t.get(k).pos();
      if (TAKEN.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
        // not the subject of a clause: "claimed the record shows no wrongdoing"
        return k + 1 >= t.size() || !t.get(k + 1).pos().matches("VB[DZP]|MD");
      }
      if (!pos.matches("DT|PRP\\$|POS|CD|JJ.?|NNP.?|RB.?")
          && !t.get(k).word().matches("(?i)at|than|over|nearly|about|around|almost|some")) {
        return false; // "claimed that …", "claimed to have …"
      }
    }
    return false;
  }

  /** A name's key without its full stops: "Jr" and "Jr.", "S Jaishankar" and "S. Jaishankar". */
  private static String undotted(String key) {
    return key.replace(".", "").replaceAll("\\s+", " ").strip();
  }

  /** Nouns of legal process, after which "criminal" or "illegal" names a category of law. */
  private static final java.util.Set<String> LEGAL_PROCESS = java.util.Set.of("investigation",
      "inquiry", "probe", "case", "charge", "court", "code", "law", "justice", "proceeding",
      "record", "complaint", "trial", "prosecution", "liability", "conviction", "referral",
      "offence", "offense", "statute", "division", "lawyer", "defense", "defence", "penalty",
      "sanction", "indictment", "prosecutor", "attorney", "contempt");

  /**
   * Whether the adjective at {@code i} qualifies a noun of legal process, alone or coordinated
   * with another ("criminal or civil sanctions").
   */
  private static boolean beforeLegalProcess(List<Token> t, int i) {
    int j = i + 1;
    if (j + 1 < t.size() && t.get(j).pos().equals("CC") && t.get(j + 1).pos().startsWith("JJ")) {
      j += 2;
    }
    return j < t.size() && LEGAL_PROCESS.contains(t.get(j).lemma().toLowerCase(Locale.ROOT));
  }

  List<FramingCue> detect(ParsedText parsed, List<Entity> entities, List<Attribution> attributions,
      Gazetteer gazetteer) {
    String text = parsed.text();
    List<int[]> quotes = AttributionExtractor.quoteSpans(text);
    List<int[]> quoted = AttributionExtractor.quotedStretches(text);
    List<FramingTargets.Named> mentions = named(entities);
    List<FramingCue> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> t = s.tokens();
      int floor = 0; // the first token after the sentence's last cue
      for (int i = 0; i < t.size(); i++) {
        for (int n = Math.min(longest, t.size() - i); n >= 1; n--) {
          StringBuilder sb = new StringBuilder();
          for (int k = i; k < i + n; k++) {
            sb.append(k > i ? " " : "").append(t.get(k).word().toLowerCase(Locale.ROOT));
          }
          FramingCue.Kind kind = lexicon.get(sb.toString());
          if (kind == null && n == 1) {
            kind = lexicon.get(t.get(i).lemma().toLowerCase(Locale.ROOT));
          }
          if (kind == null && n == 1) {
            LoadedWords.Found found = loaded.at(t, i, floor);
            if (found != null) {
              out.add(cue(found.label() ? FramingCue.Kind.LABEL : FramingCue.Kind.LOADED_TERM,
                  t.get(found.first()).begin(), t.get(found.last()).end(), text, s, mentions,
                  quoted, attributions));
              i = found.last();
              floor = i + 1;
              break;
            }
          }
          if (kind == null) {
            continue;
          }
          if (n == 1 && !hasPartOfSpeech(t.get(i))) {
            continue; // "blast" the explosion is not "blast" the verb
          }
          if (kind == FramingCue.Kind.HEDGE && n == 1 && t.get(i).lemma().equalsIgnoreCase("claim")
              && claimsAThing(t, i)) {
            continue; // "claimed responsibility", "claimed the title", "claimed 300 lives"
          }
          if (kind == FramingCue.Kind.LOADED_TERM && n == 1
              && (t.get(i).pos().startsWith("NNP") || LoadedWords.capitalisedInside(t, i))) {
            continue; // part of a name: "the Pro Bono Criminal Legal Aid Scheme"
          }
          if (kind == FramingCue.Kind.LOADED_TERM && n == 1 && t.get(i).pos().startsWith("JJ")
              && beforeLegalProcess(t, i)) {
            continue; // "a criminal investigation", "illegal conduct charges": the law's terms
          }
          if (kind == FramingCue.Kind.LABEL && n == 1 && LoadedWords.capitalisedInside(t, i)
              && inName(t, i)) {
            continue; // "the Gang of Eight": a name
          }
          if (kind == FramingCue.Kind.LABEL && !t.get(i + n - 1).pos().startsWith("NN")
              && !t.get(i + n - 1).pos().startsWith("JJ")) {
            continue; // "rebel" as a verb is not a label
          }
          int begin = t.get(i).begin();
          int end = t.get(i + n - 1).end();
          out.add(cue(kind, begin, end, text, s, mentions, quoted, attributions));
          i += n - 1;
          floor = i + 1;
          break;
        }
      }
    }
    // naming variants: a gazetteer entity spelled other than its canonical name
    for (FramingTargets.Named l : mentions) {
      if (l.mention().kind() != Mention.Kind.NAME || gazetteer.entry(l.entity().id()) == null) {
        continue;
      }
      // a different spelling of the same name (Kiev/Kyiv, Sergey/Sergei), not a description
      // ("the Malian army" for the armed forces) or a longer form ("Sahel region")
      String canonical = Gazetteer.key(l.entity().name(), false);
      String used = Gazetteer.key(l.mention().text(), false);
      if (!undotted(used).equals(undotted(canonical))
          && used.split(" ").length == canonical.split(" ").length
          && l.entity().type() != org.parallax.model.analysis.EntityType.ORGANIZATION) {
        Sentence s = sentenceAt(parsed, l.mention().begin());
        FramingCue c = cue(FramingCue.Kind.NAMING_VARIANT, l.mention().begin(), l.mention().end(),
            text, s, mentions, quoted, attributions);
        out.add(new FramingCue(c.kind(), c.begin(), c.end(), c.text(), l.entity().id(), c.voice(),
            c.attribution()));
      }
    }
    // scare quotes: short quoted words inside a longer sentence
    for (int[] q : quotes) {
      int mark = AttributionExtractor.markWidth(text, q[0]); // ''…'' and ``…'' are two wide
      String inner = text.substring(q[0] + mark, q[1] - mark).strip()
          .replaceAll("[\\p{Punct}…]+$", "");
      int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
      if (words == 0 || words > SCARE_QUOTE_WORDS) {
        continue;
      }
      Sentence s = sentenceAt(parsed, q[0]);
      if (s == null || s.end() - s.begin() <= q[1] - q[0] + 2) {
        continue; // the whole sentence is the quotation
      }
      if (isTitle(text, q[0], q[1], inner)) {
        continue; // CNN's “State of the Union”, the book “Fire and Fury”: a title, not a label
      }
      if (utterance(text, q[0], q[1], mark, s)) {
        continue; // “Will you marry me?”, “We are ready,” she said: what someone said, whole
      }
      int begin = q[0] + mark + (text.substring(q[0] + mark, q[1] - mark).length()
          - text.substring(q[0] + mark, q[1] - mark).stripLeading().length());
      FramingCue c = cue(FramingCue.Kind.SCARE_QUOTES, begin, begin + inner.length(), text, s,
          mentions, quotes, attributions);
      Attribution holder = c.attribution() == null ? null : attributions.stream()
          .filter(a -> a.id().equals(c.attribution())).findFirst().orElse(null);
      if (holder != null && holder.direct() && holder.contentParts().stream()
          .anyMatch(part -> part.begin() <= c.begin() && c.end() <= part.end()
              && inner.length() * 2 >= part.end() - part.begin())) {
        continue; // "“We will not resign,” said …": a short quotation, not scare quotes
      }
      out.add(c);
    }
    out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
        : a.kind().compareTo(b.kind()));
    return out;
  }

  /**
   * Whether a quotation is an utterance rather than a word held at a distance: it ends in a
   * question or exclamation mark, or it opens its sentence and a comma or colon closes it (the
   * speaker's tag or the headline's subject follows).
   */
  static boolean utterance(String text, int open, int close, int mark, Sentence s) {
    String raw = text.substring(open + mark, close - mark).strip();
    if (raw.endsWith("?") || raw.endsWith("!")) {
      return true;
    }
    if (!text.substring(s.begin(), open).isBlank()) {
      return false;
    }
    String after = text.substring(close, Math.min(text.length(), close + 2)).strip();
    return raw.endsWith(",") || after.startsWith(",") || after.startsWith(":");
  }

  /** Words before a quoted title that say what it is the title of. */
  private static final java.util.regex.Pattern WORK_BEFORE = java.util.regex.Pattern.compile(
      "(?is).*\\b(show|program|programme|book|memoir|novel|film|movie|documentary|series|song"
          + "|album|column|podcast|newsletter|op-ed|editorial|article|episode|segment|play"
          + "|speech|report|bill|act|titled|entitled|track|single|hit|record|collaboration|poem"
          + "|sitcom|drama|musical|opera|exhibition|painting)\\W*$");

  /** A word for a work right after quoted words: "the ‘Divide’ tour", "his ‘Fury’ album". */
  private static final java.util.regex.Pattern WORK_AFTER = java.util.regex.Pattern.compile(
      "(?i)\\W{0,2}\\s*(tour|album|single|song|track|show|series|film|movie|book|novel|segment|"
          + "episode|feed|newsletter|program|programme|"
          + "podcast|franchise|trilogy|sequel|EP|LP|actor|actress|star|co-star|cast|host|anchor|"
          + "presenter|creator|showrunner|director|producer|author|writer|singer|rapper)\\b");

  /** Who makes or hosts a work, or a part of it, before "of": "co-host of “Coach's Corner”". */
  private static final java.util.regex.Pattern OF_A_WORK = java.util.regex.Pattern.compile(
      "(?is).*\\b(?:host|co-host|anchor|author|co-author|editor|creator|star|producer|episode"
          + "|segment|intermission|season|edition|installment|instalment)s?\\s+of(?:\\s+the)?"
          + "\\W*$");

  /** Whether the lexicon term at {@code t} has the part of speech the lexicon asks of it. */
  private boolean hasPartOfSpeech(Token t) {
    String pos = partOfSpeech.getOrDefault(t.word().toLowerCase(Locale.ROOT),
        partOfSpeech.get(t.lemma().toLowerCase(Locale.ROOT)));
    return pos == null || t.pos().startsWith(pos);
  }

  /** A programme a guest speaks on or to: "said on “Fox News Sunday”", "told “Fox & Friends”". */
  private static final java.util.regex.Pattern PROGRAMME_BEFORE = java.util.regex.Pattern.compile(
      "(?is).*\\b(?:(?:appear(?:ed|s|ing)?|said|says|saying|spoke|speaking)\\s+(?:on|to|with)"
          + "|told|tells|telling|interview(?:ed|s)?\\s+(?:on|with))\\W*$");

  /**
   * Whether quoted words are the title of a show, book or film rather than a label held at a
   * distance: every word of four letters or more capitalised, and a possessive or a word for a
   * work right before ("NBC's “Meet the Press”", "the book “Fire and Fury”"), a guest speaking on
   * or to it ("said on “Fox News Sunday”", "told “Fox & Friends”"), or a show's name ("“The Guy
   * Benson Show”"); and, however short, capitalised words before a word for a work ("the ‘Divide’
   * tour"), or one capitalised word after such a word ("third album ‘Kiwanuka’"). Capitalised words alone stay scare quotes:
   * in partisan prose they are as often a nickname or a slogan ("Crooked Hillary", "The Great Left
   * Hope"; "said “Crooked Varga”").
   */
  static boolean isTitle(String text, int open, int close, String inner) {
    String[] words = inner.split("\\s+");
    String before = text.substring(Math.max(0, open - 40), open).stripTrailing();
    boolean upper = !inner.isEmpty() && Character.isUpperCase(inner.codePointAt(0));
    if (upper && (words.length == 1 && WORK_BEFORE.matcher(before).matches()
        || WORK_AFTER.matcher(text).region(close, Math.min(text.length(), close + 20))
            .lookingAt()
        || OF_A_WORK.matcher(before).matches())) {
      // "third album ‘Kiwanuka’", "the ‘Divide’ tour", "co-host of “Coach's Corner”", "author of
      // “Primary Politics”": a title however short
      return true;
    }

    boolean capitalised = words.length >= 2 && Character.isUpperCase(words[0].codePointAt(0));
    boolean longWord = false;
    for (String w : words) {
      capitalised &= w.length() < 4 || Character.isUpperCase(w.codePointAt(0));
      longWord |= w.length() >= 4;
    }
    capitalised &= longWord; // not Biden's “big lie”
    if (!capitalised) {
      return false;
    }
    return words[words.length - 1].matches("Show|Podcast|Hour|Live|Tonight")
        || before.endsWith("'s") || before.endsWith("’s")
        || WORK_BEFORE.matcher(before).matches() || PROGRAMME_BEFORE.matcher(before).matches();
  }

  /** The cues loaded words at {@code spans} ({@code {begin, end}}) would be: target and voice. */
  List<FramingCue> at(List<int[]> spans, ParsedText parsed, List<Entity> entities,
      List<Attribution> attributions) {
    List<FramingTargets.Named> mentions = named(entities);
    List<int[]> quoted = AttributionExtractor.quotedStretches(parsed.text());
    List<FramingCue> out = new ArrayList<>();
    for (int[] span : spans) {
      out.add(cue(FramingCue.Kind.LOADED_TERM, span[0], span[1], parsed.text(),
          sentenceAt(parsed, span[0]), mentions, quoted, attributions));
    }
    return out;
  }

  /** Every mention of {@code entities} with its entity. */
  private static List<FramingTargets.Named> named(List<Entity> entities) {
    List<FramingTargets.Named> mentions = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        mentions.add(new FramingTargets.Named(m, e));
      }
    }
    return mentions;
  }

  private static FramingCue cue(FramingCue.Kind kind, int begin, int end, String text,
      @Nullable Sentence s, List<FramingTargets.Named> mentions, List<int[]> quotes,
      List<Attribution> attributions) {
    boolean quoted = false;
    for (int[] q : quotes) {
      if (q[0] <= begin && end <= q[1]) { // inside the marks, or the whole quotation with them
        quoted = true;
        break;
      }
    }
    Attribution holder = null;
    for (Attribution a : attributions) {
      if ((!a.unsourced() || a.reportedByNoOne() && !(a.cue().begin() < end
          && begin < a.cue().end())) && a.contentHolds(begin, end)
          && (holder == null || a.content().end() - a.content().begin()
              < holder.content().end() - holder.content().begin()
              || (a.content().equals(holder.content()) && holder.id().equals(a.parent())))) {
        holder = a; // the smallest content; on a tie the child ("X quoted Y as saying")
      }
    }
    FramingCue.Voice voice;
    if (kind == FramingCue.Kind.SCARE_QUOTES) {
      voice = holder == null ? FramingCue.Voice.NARRATION : FramingCue.Voice.PARAPHRASE;
    } else if (quoted) {
      voice = FramingCue.Voice.QUOTE;
    } else if (holder != null && !holder.direct()) {
      voice = FramingCue.Voice.PARAPHRASE;
    } else if (holder != null) {
      voice = FramingCue.Voice.QUOTE;
    } else {
      voice = FramingCue.Voice.NARRATION;
    }
    String target = null;
    boolean sourced = false;
    if (kind == FramingCue.Kind.HEDGE) {
      for (Attribution a : attributions) {
        if (a.cue().begin() < end && begin < a.cue().end() && target == null) {
          // "WASHINGTON (AP) — President Donald Trump claimed …": the hedge is of the claim's
          // source, whom the attribution has already resolved (the parse may take the dateline);
          // a source it only describes is no one the text names ("an Islamic cleric who spoke at
          // Sanders's rally claimed …" hedges no Sanders)
          target = a.source().entity();
          sourced = a.source().span() != null && !a.source().span().text().isBlank();
        }
      }
    }
    if (target == null && !sourced) {
      // words in scare quotes that make a noun phrase name what they name, as a label does
      // ("accusing Kyiv of supporting “terrorist groups”" frames no Kyiv)
      target = FramingTargets.target(begin, end, kind == FramingCue.Kind.LABEL,
          kind == FramingCue.Kind.SCARE_QUOTES, s, mentions);
    }
    return new FramingCue(kind, begin, end, text.substring(begin, end), target, voice,
        holder == null ? null : holder.id());
  }

  private static @Nullable Sentence sentenceAt(ParsedText parsed, int offset) {
    for (Sentence s : parsed.sentences()) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
