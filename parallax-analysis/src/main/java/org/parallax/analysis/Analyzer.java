package org.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.model.nlp.NamedSpan;
import org.parallax.model.nlp.ParsedText;
import org.parallax.model.nlp.Sentence;
import org.parallax.model.nlp.TextParser;
import org.parallax.model.nlp.Token;

/**
 * Analyses one article: parses its text (dependency parses only for sentences with a speech cue),
 * resolves entities against the gazetteer, normalises temporal expressions against the
 * publication date, and extracts attributions. One analyzer per thread (its parser is not
 * thread-safe).
 */
public final class Analyzer {
  /** Bump when analysis code changes its output, so stored analyses are recomputed. */
  public static final int VERSION = 215;

  /**
   * The key stored analyses are filed under: {@link #VERSION} and a checksum of the bundled data
   * files (gazetteer, framing lexicon, event triggers), so editing the data and rebuilding recomputes them.
   */
  public static final int STORE_KEY = VERSION * 100_000 + dataChecksum() % 100_000;

  private static int dataChecksum() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    for (String resource : List.of("gazetteer.tsv", "framing.tsv", "events.tsv", "news-common.tsv",
        "given-names.tsv")) {
      try (java.io.InputStream in = Analyzer.class.getResourceAsStream(resource)) {
        if (in != null) {
          crc.update(in.readAllBytes());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read bundled " + resource, e);
      }
    }
    return (int) (crc.getValue() & 0x7fffffff);
  }

  private static final FramingDetector FRAMING = FramingDetector.bundled();
  private static final EventExtractor EVENTS = EventExtractor.bundled();

  private final TextParser parser;
  private final Gazetteer gazetteer;
  private final EntityResolver entities;

  public Analyzer(TextParser parser, Gazetteer gazetteer) {
    this.parser = parser;
    this.gazetteer = gazetteer;
    this.entities = new EntityResolver(gazetteer);
  }

  public Analysis analyze(Article article) {
    return read(article, List.of()).analysis();
  }

  /**
   * {@code entities} and the gazetteer's entities that events name without a mention of their
   * own: a capital named as an actor or a target stands for its country ("talks with Warsaw":
   * Poland), which the text may never name. They are listed with no mentions, so every entity
   * id in the analysis has a name.
   */
  private List<Entity> withStatesOfCapitals(List<Entity> entities, List<Event> events) {
    Set<String> known = new HashSet<>();
    entities.forEach(e -> known.add(e.id()));
    List<Entity> out = new ArrayList<>(entities);
    for (Event e : events) {
      for (Event.Participant p : e.participants()) {
        Gazetteer.Entry entry = p.entity() == null || known.contains(p.entity()) ? null
            : gazetteer.entry(p.entity());
        if (entry != null && known.add(entry.id())) {
          out.add(new Entity(entry.id(), entry.name(), entry.type(), entry.country(), List.of(),
              List.of()));
        }
      }
    }
    return out;
  }

  /**
   * An article's analysis and how Parallax reads given stretches of its text.
   *
   * @param analysis the article's analysis, as {@link #analyze} gives it
   * @param atSpans for each span asked about, in order, the cue a loaded word there would be: its
   *     target entity and its voice (kind {@code LOADED_TERM}, whatever the lexicon says of it)
   */
  public record Reading(Analysis analysis, List<FramingCue> atSpans) {
    public Reading {
      atSpans = List.copyOf(atSpans);
    }
  }

  /**
   * Analyses {@code article} and reads each of {@code spans} ({@code {begin, end}} character
   * offsets into its text) as a framing word: whom it frames, and in whose voice. Corpora that
   * mark framing words by hand (BASIL) score these two decisions apart from which words the
   * lexicon finds.
   */
  public Reading read(Article article, List<int[]> spans) {
    ParsedText parsed = parser.parse(article.text(), Analyzer::needsDependencies);
    EntityResolver.Resolution resolution = entities.resolve(parsed, article.outlet().id());
    List<TimeExpression> times = notNames(times(parsed, article.published()),
        resolution.entities());
    List<Attribution> attributions = TheySources.resolve(parsed, outsideNotes(article.text(),
        AttributionExtractor.extract(parsed, resolution.entities())));
    List<Event> events = EVENTS.extract(parsed, resolution.entities(), times, attributions,
        gazetteer);
    Analysis analysis = new Analysis(article.id(), VERSION, parsed.tokenCount(),
        withStatesOfCapitals(resolution.entities(), events), times, attributions, events,
        FRAMING.detect(parsed, resolution.entities(), attributions, gazetteer));
    for (int[] span : spans) {
      if (span.length != 2 || span[0] < 0 || span[1] < span[0]
          || span[1] > article.text().length()) {
        throw new IllegalArgumentException("span must be {begin, end} within the text of "
            + article.source() + " (" + article.text().length() + " characters), got "
            + java.util.Arrays.toString(span));
      }
    }
    return new Reading(analysis, FRAMING.at(spans, parsed, resolution.entities(), attributions));
  }

  /**
   * The time expressions that are not a person's name as the article's entities read it: "May's
   * cabinet" where the article names Theresa May (the resolver has already left "in May", "May
   * 5" to the month).
   */
  static List<TimeExpression> notNames(List<TimeExpression> times,
      List<Entity> entities) {
    List<int[]> names = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          names.add(new int[] {m.begin(), m.end()});
        }
      }
    }
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (TimeExpression t : times) {
      boolean name = false;
      for (int[] n : names) {
        name |= n[0] <= t.begin() && t.end() <= n[1];
      }
      if (!name) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The attributions whose cue is not in a line the text sets in square brackets: an editor's or
   * publisher's note ("[Editor's note: this story was updated to include …]", "[Fictional sample
   * article written by the Parallax team …]") says who wrote or changed the article, not who
   * claims what in the story.
   */
  static List<Attribution> outsideNotes(String text, List<Attribution> attributions) {
    List<int[]> notes = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end).strip();
      if (line.length() > 2 && line.startsWith("[") && line.endsWith("]")) {
        notes.add(new int[] {start, end});
      }
      start = end + 1;
    }
    if (notes.isEmpty()) {
      return attributions;
    }
    List<Attribution> kept = attributions.stream().filter(a -> notes.stream().noneMatch(
        n -> a.cue().begin() >= n[0] && a.cue().begin() < n[1])).toList();
    Set<String> ids = kept.stream().map(Attribution::id).collect(Collectors.toSet());
    // a chain keeps no hop that points at a note's attribution
    return kept.stream().map(a -> a.parent() == null || ids.contains(a.parent()) ? a
        : new Attribution(a.id(), null, a.source(), a.cue(), a.content(), a.direct(),
            a.stance(), a.contentParts())).toList();
  }

  /**
   * Framing cues of a bare text, without entities or attributions (every cue in narration, no
   * targets): for scoring the lexicon against span-annotated corpora.
   */
  public List<FramingCue> framingOnly(String text) {
    ParsedText parsed = parser.parse(text, t -> false);
    return FRAMING.detect(parsed, List.of(), List.of(), gazetteer);
  }

  /** Temporal expressions of a bare text, resolved against {@code published} (may be null). */
  public List<TimeExpression> timesOnly(String text, LocalDate published) {
    return times(parser.parse(text, t -> false), published);
  }

  /** Temporal expressions of a parsed text, resolved against {@code published} (may be null). */
  public static List<TimeExpression> times(ParsedText parsed, LocalDate published) {
    Map<Integer, LocalDate> dateInSentence = new HashMap<>();
    List<TimeExpression> out = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      out.clear();
      String reference = null;
      TimeResolver.Anchors anchors = new TimeResolver.Anchors();
      for (NamedSpan span : parsed.spans()) {
        if (!span.isTemporal()) {
          continue;
        }
        Sentence s = parsed.sentences().get(span.sentence());
        if (isPublicationNoun(s, span) || notATime(s, span)
            || MonthNames.isName(s.tokens(), span)) {
          continue;
        }
        if (isNamedDay(s, span)) {
          // "Thanksgiving Day", "Veterans Day": the day of the name before it, not a duration
          TimeExpression previous = out.isEmpty() ? null : out.get(out.size() - 1);
          if (previous != null && span.begin() - previous.end() <= 1
              && parsed.text().substring(previous.end(), span.begin()).isBlank()) {
            out.set(out.size() - 1, new TimeExpression(previous.begin(), span.end(),
                parsed.text().substring(previous.begin(), span.end()), previous.type(),
                previous.value(), previous.resolved(), previous.reason()));
          }
          continue;
        }
        TimeExpression narrative = TimeResolver.narrativeOffset(span, s, anchors);
        TimeExpression t = narrative != null ? narrative : TimeResolver.resolve(span, s,
            published, dateInSentence.get(s.index()), reference);
        if (t.resolved() && !t.type().equals("DURATION") && !t.type().equals("SET")) {
          anchors.seen(t.value());
        }
        TimeExpression lasting = t.value() != null && t.value().contains("X") ? null
            : lasting(parsed.text(), span);
        if (lasting != null) {
          out.add(lasting);
          continue;
        }
        String raw = span.timexValue() != null ? span.timexValue() : span.timexAltValue();
        boolean deictic = raw != null
            && raw.matches(".*\\b(OFFSET|THIS|PREV_IMMEDIATE|NEXT_IMMEDIATE)\\b.*")
            || t.text().toLowerCase(Locale.ROOT).matches(".*\\b(ago|earlier|before)");
        if (t.resolved() && t.type().equals("DATE") && t.value() != null && !deictic
            && t.value().matches("\\d{4}(-Q\\d|-\\d{2}|-SP|-SU|-FA|-WI)")) {
          // partial dates set the reference time of later offsets; "a year ago", "last year" do
          // not move it ("up 5% from a year ago … and 3% from a year ago" both count from the
          // quarter)
          reference = t.value();
        }
        if (pass == 0 && t.resolved() && t.value() != null
            && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            dateInSentence.putIfAbsent(s.index(), LocalDate.parse(t.value()));
          } catch (java.time.format.DateTimeParseException e) {
            // the parser's own value names no real day ("1999-02-30"): no anchor for clock times
          }
        }
        out.add(t);
      }
    }
    return out;
  }

  /**
   * What the time tagger takes for a time but a timeline has no use for: ages ("a 6-year-old",
   * "52 years old"), rates ("$5 a day", "twice a week"), fractions ("three-quarters of"), kinds
   * ("a quarterly dividend"), "the SEC" read as a second, the verb or adjective "present", the
   * first word of a hyphenated name ("Mar-a-Lago"), a verb ("spring into action"), a drop ("a
   * fall in demand"), a season in a name ("the Arab Spring"), "once" and "previously".
   */
  static boolean notATime(Sentence s, NamedSpan span) {
    List<Token> tokens = s.tokens();
    String text = span.text().toLowerCase(Locale.ROOT);
    boolean age = text.matches(".*years?[- ]old") || text.matches(".*years?")
        && span.lastToken() + 1 < tokens.size()
        && tokens.get(span.lastToken() + 1).word().toLowerCase(Locale.ROOT).matches("-?old");
    boolean acronym = false;
    for (int i = span.firstToken(); i <= span.lastToken(); i++) {
      String w = tokens.get(i).word();
      acronym |= w.equals("SEC") || w.equals("MIN") || w.equals("HR");
    }
    // "$5 a day", "twice a week": a rate
    boolean rate = text.matches("an? (day|week|month|year)") && span.firstToken() > 0
        && tokens.get(span.firstToken() - 1).word().toLowerCase(Locale.ROOT)
            .matches("[\\d.,]+|%|percent|times|twice|thrice|once|billion|million|thousand"
                + "|cents?|dollars?");
    // "three-quarters of the vote": a fraction
    boolean fraction = text.endsWith("quarters") && span.lastToken() + 1 < tokens.size()
        && tokens.get(span.lastToken() + 1).word().equalsIgnoreCase("of");
    // "a quarterly dividend", "the annual meeting", "future payments": a kind of thing, not a
    // time
    // "late night host Jimmy Kimmel", "the morning show", "an overnight flight" too
    boolean kind = (span.firstToken() == span.lastToken()
        && text.matches("daily|weekly|monthly|quarterly|annual|yearly|biweekly|biannual|future")
        || text.matches("(?:(?:the|a|an) )?(?:late[- ]?)?(?:night|morning|evening|afternoon)"
            + "|overnight|nightly"))
        && span.lastToken() + 1 < tokens.size()
        && tokens.get(span.lastToken() + 1).pos().matches("NNS?")
        && !tokens.get(span.lastToken() + 1).word().toLowerCase(Locale.ROOT)
            .matches("(day|week|month|quarter|year|decade|generation)s?");
    // "will present the report", "were present at the ceremony": the verb, the adjective; the
    // time is "the present", "at present", "until the present"
    boolean notNow = text.equals("present") && (span.firstToken() == 0 || !tokens
        .get(span.firstToken() - 1).word().toLowerCase(Locale.ROOT)
        .matches("the|at|until|till|to|from"));
    // "Mar-a-Lago": the first word of a hyphenated name (not "March-April")
    int after = span.lastToken() + 1;
    boolean cut = span.firstToken() == span.lastToken()
        && MonthNames.isMonth(tokens.get(span.firstToken()))
        && after + 1 < tokens.size() && tokens.get(after).word().equals("-")
        && tokens.get(after).begin() == span.end()
        && tokens.get(after + 1).begin() == tokens.get(after).end()
        && Character.isLowerCase(tokens.get(after + 1).word().charAt(0));
    // "critics fall into this trap", "spring into action": a verb is no season
    boolean verb = span.firstToken() == span.lastToken()
        && tokens.get(span.firstToken()).isVerb();
    // "a mysterious fall", "a fall in demand", "the fall of Kabul", "The fall came as …": a
    // drop, not autumn ("the fall of 2019", "early fall", "last fall" are)
    int before = span.firstToken() - 1;
    boolean drop = text.equals("fall") && (before >= 0 && tokens.get(before).word()
        .toLowerCase(Locale.ROOT).matches("an?|his|her|its|their|sudden|steep|sharp|mysterious"
            + "|dramatic|further|slight|big|huge|sharpest|biggest")
        || after < tokens.size() && tokens.get(after).word().toLowerCase(Locale.ROOT)
            .matches("in|from") || after + 1 < tokens.size()
            && tokens.get(after).word().equalsIgnoreCase("of")
            && !tokens.get(after + 1).word().matches("\\d{4}")
        // "The fall came as Trump met bankers": a sentence's subject doing something
        || before == 0 && tokens.get(0).word().equals("The") && after < tokens.size()
            && tokens.get(after).lemma().toLowerCase(Locale.ROOT).matches("come|follow|wipe"
                + "|erase|begin|start|continue|accelerate|deepen|trigger|push|send|mark|extend"
                + "|leave|bring|take|put"));
    // "the Arab Spring", "Silver Spring", "Operation Peace Spring", "the Beijing Winter
    // Olympics": a capitalised season after a capitalised word is part of a name (not "Late
    // Summer", "This Fall" opening a sentence or a title)
    boolean named = span.firstToken() == span.lastToken() && before >= 0
        && span.text().matches("Spring|Summer|Fall|Autumn|Winter")
        && Character.isUpperCase(tokens.get(before).word().charAt(0))
        && (tokens.get(before).pos().equals("NNP")
            || tokens.get(before).pos().equals("JJ") && !"O".equals(tokens.get(before).ner()))
        && !tokens.get(before).word().matches("Late|Early|Last|Next|This|That|Mid|Every|Each"
            + "|Past|Previous|Coming|Upcoming|Following|Same|Entire|Whole|Cold|Hot|Deadly");
    return age || acronym || rate || fraction || kind || notNow || cut || verb || drop || named
        || text.equals("once")
        || text.equals("previously");
  }

  private static final java.util.regex.Pattern LASTING = java.util.regex.Pattern.compile(
      "(?i)(?:an? )?(hours|days|weeks|months|years|decades)");

  /**
   * "a months-long dispute": a vague duration in the unit the compound names, not the one unit
   * the tagger reads in "a months" ({@code P1M}); null when the span is no such compound. Used
   * only where the tagger's value is not vague already ("decades-long" comes as {@code PXY}).
   */
  static @Nullable TimeExpression lasting(String text, NamedSpan span) {
    java.util.regex.Matcher m = LASTING.matcher(span.text());
    if (!m.matches() || !text.startsWith("-long", span.end())) {
      return null;
    }
    int begin = span.begin() + m.start(1);
    int end = span.end() + "-long".length();
    String unit = m.group(1).toLowerCase(Locale.ROOT);
    String value = switch (unit) {
      case "hours" -> "PTXH";
      case "decades" -> "PXE";
      default -> "PX" + Character.toUpperCase(unit.charAt(0));
    };
    return new TimeExpression(begin, end, text.substring(begin, end), "DURATION", value, false,
        "vague duration");
  }

  /** A capitalised "Day" after another capitalised word: the end of a holiday's name. */
  static boolean isNamedDay(Sentence s, NamedSpan span) {
    return span.firstToken() == span.lastToken() && span.firstToken() > 0
        && s.tokens().get(span.firstToken()).word().equals("Day")
        && Character.isUpperCase(s.tokens().get(span.firstToken() - 1).word().charAt(0));
  }

  /** "the daily Le Monde", "a weekly": a periodical, not a time expression. */
  static boolean isPublicationNoun(Sentence s, NamedSpan span) {
    if (span.firstToken() != span.lastToken() || span.firstToken() == 0) {
      return false;
    }
    String w = s.tokens().get(span.firstToken()).word().toLowerCase(Locale.ROOT);
    String before = s.tokens().get(span.firstToken() - 1).pos();
    boolean nextIsName = span.lastToken() + 1 < s.tokens().size()
        && s.tokens().get(span.lastToken() + 1).pos().startsWith("NNP");
    return w.matches("daily|weekly|monthly|quarterly") && (before.equals("DT") || nextIsName);
  }

  /**
   * Dependency parses are only worth their cost where a speech cue may need them: a speech verb
   * ("see" only with an "as" after it), "according to", "reportedly" and its kin, a statement
   * noun before "that" ("Trump's claim that …"), or "in" a poll or survey ("a 24-point lead in a
   * CNN poll").
   */
  static boolean needsDependencies(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.isVerb() && Cues.SEEN_AS.contains(lemma)) {
        // "sees X as Y" is a cue only with its "as": "see" alone is too common to parse for
        for (int j = i + 1; j < tokens.size(); j++) {
          if (tokens.get(j).word().equalsIgnoreCase("as")) {
            return true;
          }
        }
        continue;
      }
      if ((t.isVerb() && Cues.VERBS.containsKey(lemma)) || lemma.equals("according")
          || Cues.REPORTED.contains(lemma)
          || i + 1 < tokens.size() && Cues.NOUNS.containsKey(lemma)
              && tokens.get(i + 1).word().equalsIgnoreCase("that")) {
        return true;
      }
      if (lemma.equals("in")) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 6); j++) {
          if (AttributionExtractor.POLLS.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
