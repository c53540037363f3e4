package org.parallax.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.Outlet;
import org.parallax.model.Vectors;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.Stance;

/**
 * The outlets of one story or storyline side by side: the events in date order with the outlets
 * reporting each, claim groups with each outlet's status, the framing each outlet applies to each
 * actor by voice, and whose words each outlet carries. Every cell keeps its {@link Evidence}.
 *
 * @param id the story or storyline id
 * @param label a readable name: the earliest article's title, or its main entities
 * @param articles the articles, oldest first (undated last)
 * @param outlets the outlets, with how many of the articles each published
 * @param timeline reported events merged across articles, dated ones in date order, undated last
 * @param claimGroups propositions aligned across articles, most widely reported first
 * @param framing the cues each outlet applies, by target, kind, words and voice
 * @param sourcing per outlet: the sources it carries and its attribution chains
 */
public record Comparison(String id, String label, List<ArticleRef> articles,
    List<OutletRow> outlets, List<TimelineEntry> timeline, List<ClaimGroup> claimGroups,
    List<FramingRow> framing, List<SourcingProfile> sourcing) {
  public Comparison {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    timeline = List.copyOf(timeline);
    claimGroups = List.copyOf(claimGroups);
    framing = List.copyOf(framing);
    sourcing = List.copyOf(sourcing);
  }

  /** One article of the comparison. */
  public record ArticleRef(String id, String outletId, @Nullable String title,
      @Nullable String published, @Nullable String url, String text) {}

  /** An outlet with its registry facts and how many articles of the story it published. */
  public record OutletRow(Outlet outlet, int articles) {}

  /** How an outlet carries a proposition. */
  public enum Status {
    /** In the outlet's own narration, unattributed. */
    ASSERTED,
    /** Attributed to a named source (a person, organisation, government or outlet). */
    NAMED_SOURCE,
    /** Attributed to a source the outlet does not name ("sources", "military experts"). */
    UNNAMED_SOURCE,
    /** Reported as denied, or as not having happened. */
    DENIED,
    /**
     * Reported as not said by its source: "its sources did not allege that …", "would not say
     * whether …", "did not deny".
     */
    NOT_SAID,
    /** Not carried at all. */
    ABSENT
  }

  /**
   * One outlet's report of a timeline event.
   *
   * @param notSaid whether the report lies in what its source is said not to have said ("its
   *     sources did not allege that the unit took part in the explosion"): its participants are
   *     not taken
   * @param date the date its own text gives the event (a TimeML value), or null when it gives none
   */
  public record EventReport(String outletId, String articleId, Evidence trigger,
      @Nullable String source, boolean negated, Event.Modality modality, boolean notSaid,
      @Nullable String date) {

    /** A report whose text gives no date. */
    public EventReport(String outletId, String articleId, Evidence trigger,
        @Nullable String source, boolean negated, Event.Modality modality, boolean notSaid) {
      this(outletId, articleId, trigger, source, negated, modality, notSaid, null);
    }
  }

  /**
   * One event of the timeline, merged across articles (same type, a shared participant,
   * compatible dates).
   *
   * @param date ISO value, partial allowed ({@code 2023-11}), or null when no article dates it
   * @param precision {@code day}, {@code month}, {@code year}, {@code other} or {@code unknown}
   * @param named whether any participant resolves to an entity (not only descriptions such as
   *     "the militants")
   */
  public record TimelineEntry(@Nullable String date, String precision, Event.Type type,
      List<String> actors, List<String> targets, List<String> locations,
      List<EventReport> reports, boolean named) {}

  /** One outlet's claim inside a claim group. */
  public record Claim(String outletId, String articleId, Status status, @Nullable String source,
      @Nullable String sourceEntity, Evidence content) {}

  /**
   * Claims from one or more articles that state the same proposition.
   *
   * @param outlets every outlet of the comparison with its status ({@link Status#ABSENT} when it
   *     does not carry the claim)
   * @param contradiction whether a report carries what a report of another article (of another
   *     outlet or the same) denies, in words that are not themselves a negation
   */
  public record ClaimGroup(String id, String summary, Map<String, Status> outlets,
      List<Claim> claims, boolean contradiction) {}

  /** One framing cell: an outlet's words for a target, in one voice, counted. */
  public record FramingRow(String outletId, @Nullable String target, @Nullable String targetName,
      FramingCue.Kind kind, String label, FramingCue.Voice voice, int count,
      List<Evidence> evidence) {}

  /**
   * One hop of a sourcing chain, with the hops it reports; {@code country} is the country the
   * source speaks for or from (see {@link SourcingProfile#countries()}), or null.
   */
  public record SourceNode(String source, @Nullable String entity, String category,
      @Nullable String country, String cue, Stance stance, boolean negated, Evidence content,
      List<SourceNode> children) {}

  /**
   * Whose words an outlet carries.
   *
   * @param categories source category → attributions ({@code person}, {@code organisation},
   *     {@code government}, {@code media}, {@code group}; with no entity, {@code anonymous} where
   *     the description withholds who it is — "sources", "a person familiar with the matter" —
   *     else {@code unnamed}: "police", "military experts")
   * @param countries country name → attributions whose source speaks for or from it: a
   *     government, a person or organisation the gazetteer places there, or a description that
   *     names the country ("Turkey's defence ministry", "Russian officials"); most first
   * @param maxDepth the longest attribution chain (1: the outlet quotes someone directly)
   * @param chains the attribution trees, top level first
   */
  public record SourcingProfile(String outletId, Map<String, Integer> categories,
      Map<String, Integer> countries, int maxDepth, List<SourceNode> chains) {}

  /** Threshold of content-word cosine for two claims to state the same thing (no embeddings). */
  static final double SAME_CLAIM = 0.30;

  /**
   * Threshold of embedding cosine for two claims to state the same thing. Chosen on the ECB+
   * development topics with {@code parallax eval claims} (sentence pairs of one topic naming a
   * common entity; the same proposition when they report one gold event): 0.70 gives precision
   * 0.80 at recall 0.49 there, against 0.75 at 0.42 for the word rule, and beats the word rule on
   * both on the held-out topics too; 0.65 trades precision below the word rule's for recall.
   */
  static final double SAME_CLAIM_EMBEDDING = 0.70;

  /**
   * Mean embedding cosine of every claim of one group with every claim of another for the two
   * to be joined when a claim of each reads like a claim of the other ({@link
   * #SAME_CLAIM_EMBEDDING}). Below the pair's threshold, so that a group may hold the ways
   * several outlets word one thing, but not nothing: joined pair by pair alone, the 1,632 claims
   * of a storyline of 57 articles (AllSides, 2020-01-03 to 09, the killing of Soleimani and what
   * followed) chained into one group of 558. Chosen with the one for events below on the ECB+
   * development topics (`parallax eval claims`, claim groups; docs/EVALUATION.md).
   */
  static final double GROUP_EMBEDDING = 0.50;

  /**
   * Mean embedding cosine for two groups to be joined by an event in common (its type, an actor
   * and a target): lower, as the event says more than wording does, but not nothing, as a
   * storyline holds many reports of one actor striking one target that say different things.
   */
  static final double GROUP_EVENT_EMBEDDING = 0.40;

  /**
   * Embedding cosine of two claims' sentences for the same speaker's words quoted in both (an
   * echo) to link them: low, as the words themselves say they are one statement and the
   * sentences around them read apart where one outlet carries a paragraph and another two words
   * of it (Boris Johnson's answer to the UK Supreme Court: 0.34 and 0.39 across three outlets),
   * but not nothing, lest a speaker's stock phrase link what else they said. An echo then joins
   * the two claims' groups as a chain does: the paragraph's group says more than its echo.
   */
  static final double ECHO_EMBEDDING = 0.30;

  /** Content-word cosine of two claims' sentences for an echo to link them (no embeddings). */
  static final double ECHO_WORDS = 0.05;

  /** Mean content-word cosine for two groups to be joined by wording (no embeddings). */
  static final double GROUP_WORDS = 0.15;

  /** Mean content-word cosine for two groups to be joined by an event (no embeddings). */
  static final double GROUP_EVENT_WORDS = 0.05;

  /** The most claims about one entity compared pairwise. */
  static final int MAX_BLOCK = 500;

  /**
   * Compares {@code items}.
   *
   * @param isMedia whether an entity name is a news outlet (media are a source category of their
   *     own in the sourcing profile)
   */
  public static Comparison of(String id, List<Analysed> items, Predicate<String> isMedia) {
    return of(id, items, isMedia, null);
  }

  /**
   * Compares {@code items}, labelled by the title of {@code labelArticle} when it has one (a
   * storyline is best named by its largest story, not by whichever article came first).
   */
  public static Comparison of(String id, List<Analysed> items, Predicate<String> isMedia,
      @Nullable String labelArticle) {
    return of(id, items, isMedia, labelArticle, null);
  }

  /**
   * Compares {@code items}, aligning claims by the embeddings {@code embed} gives their wording
   * (null, or a null vector for one text: by their words).
   */
  public static Comparison of(String id, List<Analysed> items, Predicate<String> isMedia,
      @Nullable String labelArticle,
      @Nullable Function<String, float @Nullable []> embed) {
    return of(id, items, isMedia, labelArticle, embed, null);
  }

  /**
   * Compares {@code items}, aligning claims by the embeddings {@code embed} gives their wording
   * and merging timeline events also by their triggers' vectors in context, {@code spans} (null:
   * by shared participants alone).
   */
  public static Comparison of(String id, List<Analysed> items, Predicate<String> isMedia,
      @Nullable String labelArticle,
      @Nullable Function<String, float @Nullable []> embed,
      EventCoreference.@Nullable SpanVectors spans) {
    List<Analysed> byDate = new ArrayList<>(items);
    byDate.sort(Comparator.comparing((Analysed a) -> a.article().published() == null)
        .thenComparing(a -> a.article().published() == null ? "" : a.article().published()
            .toString()));
    EntityAlignment.Result aligned = EntityAlignment.align(byDate);
    List<Analysed> sorted = aligned.items();
    List<ArticleRef> refs = new ArrayList<>();
    Map<String, Integer> perOutlet = new LinkedHashMap<>();
    Map<String, Outlet> outletById = new LinkedHashMap<>();
    for (Analysed a : sorted) {
      Article ar = a.article();
      refs.add(new ArticleRef(ar.id(), ar.outlet().id(), ar.title(),
          ar.published() == null ? null : ar.published().toString(), ar.url(), ar.text()));
      perOutlet.merge(ar.outlet().id(), 1, Integer::sum);
      outletById.putIfAbsent(ar.outlet().id(), ar.outlet());
    }
    List<OutletRow> outlets = new ArrayList<>();
    perOutlet.forEach((o, n) -> outlets.add(new OutletRow(outletById.get(o), n)));
    Map<String, String> names = aligned.names();
    String label = sorted.stream().filter(a -> a.article().id().equals(labelArticle))
        .map(a -> a.article().title()).filter(t -> t != null && !t.isBlank()).findFirst()
        .orElseGet(() -> label(sorted, names));
    return new Comparison(id, label, refs, outlets, timeline(sorted, names, spans),
        claimGroups(sorted, perOutlet.keySet(), embed),
        framing(sorted, names, aligned.preferred()),
        sourcing(sorted, isMedia));
  }

  private static String label(List<Analysed> sorted, Map<String, String> names) {
    for (Analysed a : sorted) {
      if (a.article().title() != null && !a.article().title().isBlank()) {
        return a.article().title();
      }
    }
    Map<String, Integer> count = new HashMap<>();
    for (Analysed a : sorted) {
      for (Entity e : a.analysis().entities()) {
        if (!e.mentions().isEmpty()) {
          count.merge(e.id(), e.mentions().size(), Integer::sum);
        }
      }
    }
    List<String> top = count.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(3).map(e -> names.get(e.getKey())).toList();
    return top.isEmpty() ? "(untitled)" : String.join(", ", top);
  }

  // ---- timeline -------------------------------------------------------------------------------

  private static final class EventCluster {
    final Event.Type type;
    @Nullable String date;
    /** Named participants by role, each with the number of reports that name it so. */
    final Map<String, Integer> actors = new java.util.LinkedHashMap<>();
    final Map<String, Integer> targets = new java.util.LinkedHashMap<>();
    final Map<String, Integer> locations = new java.util.LinkedHashMap<>();
    /**
     * Participants the reports describe without naming ("six other nations", "an overt liar"),
     * by role: shown only for a role no report names anyone in, as a merged event's reports
     * describe its sides in as many ways as there are outlets.
     */
    final Set<String> describedActors = new java.util.LinkedHashSet<>();
    final Set<String> describedTargets = new java.util.LinkedHashSet<>();
    final Set<String> describedLocations = new java.util.LinkedHashSet<>();
    final List<EventReport> reports = new ArrayList<>();
    /** The entity ids of its actors and targets. */
    final Set<String> arguments = new HashSet<>();
    final List<Trigger> triggers = new ArrayList<>();
    /** The publication days of the articles of its reports that give no date. */
    final Set<java.time.LocalDate> undatedPublished = new HashSet<>();
    /** The entity ids of its actors, and of its targets. */
    final Set<String> actorIds = new HashSet<>();
    final Set<String> targetIds = new HashSet<>();
    /** The articles it is reported in. */
    final Set<String> articles = new HashSet<>();
    /** The entity ids of the places its reports give. */
    final Set<String> placeIds = new HashSet<>();
    /** The entity id of each participant name shown. */
    final Map<String, String> idOf = new HashMap<>();

    /**
     * Whether a report with these participants is this event's by a participant in common: in
     * the same role ("Iran accused the US" is not "the US accused Iran") and none named otherwise
     * in a role both fill ("Iran seized a British tanker" is not "Britain seized an Iranian
     * tanker" for their common Iran); for meetings, agreements and broken ties, whose two sides
     * outlets name in either order, any participant in common.
     */
    boolean sharesParticipant(Event.Type t, Set<String> args, Set<String> actors,
        Set<String> targets, Sides sides) {
      if (t == Event.Type.MEET || t == Event.Type.AGREE || t == Event.Type.SEVER_RELATIONS) {
        if (arguments.stream().anyMatch(args::contains)) {
          return true;
        }
        // "Lavrov" and "Russia" are one side; then the other sides must not differ ("Lavrov met
        // Wang Yi" is not "Russia held talks with Mali")
        Set<String> mine = new HashSet<>(arguments);
        Set<String> theirs = new HashSet<>(args);
        boolean one = false;
        for (String a : arguments) {
          for (String b : args) {
            if (sides.same(a, b)) {
              mine.remove(a);
              theirs.remove(b);
              one = true;
            }
          }
        }
        return one && (mine.isEmpty() || theirs.isEmpty() || sides.overlap(mine, theirs));
      }
      return (sides.overlap(actors, actorIds)
          || !java.util.Collections.disjoint(targets, targetIds))
          && !conflicts(actors, targets, sides);
    }

    /**
     * Whether an event with these actor and target ids names other participants in a role; a
     * person and the state they serve are one side ("Trump" and "the U.S." killing Soleimani),
     * two people are two.
     */
    boolean conflicts(Set<String> actors, Set<String> targets, Sides sides) {
      return !actors.isEmpty() && !actorIds.isEmpty() && !sides.overlap(actors, actorIds)
          || !targets.isEmpty() && !targetIds.isEmpty()
          && java.util.Collections.disjoint(targets, targetIds);
    }

    /**
     * Whether a report with this date (null: the text gives none), in an article of this
     * publication day, can be told of the same time as this event's reports: an undated report
     * is told as of its article's day, so it joins an event dated within a month of that day
     * ("the Trump campaign's attacks on Sanders" are not the 2003 invasion because both name the
     * United States), and a dated report joins only if each undated report's article is that
     * near its date.
     */
    boolean sameTime(@Nullable String date, java.time.@Nullable LocalDate published) {
      if (date == null) {
        return this.date == null || near(this.date, published);
      }
      for (java.time.LocalDate p : undatedPublished) {
        if (!near(date, p)) {
          return false;
        }
      }
      return true;
    }
    boolean named;

    EventCluster(Event.Type type) {
      this.type = type;
    }
  }

  /** A report's trigger word, with its vector in its sentence made on first need. */
  private static final class Trigger {
    final String article;
    /** Whether its report names no participant (set by the timeline). */
    boolean bare;
    final String stem;
    final String text;
    final int begin;
    final int end;
    float @Nullable [] vector;
    boolean failed;

    Trigger(String article, String text, int begin, int end) {
      this.article = article;
      this.text = text;
      this.begin = begin;
      this.end = end;
      String word = text.substring(begin, end).strip();
      this.stem = EventCoreference.stem(word.isEmpty() ? word : word.split("\\s+")[0]);
    }

    /** Its words as the text writes them. */
    String word() {
      return text.substring(begin, end);
    }

    /** Its vector, or null when the model failed on it. */
    float @Nullable [] vector(EventCoreference.SpanVectors spans) {
      if (vector == null && !failed) {
        int[] s = sentence(text, begin, end);
        try {
          vector = spans.of(text.substring(s[0], s[1]), begin - s[0], end - s[0]);
        } catch (RuntimeException e) {
          failed = true; // merged by shared participants only, as without a model
        }
      }
      return vector;
    }

    boolean corefers(Trigger other, EventCoreference.SpanVectors spans) {
      float[] mine = vector(spans);
      float[] theirs = other.vector(spans);
      return mine != null && theirs != null
          && EventCoreference.corefer(stem, mine, other.stem, theirs);
    }
  }

  /**
   * An event's calendar date, or null: "now" or "recently" ({@code PRESENT_REF}, {@code
   * PAST_REF}) and durations are resolved values but no place on a timeline.
   */
  static @Nullable String date(Event e) {
    String value = e.time() != null && e.time().resolved() ? e.time().value() : null;
    return value != null && !value.isEmpty() && Character.isDigit(value.charAt(0)) ? value : null;
  }

  /**
   * Whether two partial ISO dates can be the same day: equal, one a prefix of the other, one day
   * at two times of it ("Monday night", {@code 2025-05-05TNI}, and "shortly before midnight on
   * Monday", {@code 2025-05-05T24}), or a day and the week it falls in ("this week" and "Monday
   * night").
   */
  static boolean compatible(@Nullable String a, @Nullable String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a) || dayOfWeek(a, b)
        || dayOfWeek(b, a) || a.length() > 10 && b.length() > 10 && a.charAt(10) == 'T'
            && b.charAt(10) == 'T' && a.regionMatches(0, b, 0, 10);
  }

  /** Whether {@code day} is a day of the week {@code week} (not its weekend alone). */
  private static boolean dayOfWeek(String week, String day) {
    if (!WEEK_ONLY.matcher(week).matches() || !day(day)) {
      return false;
    }
    java.time.LocalDate[] w = span(week);
    java.time.LocalDate[] d = span(day);
    return w != null && d != null && !d[0].isBefore(w[0]) && !d[0].isAfter(w[1]);
  }

  private static final java.util.regex.Pattern WEEK_ONLY =
      java.util.regex.Pattern.compile("\\d{4}-W\\d{2}");

  /**
   * The state each person of a comparison serves, as its analysis gives it (the gazetteer's
   * {@code country}): a person and their state are one side of an event ("Trump" and "the U.S."
   * killing Soleimani). Organisations are left out: a country's parties are not its side.
   */
  record Sides(Map<String, String> countryOf) {
    static Sides of(List<Analysed> analysed) {
      Map<String, String> out = new HashMap<>();
      for (Analysed a : analysed) {
        for (org.parallax.model.analysis.Entity e : a.analysis().entities()) {
          if (e.type() == EntityType.PERSON && e.country() != null) {
            out.putIfAbsent(e.id(), e.country());
          }
        }
      }
      return new Sides(out);
    }

    /** Whether {@code a} and {@code b} are one, or one is the other's state. */
    boolean same(String a, String b) {
      return a.equals(b) || b.equals(countryOf.get(a)) || a.equals(countryOf.get(b));
    }

    boolean overlap(Set<String> xs, Set<String> ys) {
      for (String x : xs) {
        for (String y : ys) {
          if (same(x, y)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** Whether a date names a day. */
  private static boolean day(@Nullable String date) {
    return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  /**
   * Whether two dates of day precision are a day apart: one night's strike is "Thursday night"
   * where it was ordered and "Friday" where it hit (the killing of Qassem Soleimani, 2020-01-02
   * in Washington, 2020-01-03 in Baghdad), so reports of one event with a participant in common
   * may differ by a day.
   */
  static boolean nextDay(@Nullable String a, @Nullable String b) {
    if (!day(a) || !day(b)) {
      return false;
    }
    try {
      return Math.abs(java.time.LocalDate.parse(a.substring(0, 10)).toEpochDay()
          - java.time.LocalDate.parse(b.substring(0, 10)).toEpochDay()) == 1;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** The days of the month before and after a date's span that still count as near it. */
  static final int NEAR_DAYS = 31;

  /**
   * Whether day {@code published} lies within a month of the span of TimeML value {@code date}
   * (a day, week, month, quarter, season, year, decade or century); true when either is unknown.
   */
  static boolean near(String date, java.time.@Nullable LocalDate published) {
    java.time.LocalDate[] span = span(date);
    return published == null || span == null
        || !published.isBefore(span[0].minusDays(NEAR_DAYS))
        && !published.isAfter(span[1].plusDays(NEAR_DAYS));
  }

  /** The first and last day of a TimeML value's span, or null when it has no calendar span. */
  static java.time.LocalDate @Nullable [] span(String date) {
    try {
      String p = precision(date);
      java.time.LocalDate start;
      java.time.LocalDate end;
      switch (p) {
        case "day" -> {
          start = java.time.LocalDate.parse(date.substring(0, 10));
          end = start;
        }
        case "week" -> {
          start = java.time.LocalDate.parse(sortKey(date));
          end = start.plusDays(6);
        }
        case "month", "quarter", "season" -> {
          start = java.time.YearMonth.parse(sortKey(date)).atDay(1);
          end = start.plusMonths(p.equals("month") ? 1 : 3).minusDays(1);
        }
        case "year", "decade", "century" -> {
          int digits = date.length();
          int from = Integer.parseInt(date) * (int) Math.pow(10, 4 - digits);
          start = java.time.LocalDate.of(from, 1, 1);
          end = java.time.LocalDate.of(from + (int) Math.pow(10, 4 - digits) - 1, 12, 31);
        }
        default -> {
          return null;
        }
      }
      return new java.time.LocalDate[] {start, end};
    } catch (RuntimeException e) {
      return null; // a value the patterns let through but the calendar does not ("2019-13")
    }
  }

  private static List<TimelineEntry> timeline(List<Analysed> sorted, Map<String, String> names,
      EventCoreference.@Nullable SpanVectors spans) {
    List<EventCluster> clusters = new ArrayList<>();
    Sides sides = Sides.of(sorted);
    for (Analysed a : sorted) {
      Analysis an = a.analysis();
      Map<String, Attribution> attributions = new HashMap<>();
      an.attributions().forEach(at -> attributions.put(at.id(), at));
      for (Event told : an.events()) {
        if (told.trigger().end() > a.article().text().length()) {
          continue;
        }
        // "its sources did not allege that the unit took part in the explosion": the explosion
        // is told, the unit's part in it is not
        boolean unsaid = notSaid(attributions.get(told.attribution()), attributions);
        Event e = unsaid ? new Event(told.id(), told.type(), told.trigger(), List.of(),
            told.time(), told.negated(), told.modality(), told.attribution()) : told;
        Set<String> args = new HashSet<>();
        Set<String> actorIds = new HashSet<>();
        Set<String> targetIds = new HashSet<>();
        Set<String> placeIds = new HashSet<>();
        for (Event.Participant p : e.participants()) {
          if (p.entity() != null && p.role() != Event.Role.LOCATION) {
            args.add(p.entity());
            (p.role() == Event.Role.ACTOR ? actorIds : targetIds).add(p.entity());
          } else if (p.entity() != null) {
            placeIds.add(p.entity());
          }
        }
        String date = date(e);
        java.time.LocalDate published = a.article().published();
        EventCluster home = null;
        if (!args.isEmpty()) {
          for (EventCluster c : clusters) {
            if (c.type == e.type() && (compatible(c.date, date) || nextDay(c.date, date))
                && c.sameTime(date, published)
                && c.sharesParticipant(e.type(), args, actorIds, targetIds, sides)) {
              home = c;
              break;
            }
          }
        }
        if (home == null && e.type().placed() && day(date) && !placeIds.isEmpty()) {
          // "a gunman killed 22 people in El Paso" and "the El Paso shooting" on one day: a
          // shooting, a quake or a protest is one by its place and day, whoever its reports name
          for (EventCluster c : clusters) {
            if (c.type == e.type() && day(c.date) && compatible(c.date, date)
                && c.sameTime(date, published)
                && !java.util.Collections.disjoint(c.placeIds, placeIds)
                && !c.conflicts(actorIds, targetIds, sides)) {
              home = c;
              break;
            }
          }
        }
        Trigger trigger = new Trigger(a.article().id(), a.article().text(), e.trigger().begin(),
            e.trigger().end());
        trigger.bare = args.isEmpty() && placeIds.isEmpty();
        if (home == null && spans != null) {
          // no participant in common: another article's report of the event when the triggers
          // read alike in their sentences ("the shooting" / "gunned down"; docs/EVALUATION.md,
          // event coreference) and no role names someone else (one article's two "training"s
          // of different forces stay two)
          for (EventCluster c : clusters) {
            if (c.type == e.type() && compatible(c.date, date) && c.sameTime(date, published)
                && !c.articles.contains(a.article().id())
                && !c.conflicts(actorIds, targetIds, sides)
                && c.triggers.stream().anyMatch(t -> t.corefers(trigger, spans))) {
              home = c;
              break;
            }
          }
        }
        if (home == null && definite(a.article().text(), e.trigger().begin())) {
          home = antecedent(clusters, e.type(), trigger, a.article().id(), date, published,
              actorIds, targetIds, placeIds, sides);
        }
        if (home == null) {
          home = new EventCluster(e.type());
          clusters.add(home);
        }
        home.triggers.add(trigger);
        if (date == null && published != null) {
          home.undatedPublished.add(published);
        }
        home.placeIds.addAll(placeIds);
        home.arguments.addAll(args);
        home.actorIds.addAll(actorIds);
        home.targetIds.addAll(targetIds);
        home.articles.add(a.article().id());
        if (date != null && (home.date == null || date.length() > home.date.length())) {
          home.date = date;
        }
        Set<String> counted = new HashSet<>();
        for (Event.Participant p : e.participants()) {
          home.named |= p.entity() != null;
          if (p.entity() != null) {
            String name = names.getOrDefault(p.entity(), p.entity());
            home.idOf.putIfAbsent(name, p.entity());
            if (counted.add(p.role() + "\u0000" + name)) {
              (p.role() == Event.Role.ACTOR ? home.actors : p.role() == Event.Role.TARGET
                  ? home.targets : home.locations).merge(name, 1, Integer::sum);
            }
          } else {
            (p.role() == Event.Role.ACTOR ? home.describedActors
                : p.role() == Event.Role.TARGET ? home.describedTargets
                : home.describedLocations).add(p.span().text());
          }
        }
        Attribution at = e.attribution() == null ? null : attributions.get(e.attribution());
        String source = at == null ? null : at.source().span() != null
            ? speaker(at.source().text(), at.source().entity(), a.analysis().entities())
            : at.source().entity();
        home.reports.add(new EventReport(a.article().outlet().id(), a.article().id(),
            new Evidence(a.article().id(), e.trigger().begin(), e.trigger().end(),
                e.trigger().text()), source, e.negated(), e.modality(), unsaid, date));
      }
    }
    List<TimelineEntry> out = new ArrayList<>();
    for (EventCluster c : clusters) {
      c.date = consensus(c.date, c.reports);
      String precision = precision(c.date);
      oneRole(c.actors, c.targets);
      if (c.type == Event.Type.MEET || c.type == Event.Type.AGREE
          || c.type == Event.Type.SEVER_RELATIONS) {
        oneSide(c.actors, c.targets, c.idOf, sides); // two sides, either order
      }
      out.add(new TimelineEntry(c.date, precision, c.type, or(c.actors, c.describedActors),
          or(c.targets, c.describedTargets), or(c.locations, c.describedLocations), c.reports,
          c.named));
    }
    // dated first in date order (stable: first reported first among equals), undated after
    out.sort(Comparator.comparing((TimelineEntry t) -> t.date() == null)
        .thenComparing(t -> t.date() == null ? "" : sortKey(t.date())));
    return out;
  }

  /**
   * The date an event's reports agree on: of the dates they give at the finest precision any
   * gives, the one the most reports' dates are compatible with ("Thursday" against one report's
   * stray "Tuesday", each week a vote for both); on a tie {@code first}, the date the event was
   * merged under, else the first reported. Null when no report gives a date.
   */
  static @Nullable String consensus(@Nullable String first, List<EventReport> reports) {
    List<String> dates = new ArrayList<>();
    for (EventReport r : reports) {
      if (r.date() != null) {
        dates.add(r.date());
      }
    }
    int finest = dates.stream().mapToInt(Comparison::fineness).max().orElse(0);
    String best = first;
    int bestSupport = -1;
    for (String d : new java.util.LinkedHashSet<>(dates)) {
      if (fineness(d) != finest) {
        continue;
      }
      int support = (int) dates.stream().filter(o -> compatible(d, o)).count();
      if (support > bestSupport || support == bestSupport && d.equals(first)) {
        best = d;
        bestSupport = support;
      }
    }
    return best;
  }

  /** How fine a date is: a day (with or without a part of it) finest, then a week, a month, … */
  private static int fineness(String date) {
    return FINENESS.indexOf(precision(date));
  }

  /** Precisions from the coarsest to the finest. */
  private static final List<String> FINENESS = List.of("other", "century", "decade", "year",
      "season", "quarter", "month", "week", "day");

  /** How many of an event's reports give a date compatible with {@code date}. */
  public static int datedBy(@Nullable String date, List<EventReport> reports) {
    return date == null ? 0 : (int) reports.stream()
        .filter(r -> r.date() != null && compatible(date, r.date())).count();
  }

  /**
   * Whether a definite determiner stands right before the trigger at {@code begin}: "the
   * explosion", "this attack" — a noun that points back. (Not with words between: "the Guard
   * attacked" is a subject and its verb; not "that", which may be a relative pronoun before a
   * verb: "a man that shot".)
   */
  static boolean definite(String text, int begin) {
    int from = Math.max(0, begin - 40);
    return DEFINITE.matcher(text.substring(from, begin)).find();
  }

  private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile(
      "(?i)(?:^|[^\\p{L}])(?:the|this)\\s+$");

  /** Nouns news uses for one happening in turn: "an explosion" … "the blast". */
  private static final List<Set<String>> SYNONYMS = List.of(
      Set.of("explosion", "blast", "detonation"),
      Set.of("earthquake", "quake", "tremor"),
      Set.of("talks", "negotiations"),
      Set.of("shooting", "gunfire"));

  /** Whether two trigger words are nouns for one happening ({@link #SYNONYMS}). */
  static boolean synonyms(String a, String b) {
    String x = a.strip().toLowerCase(Locale.ROOT);
    String y = b.strip().toLowerCase(Locale.ROOT);
    return SYNONYMS.stream().anyMatch(g -> g.contains(x) && g.contains(y));
  }

  /**
   * The event a definite noun of an article points back to ("An explosion damaged the dam … Halm
   * said Ostmark had nothing to do with the explosion"): the article's last earlier report of an
   * event of that type in the same word or a synonym ("the blast" after "an explosion"; not "the
   * attack" after "attacks"), with no other event
   * of the type told since except by a definite noun of its own ("the blast"; not "the attack"
   * after a "killing" told since the last "attack"), at a compatible date, with no role naming
   * someone else and no place apart ("the El Paso shooting … the shooting in Dayton"); null when
   * there is none. Two verbs of one text ("shot", "shot") stay two events.
   */
  private static @Nullable EventCluster antecedent(List<EventCluster> clusters, Event.Type type,
      Trigger trigger, String article, @Nullable String date,
      java.time.@Nullable LocalDate published, Set<String> actorIds, Set<String> targetIds,
      Set<String> placeIds, Sides sides) {
    // the article's earlier reports of this type, last first
    List<Map.Entry<Trigger, EventCluster>> before = new ArrayList<>();
    for (EventCluster c : clusters) {
      if (c.type != type) {
        continue;
      }
      for (Trigger t : c.triggers) {
        if (t.article.equals(article) && t.begin < trigger.begin) {
          before.add(Map.entry(t, c));
        }
      }
    }
    before.sort(Comparator.comparingInt((Map.Entry<Trigger, EventCluster> x) -> -x.getKey().begin));
    EventCluster best = null;
    for (Map.Entry<Trigger, EventCluster> x : before) {
      Trigger t = x.getKey();
      if (t.word().equalsIgnoreCase(trigger.word()) || synonyms(t.word(), trigger.word())) {
        best = x.getValue();
        break;
      }
      if (!definite(t.text, t.begin) || !t.bare && x.getValue().triggers.stream().noneMatch(
          o -> o.article.equals(article) && o.begin < t.begin)) {
        // a verb, "a …", or a definite noun that began an event of its own with someone or
        // somewhere named ("The bombing in Selm killed five") tells another event since
        break;
      }
      // another definite noun that names no one and nowhere ("the blast"), or that points back
      // itself: look past it
    }
    return best != null
        && compatible(best.date, date) && best.sameTime(date, published)
        && !best.conflicts(actorIds, targetIds, sides)
        && (placeIds.isEmpty() || best.placeIds.isEmpty()
            || !java.util.Collections.disjoint(best.placeIds, placeIds)) ? best : null;
  }

  /**
   * How precise a TimeML value is: {@code day} (also with a part of day or a clock time,
   * {@code 2024-10-08TNI}), {@code week} ({@code 2024-W40}, {@code 2024-W40-WE}), {@code month},
   * {@code quarter}, {@code season}, {@code year}, {@code decade} ({@code 197}), {@code century}
   * ({@code 19}); {@code other} for anything else, {@code unknown} for none.
   */
  static String precision(@Nullable String date) {
    if (date == null) {
      return "unknown";
    }
    if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return "day";
    }
    if (date.matches("\\d{4}-W\\d{2}.*")) {
      return "week";
    }
    if (date.matches("\\d{4}-\\d{2}")) {
      return "month";
    }
    if (date.matches("\\d{4}-Q\\d")) {
      return "quarter";
    }
    if (date.matches("\\d{4}-(SP|SU|FA|WI)")) {
      return "season";
    }
    return date.matches("\\d{4}") ? "year" : date.matches("\\d{3}") ? "decade"
        : date.matches("\\d{2}") ? "century" : "other";
  }

  private static final java.util.regex.Pattern WEEK_VALUE =
      java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final java.util.regex.Pattern PERIOD_VALUE =
      java.util.regex.Pattern.compile("(\\d{4})-(Q(\\d)|SP|SU|FA|WI)");

  /** Sorts TimeML values by when they start: a week by its Monday, a quarter by its first month. */
  static String sortKey(String date) {
    java.util.regex.Matcher m = WEEK_VALUE.matcher(date);
    if (m.matches()) {
      java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
          .with(java.time.DayOfWeek.MONDAY);
      return monday.toString();
    }
    m = PERIOD_VALUE.matcher(date);
    if (m.matches()) {
      int month = m.group(3) != null ? 3 * Integer.parseInt(m.group(3)) - 2
          : switch (m.group(2)) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
          };
      return String.format(java.util.Locale.ROOT, "%s-%02d", m.group(1), month);
    }
    // midnight ending a day ("T24") after its morning, afternoon and evening ("TMO" … "TNI")
    return date.replace("T24", "T~");
  }

  // ---- claim groups ---------------------------------------------------------------------------

  /**
   * Keeps a participant that reports name in both roles in the role more of them give it (the
   * actor's on a tie): "Iran → Iran" for a deal Iran made, read as the actor by some reports and
   * as the other side by others, is "Iran → world powers" or "Iran".
   */
  static void oneRole(Map<String, Integer> actors, Map<String, Integer> targets) {
    for (String name : List.copyOf(actors.keySet())) {
      Integer asTarget = targets.get(name);
      if (asTarget != null) {
        if (actors.get(name) >= asTarget) {
          targets.remove(name);
        } else {
          actors.remove(name);
        }
      }
    }
  }

  /** Pronouns as a description gives them (not "US" or "IT", which are names). */
  private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
      "([Tt]hem|[Tt]hey|[Ii]t|[Ii]ts|[Hh]im|[Hh]er|[Hh]e|[Ss]he|us|Us|[Ww]e|[Yy]ou|[Tt]hemselves"
          + "|[Ii]tself|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)");

  /**
   * A person and the state they serve on the two sides of one merged meeting, agreement or break
   * ("Russia → Sergei Lavrov" of a meeting whose reports name Russia and its foreign minister)
   * are one side: the one fewer reports give is left out of the label (the target on a tie).
   */
  static void oneSide(Map<String, Integer> actors, Map<String, Integer> targets,
      Map<String, String> idOf, Sides sides) {
    for (String a : List.copyOf(actors.keySet())) {
      for (String t : List.copyOf(targets.keySet())) {
        String ai = idOf.get(a);
        String ti = idOf.get(t);
        if (ai == null || ti == null || ai.equals(ti) || !sides.same(ai, ti)
            || !actors.containsKey(a)) {
          continue;
        }
        if (actors.get(a) >= targets.get(t)) {
          targets.remove(t);
        } else {
          actors.remove(a);
        }
      }
    }
  }

  /**
   * The named participants of a role, or where none is named, the descriptions (pronouns only
   * when there is nothing else: "the countries", not "them, the countries"). Named ones come
   * most-reported first, and where some are named by two reports or more, those alone: a merged
   * event's label says what its reports agree on ("United States → Qasem Soleimani"), not every
   * participant one report's reading gave it (each report's own stays in its analysis).
   */
  private static List<String> or(Map<String, Integer> named, Set<String> described) {
    if (named.isEmpty()) {
      // "them, the countries": a pronoun says nothing beside a description of the same role
      List<String> words = described.stream()
          .filter(d -> !PRONOUN.matcher(d.strip()).matches()).toList();
      return words.isEmpty() ? List.copyOf(described) : words;
    }
    int most = java.util.Collections.max(named.values());
    return named.entrySet().stream().filter(e -> most < 2 || e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }

  /**
   * A claim while grouping: its terms, argument entities and event keys, and the sentence it
   * stands in (what it is embedded by: a short content such as "Ukraine as a “terrorist” state"
   * is mostly names, its sentence says what is claimed of them).
   */
  /**
   * A claim being grouped; {@code speaker} names its source in the group's summary, {@code
   * narration} marks a sentence of the outlet's own narration (its events), as against an
   * attribution, and {@code attribution} and {@code parent} are the ids of the attribution it is
   * and of the one that reports it (null for narration).
   */
  private record Draft(Claim claim, Map<String, Integer> terms, Set<String> arguments,
      Set<String> events, String sentence, @Nullable String speaker, @Nullable String cue,
      boolean narration, @Nullable String attribution, @Nullable String parent,
      List<Quoted> quoted) {}

  /** A candidate link between claims {@code x < y}, of a {@code kind} and a strength. */
  private record Link(int x, int y, LinkKind kind, double strength) {}

  /** Why two claims may be one, in the order links are taken. */
  private enum LinkKind { CHAIN, ECHO, EVENT, WORDING }

  /**
   * Whether two claims of one article are one statement told twice: from one source (one entity,
   * else the same words or none), in the same voice and with the same status, their contents the
   * same words ("not" and numbers included; case and punctuation aside), three content words or
   * more. An article that repeats its lead in its body (a summary above the story, a paragraph
   * pasted twice) showed the same claim as two rows of the matrix. Only claims that meet in a
   * block (a common entity, or a common source entity) are compared.
   */
  static boolean repeats(Draft one, Draft two) {
    Claim a = one.claim();
    Claim b = two.claim();
    if (one.narration() != two.narration() || a.status() != b.status()) {
      return false;
    }
    boolean sameSource = a.sourceEntity() != null || b.sourceEntity() != null
        ? java.util.Objects.equals(a.sourceEntity(), b.sourceEntity())
        : a.source() == null ? b.source() == null
            : b.source() != null && a.source().equalsIgnoreCase(b.source());
    return sameSource && Terms.sequence(a.content().text()).size() >= 3
        && plain(a.content().text()).equals(plain(b.content().text()));
  }

  /** Lower-case words and numbers, one space between them: "the ' shocking" is "the shocking". */
  private static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** How alike two claims read: their sentences' embeddings, else their words. */
  private static double likeness(List<Draft> drafts, Function<Integer, float @Nullable []> vector,
      int i, int j) {
    float[] a = vector.apply(i);
    float[] b = vector.apply(j);
    return a != null && b != null ? Vectors.cosine(a, b)
        : cosine(drafts.get(i).terms(), drafts.get(j).terms());
  }

  /**
   * What a group of claims says as a whole: the sums of its members' words and embeddings, each
   * scaled to length one, so that the dot product of two groups' sums over the product of their
   * sizes is the mean cosine of every claim of one with every claim of the other (average link;
   * the cosine of two centroids would not do, as the mean of many sentences of one storyline
   * drifts towards the storyline's own mean and every big group looks like every other).
   */
  private record Profile(Map<String, Double> terms, float @Nullable [] vector, int size) {
    static Profile of(Map<String, Integer> terms, float @Nullable [] vector) {
      double norm = Math.sqrt(terms.values().stream().mapToDouble(x -> (double) x * x).sum());
      Map<String, Double> t = new HashMap<>();
      terms.forEach((w, k) -> t.put(w, k / norm));
      float[] v = null;
      if (vector != null) {
        double len = 0;
        for (float x : vector) {
          len += (double) x * x;
        }
        v = new float[vector.length];
        for (int i = 0; i < v.length && len > 0; i++) {
          v[i] = (float) (vector[i] / Math.sqrt(len));
        }
      }
      return new Profile(t, v, 1);
    }

    Profile plus(Profile o) {
      Map<String, Double> t = new HashMap<>(terms);
      o.terms.forEach((w, k) -> t.merge(w, k, Double::sum));
      float[] v = null;
      if (vector != null && o.vector != null) {
        v = vector.clone();
        for (int i = 0; i < v.length; i++) {
          v[i] += o.vector[i];
        }
      }
      return new Profile(t, v, size + o.size);
    }

    /**
     * Whether two groups say the same as wholes: the mean cosine of their embeddings at least
     * {@link #GROUP_EMBEDDING}, or for groups joined by one event in common {@link
     * #GROUP_EVENT_EMBEDDING}; without embeddings, of their words ({@link #GROUP_WORDS}, for an
     * event {@link #GROUP_EVENT_WORDS}).
     */
    boolean alike(Profile o, boolean event) {
      double pairs = (double) size * o.size;
      if (vector != null && o.vector != null) {
        double dot = 0;
        for (int i = 0; i < vector.length; i++) {
          dot += (double) vector[i] * o.vector[i];
        }
        return dot / pairs >= (event ? GROUP_EVENT_EMBEDDING : GROUP_EMBEDDING);
      }
      double dot = 0;
      for (Map.Entry<String, Double> e : terms.entrySet()) {
        Double w = o.terms.get(e.getKey());
        dot += w == null ? 0 : e.getValue() * w;
      }
      return dot / pairs >= (event ? GROUP_EVENT_WORDS : GROUP_WORDS);
    }
  }

  private static List<ClaimGroup> claimGroups(List<Analysed> sorted, Set<String> outletIds,
      @Nullable Function<String, float @Nullable []> embed) {
    List<Draft> drafts = new ArrayList<>();
    for (Analysed a : sorted) {
      drafts.addAll(drafts(a));
    }
    int n = drafts.size();
    UnionFind sets = new UnionFind(n);
    // sentences that hold two claims or more ("Serbia has pledged to stay out of NATO and refused
    // to join sanctions"): their claims share the sentence's embedding, which cannot tell them
    // apart, so across articles they must also share a word of what is claimed
    Map<String, Integer> perSentence = new HashMap<>();
    for (Draft d : drafts) {
      perSentence.merge(d.claim().articleId() + "\n" + d.sentence(), 1, Integer::sum);
    }
    boolean[] crowded = new boolean[n];
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      crowded[i] = perSentence.get(d.claim().articleId() + "\n" + d.sentence()) > 1;
    }
    // made on first need: only claims compared with another article's are embedded
    Map<Integer, float @Nullable []> vectors = new HashMap<>();
    Function<Integer, float @Nullable []> vector = i -> {
      if (embed != null && !vectors.containsKey(i)) {
        vectors.put(i, embed.apply(drafts.get(i).sentence()));
      }
      return vectors.get(i);
    };
    // block by argument entity and by source entity: only claims about a common entity, or
    // from a common source ("These posts are inappropriate," said the chief in both outlets),
    // are compared
    Map<String, List<Integer>> byArgument = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String e : drafts.get(i).arguments()) {
        byArgument.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
      }
      String source = drafts.get(i).claim().sourceEntity();
      if (source != null) {
        byArgument.computeIfAbsent("said by " + source, k -> new ArrayList<>()).add(i);
      }
    }
    // an attribution and the one it is reported in are one chain, and one group, even where what
    // they say names no entity ("OSTPRESS, citing a source, suggested the Guard may have blown up
    // the dam": the suggestion and the citation)
    Map<String, Integer> byAttribution = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      if (d.attribution() != null) {
        byAttribution.put(d.claim().articleId() + "\n" + d.attribution(), i);
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      Integer up = d.parent() == null ? null
          : byAttribution.get(d.claim().articleId() + "\n" + d.parent());
      if (up != null && up != i) {
        links.add(new Link(Math.min(i, up), Math.max(i, up), LinkKind.CHAIN, 2));
      }
    }
    // the links, found pair by pair: one attribution chain (nested contents of one article),
    // one event (its type with an actor and a target in common), or like wording across articles
    Set<Long> seen = new HashSet<>();
    for (List<Integer> block : byArgument.values()) {
      // a very common entity ("Russia" across a big storyline) would make this quadratic in the
      // storyline: its claims are compared within the latest MAX_BLOCK, the rest meet through
      // their other entities
      List<Integer> b = block.size() > MAX_BLOCK ? block.subList(block.size() - MAX_BLOCK,
          block.size()) : block;
      for (int x = 0; x < b.size(); x++) {
        for (int y = x + 1; y < b.size(); y++) {
          int i = Math.min(b.get(x), b.get(y));
          int j = Math.max(b.get(x), b.get(y));
          if (i == j || !seen.add((long) i * n + j)) {
            continue;
          }
          Draft one = drafts.get(i);
          Draft two = drafts.get(j);
          boolean sameArticle = one.claim().articleId().equals(two.claim().articleId());
          // within one article, different sentences are different statements unless they tell
          // the same event, and so are the outlet's narration and what someone says in the same
          // sentence ("He was meeting Guterres on Friday and said he would ask him …": the
          // meeting is the outlet's, the request Erdogan's); nested attributions are one chain.
          // Across articles, the same speaker's words quoted by both are one statement (an echo:
          // each outlet cuts a speech its own way, so the sentences around the words may read
          // apart), and similar wording about a common entity is enough
          if (sameArticle && one.narration() == two.narration()
              && one.claim().content().begin() < two.claim().content().end()
              && two.claim().content().begin() < one.claim().content().end()) {
            links.add(new Link(i, j, LinkKind.CHAIN, 2));
          } else if (sameArticle && repeats(one, two)) {
            links.add(new Link(i, j, LinkKind.CHAIN, 2));
          } else if (!sameArticle && one.claim().sourceEntity() != null
              && one.claim().sourceEntity().equals(two.claim().sourceEntity())
              && echo(one.quoted(), two.quoted())
              && likeness(drafts, vector, i, j) >= (vector.apply(i) != null
                  && vector.apply(j) != null ? ECHO_EMBEDDING : ECHO_WORDS)) {
            links.add(new Link(i, j, LinkKind.ECHO, likeness(drafts, vector, i, j)));
          } else if (one.events().stream().anyMatch(two.events()::contains)) {
            links.add(new Link(i, j, LinkKind.EVENT, likeness(drafts, vector, i, j)));
          } else if (!sameArticle) {
            double like = likeness(drafts, vector, i, j);
            if (sameClaim(one.terms(), vector.apply(i), two.terms(), vector.apply(j))
                && (!crowded[i] && !crowded[j]
                    || one.terms().keySet().stream().anyMatch(two.terms()::containsKey))) {
              links.add(new Link(i, j, LinkKind.WORDING, like));
            }
          }
        }
      }
    }
    // joined strongest first, and two groups (but by a chain or an echo) only when they are alike
    // as wholes: a link between two claims does not make the rest of one group say what the rest
    // of the other says, and pair after pair would otherwise chain a big storyline's claims into
    // one group ("the US killed Soleimani" to every sentence that tells of a strike in Iraq)
    links.sort(Comparator.comparing(Link::kind).thenComparing(
        Comparator.comparingDouble(Link::strength).reversed()));
    Profile[] profiles = new Profile[n]; // by root; a claim alone is made on first need
    Function<Integer, Profile> profile = root -> {
      if (profiles[root] == null) {
        profiles[root] = Profile.of(drafts.get(root).terms(), vector.apply(root));
      }
      return profiles[root];
    };
    for (Link l : links) {
      int ra = sets.find(l.x());
      int rb = sets.find(l.y());
      if (ra == rb || l.kind() != LinkKind.CHAIN && l.kind() != LinkKind.ECHO
          && !profile.apply(ra).alike(profile.apply(rb), l.kind() == LinkKind.EVENT)) {
        continue;
      }
      Profile joined = profile.apply(ra).plus(profile.apply(rb));
      sets.union(ra, rb);
      profiles[sets.find(ra)] = joined;
    }
    Map<Integer, List<Draft>> groups = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(drafts.get(i));
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (List<Draft> g : groups.values()) {
      Map<String, Status> status = new LinkedHashMap<>();
      for (String o : outletIds) {
        status.put(o, Status.ABSENT);
      }
      for (Draft d : g) {
        status.merge(d.claim().outletId(), d.claim().status(),
            (x, y) -> x.ordinal() <= y.ordinal() ? x : y);
      }
      out.add(new ClaimGroup("", summary(g), status, g.stream().map(Draft::claim).toList(),
          contradicted(g)));
    }
    out.sort(Comparator.comparing((ClaimGroup c) -> -c.outlets().values().stream()
        .filter(s -> s != Status.ABSENT).count()));
    List<ClaimGroup> numbered = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      ClaimGroup c = out.get(i);
      numbered.add(new ClaimGroup("c" + (i + 1), c.summary(), c.outlets(), c.claims(),
          c.contradiction()));
    }
    return numbered;
  }

  /**
   * Whether {@code at}, or an attribution it is reported inside, says its source did not say it
   * ("its sources did not allege that …"; {@link Attribution#negated}) or has not said it yet
   * ("they will say we blew up our own dam", "the government should explain why …"; {@link
   * Attribution#notYetSaid}); false for null. The outlet's own negated hedge ("His mind did not
   * appear to have changed") is its narration of the negation, not a source's silence.
   */
  static boolean notSaid(@Nullable Attribution at, Map<String, Attribution> byId) {
    for (int hops = 0; at != null && hops < 16; hops++) {
      if ((at.negated() || at.notYetSaid()) && !at.unsourced()) {
        return true;
      }
      at = at.parent() == null ? null : byId.get(at.parent());
    }
    return false;
  }

  /**
   * Whether one report denies what another report in the group carries: a source's denial of a
   * statement and, in another article, a claim that is neither denied nor itself worded as a
   * negation nor a refusal or rejection. Within one article a denial and what it denies are one
   * dispute the article reports ("the president dismissed criticism that such an action would be
   * a war crime"), not two reports at odds; "Esper denied that the U.S. had decided to withdraw"
   * agrees with "no decision had been made about withdrawing" in another outlet, and "Belgrade
   * denied it would join the sanctions" with "Serbia refused to join them".
   */
  private static boolean contradicted(List<Draft> g) {
    for (Draft denial : g) {
      // an event the outlet tells as not done disputes a report of it only where a verb is
      // negated ("the army did not shell the port"), not a plan or a wish ("made the decision
      // not to kill Suleimani", a protest's chant "No more U.S. attacks"); and a denial denies a
      // statement, not a thing ("by rejecting these articles")
      String denied = denial.claim().content().text();
      if (denial.claim().status() != Status.DENIED || denial.narration() && denial.cue() == null
          || !statement(denied)) {
        continue;
      }
      for (Draft other : g) {
        Status st = other.claim().status();
        if (st != Status.DENIED && st != Status.NOT_SAID // a source's silence contradicts nothing
            && !other.claim().articleId().equals(denial.claim().articleId())
            && !NEGATION.matcher(other.claim().content().text()).find()
            && !(other.cue() != null && REFUSAL.matcher(other.cue()).find())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a denied content is a statement, not a thing: three words or more, or a verb's form
   * ("denied attacking Brenn"; not "rejecting these articles").
   */
  private static boolean statement(String content) {
    String[] words = content.strip().split("\\s+");
    return words.length >= 3 || java.util.Arrays.stream(words)
        .anyMatch(w -> w.matches("(?i)\\p{L}{3,}(?:ing|ed)"));
  }

  /**
   * A cue of refusal or rejection ("refused to join sanctions", "rejected the plan"): a position
   * against, which a denial in another outlet ("denied it would join") does not contradict.
   */
  private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile(
      "(?i)\\b(?:refus|reject|dismiss|declin|oppos)\\w*");

  /** A content worded as a negation: it says with its denial what the denial says. */
  private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
      "(?i)\\b(?:no|not|never|nor|none|neither|nothing|nobody|without)\\b|n[’']t\\b");

  /** Fewest words of a claim that may sum up its group (when one has as many). */
  private static final int MIN_SUMMARY_WORDS = 5;

  private static int words(Draft d) {
    return d.claim().content().text().strip().split("\\s+").length;
  }

  /** The wording of the group's most central claim (the one most like the others). */
  private static String summary(List<Draft> g) {
    Draft central = g.get(0);
    double best = -1;
    List<Draft> some = g.size() > 50 ? g.subList(0, 50) : g;
    // a headline or label line ("Iran nuclear deal") is no statement to sum a group up by,
    // when the group holds one
    boolean statements = some.stream().anyMatch(d -> words(d) >= MIN_SUMMARY_WORDS);
    for (Draft d : some) {
      if (statements && words(d) < MIN_SUMMARY_WORDS) {
        continue;
      }
      double sum = 0;
      for (Draft o : some) {
        sum += o == d ? 0 : cosine(d.terms(), o.terms());
      }
      if (sum > best + 1e-9) {
        best = sum;
        central = d;
      }
    }
    Claim first = central.claim();
    String text = first.content().text().strip().replaceAll("\\s+", " ");
    if (text.length() > 140) {
      int cut = text.lastIndexOf(' ', 140);
      text = text.substring(0, cut > 80 ? cut : 140) + "…";
    }
    if (central.speaker() == null) {
      return text;
    }
    // "Irena Vasko: Valdoria had evidence …", but "Ardena blamed the Guard for …", "Ostmark
    // denied that …": a cue that is more than speech says what the source does with the content
    // "The ministry did not say that …" keeps its cue: without it the summary would say it did
    return central.cue() == null || SAYING.matcher(central.cue()).find()
        && first.status() != Status.NOT_SAID
        ? central.speaker() + ": " + text : central.speaker() + " " + central.cue() + " " + text;
  }

  /** Cues that only report speech, after which the content reads as what was said. */
  private static final java.util.regex.Pattern SAYING = java.util.regex.Pattern.compile(
      "(?i)\\b(?:say|says|said|saying|tell\\w*|told|add(?:s|ed|ing)?|stat(?:e|es|ed|ing|ement)"
      + "|writ\\w*|wrote|report\\w*|not(?:e|es|ed|ing)|explain\\w*|according|quot\\w*"
      + "|cit(?:e|es|ed|ing)|announc\\w*|ask(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|tweet\\w*"
      + "|post(?:s|ed|ing))\\b|:");

  /** The cue of a question put to a speaker by someone unnamed: "Asked if …", "when asked". */
  private static final java.util.regex.Pattern ASKED =
      java.util.regex.Pattern.compile("(?i)(?:when\\s+)?asked\\b");

  /** The claims of one article: every attribution, and every event told in narration. */
  private static List<Draft> drafts(Analysed a) {
    Article ar = a.article();
    Analysis an = a.analysis();
    List<Draft> out = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Map<Mention, String> entityOf = new HashMap<>();
    for (Entity e : an.entities()) {
      for (Mention m : e.mentions()) {
        mentions.add(m);
        entityOf.put(m, m.standsFor() != null ? m.standsFor() : e.id());
      }
    }
    int length = ar.text().length();
    Map<String, Attribution> byId = new HashMap<>();
    an.attributions().forEach(at -> byId.put(at.id(), at));
    for (Attribution at : an.attributions()) {
      int b = at.content().begin();
      int e = at.content().end();
      if (e > length) {
        continue; // an analysis that does not fit its text (hand-edited, or stale): skip the claim
      }
      if (at.unsourced() && ASKED.matcher(at.cue().text()).lookingAt()) {
        continue; // "Asked about the aid freeze, Taylor said …": a question put, no claim made
      }
      Set<String> args = new HashSet<>();
      for (Mention m : mentions) {
        if (at.contentHolds(m.begin(), m.end())) {
          args.add(entityOf.get(m));
        }
      }
      Set<String> events = new HashSet<>();
      for (Event ev : an.events()) {
        if (at.contentHolds(ev.trigger())) {
          events.addAll(eventKeys(ev));
          ev.participants().stream().filter(p -> p.entity() != null)
              .forEach(p -> args.add(p.entity()));
        }
      }
      // with no source at all ("Melania seems to have vanished") the outlet says it, hedged
      Status status = notSaid(at, byId) ? Status.NOT_SAID
          : at.stance() == Stance.DENY ? Status.DENIED
          : at.source().entity() != null || namedIn(at.source().refersTo(), an.entities()) != null
              ? Status.NAMED_SOURCE
          : ownVoice(at) ? Status.ASSERTED : Status.UNNAMED_SOURCE;
      String source = at.source().span() != null ? at.source().text() : at.source().entity();
      Map<String, Integer> terms = new HashMap<>();
      for (Span part : at.contentParts()) {
        wording(ar.text(), part.begin(), part.end(), mentions).forEach((w, k) -> terms.merge(w, k,
            Integer::sum));
      }
      if (args.isEmpty() && terms.isEmpty()) {
        continue;
      }
      int[] around = sentence(ar.text(), b, e);
      out.add(new Draft(new Claim(ar.outlet().id(), ar.id(), status, source,
          at.source().entity(), new Evidence(ar.id(), b, e, at.contentText())), terms, args,
          events, ar.text().substring(around[0], around[1]),
          speaker(source, at.source().entity(), an.entities()), at.cue().text(), false,
          at.id(), at.parent(), quoted(ar.text(), at, mentions)));
    }
    // one claim per sentence of narration: two events told in one sentence ("Pompeo's visit comes
    // after … a Turkish assault") are one statement of the outlet's, with both events' arguments
    Map<String, Integer> bySentence = new HashMap<>();
    for (Event ev : an.events()) {
      if (ev.attribution() != null || ev.modality() != Event.Modality.ASSERTED) {
        continue; // attributed events are inside their attribution's claim
      }
      if (ev.trigger().end() > length) {
        continue;
      }
      int[] s = sentence(ar.text(), ev.trigger().begin(), ev.trigger().end());
      // a question ("What has been the response since the U.S. killed him?") claims nothing
      if (ar.text().substring(s[0], s[1]).stripTrailing().matches("(?s).*\\?[”\"’']?")) {
        continue;
      }
      Set<String> args = new HashSet<>();
      ev.participants().stream().filter(p -> p.entity() != null)
          .forEach(p -> args.add(p.entity()));
      if (args.isEmpty()) {
        continue;
      }
      Status status = ev.negated() ? Status.DENIED : Status.ASSERTED;
      // the words that say the deed was not done ("did not shell"), kept as the narration's cue:
      // only such a denial disputes another outlet's report (not "decided not to kill")
      String negation = ev.negated() ? verbalNegation(ar.text(), s[0], ev.trigger().begin())
          : null;
      Integer same = bySentence.get(s[0] + " " + status);
      if (same != null) {
        Draft d = out.get(same);
        args.addAll(d.arguments());
        Set<String> events = new HashSet<>(d.events());
        events.addAll(eventKeys(ev));
        out.set(same, new Draft(d.claim(), d.terms(), args, events, d.sentence(), null,
            d.cue() != null ? d.cue() : negation, true, null, null, List.of()));
        continue;
      }
      int[] own = outsideQuotedSpeech(ar.text(), s, ev.trigger(), an.attributions());
      String text = ar.text().substring(own[0], own[1]);
      bySentence.put(s[0] + " " + status, out.size());
      out.add(new Draft(new Claim(ar.outlet().id(), ar.id(), status, null, null,
          new Evidence(ar.id(), own[0], own[1], text)), wording(ar.text(), own[0], own[1],
              mentions), args, new HashSet<>(eventKeys(ev)), text, null, negation, true, null,
          null, List.of()));
    }
    return out;
  }

  /**
   * An auxiliary and "not" ("did not", "won't", "cannot"), or "never", right before a verb (two
   * words between allowed: "has not yet been shelled").
   */
  private static final java.util.regex.Pattern VERBAL_NEGATION = java.util.regex.Pattern.compile(
      "(?i)\\b(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|could|should|may|might"
      + "|must|wo|ca)\\s*(?:not|n[’']t)|cannot|never)\\s+(?:\\w+\\s+){0,2}$");

  /**
   * The words before the trigger at {@code begin} (not before {@code from}, its sentence's start)
   * that negate its verb ("did not", "hasn't", "never"), or null when its negation is of another
   * kind: a plan or a wish ("decided not to kill"), a quantity ("no more attacks").
   */
  private static @Nullable String verbalNegation(String text, int from, int begin) {
    java.util.regex.Matcher m = VERBAL_NEGATION.matcher(text.substring(Math.max(from,
        begin - 40), begin));
    return m.find() ? m.group().strip() : null;
  }

  /**
   * Who a claim's source is, for a reader: the entity's name where the text calls the speaker by a
   * pronoun or a definite description ("she", "the minister"), else the source as written.
   */
  static @Nullable String speaker(@Nullable String source, @Nullable String entity,
      List<Entity> entities) {
    if (source == null || entity == null) {
      return source;
    }
    return speaking(source, entities.stream().filter(x -> x.id().equals(entity))
        .map(Entity::name).findFirst().orElse(null));
  }

  /** {@link #speaker} given the name of the source's entity (null: none). */
  private static String speaking(String source, @Nullable String name) {
    // a pronoun or a definite description; not "at least one Republican" or "many Democrats",
    // which are some of the entity's people, not the entity
    boolean stands = source.matches("(?i)he|she|they|we|i|it|him|her|who|which|that")
        || source.matches("(?i)(the|this|that)\\s.*");
    return name == null || !stands || source.contains(name) ? source : name;
  }

  /**
   * The content words of {@code text[begin, end)} without the names of entities: entities are
   * compared as arguments, so "Ukraine" alone must not make two claims alike.
   */
  public static Map<String, Integer> wording(String text, int begin, int end,
      List<Mention> mentions) {
    return Terms.of(unnamed(text, begin, end, mentions));
  }

  /** {@code text[begin, end)} with the names of entities blanked out. */
  private static String unnamed(String text, int begin, int end, List<Mention> mentions) {
    char[] c = text.substring(begin, end).toCharArray();
    for (Mention m : mentions) {
      for (int i = Math.max(m.begin(), begin); i < Math.min(m.end(), end); i++) {
        c[i - begin] = ' ';
      }
    }
    return new String(c);
  }

  /**
   * A run of quoted words: its content words ({@link Terms#sequence}, names left out) and how many
   * words it has in all.
   */
  private record Quoted(List<String> words, int length) {}

  /**
   * The words a claim quotes: its whole content when it is a direct quotation, else each
   * fragment of it in quotation marks (he “strongly disagrees” with the court; a content that
   * opens inside a quotation, its mark just before it, starts with a fragment).
   */
  private static List<Quoted> quoted(String text, Attribution at, List<Mention> mentions) {
    List<Quoted> out = new ArrayList<>();
    for (Span part : at.contentParts()) {
      if (at.direct()) {
        out.add(quoted(text, part.begin(), part.end(), mentions));
        continue;
      }
      char before = part.begin() > 0 ? text.charAt(part.begin() - 1) : ' ';
      int open = before == '“' || before == '"' ? part.begin() : -1;
      for (int i = part.begin(); i < part.end(); i++) {
        char c = text.charAt(i);
        boolean closes = open >= 0 && (c == '”' || c == '"');
        if (closes) {
          out.add(quoted(text, open, i, mentions));
          open = -1;
        } else if (c == '“' || c == '"') {
          open = i + 1;
        }
      }
    }
    out.removeIf(q -> q.words().isEmpty());
    return out;
  }

  private static Quoted quoted(String text, int begin, int end, List<Mention> mentions) {
    String words = text.substring(begin, end).strip();
    // a negation is no stop word here: "we will not seek war" does not echo "we will seek war"
    String kept = NEGATION_WORDS.matcher(unnamed(text, begin, end, mentions))
        .replaceAll(" negation ");
    return new Quoted(Terms.sequence(kept), words.isEmpty() ? 0 : words.split("\\s+").length);
  }

  private static final java.util.regex.Pattern NEGATION_WORDS =
      java.util.regex.Pattern.compile("(?i)\\b(?:not|never|no|nor)\\b|n[’']t\\b");

  /**
   * Whether two claims quote the same words: a run of content words in the same order in both
   * that is half or more of the shorter quotation and at least three words, or two words that
   * make all of a quoted fragment of four words or fewer on one side (Vox's he “strongly
   * disagrees” against “I strongly disagree with this decision” elsewhere). A speaker's words
   * carried by several outlets are one statement however differently each outlet cuts them; a
   * stock phrase of theirs in two long quotations ("special military operation") is not.
   */
  static boolean echo(List<Quoted> a, List<Quoted> b) {
    for (Quoted x : a) {
      for (Quoted y : b) {
        int[] run = longestRun(x.words(), y.words());
        int length = run[0];
        int shorter = Math.min(x.words().size(), y.words().size());
        // "we will not seek war" does not echo "will seek war"
        boolean negatedOnce = negated(x.words(), run[1] - length)
            != negated(y.words(), run[2] - length);
        if (!negatedOnce && (length >= 3 && 2 * length >= shorter
            || length == 2 && (whole(x, length) || whole(y, length)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the word before position {@code start} of {@code words} is a negation. */
  private static boolean negated(List<String> words, int start) {
    return start > 0 && words.get(start - 1).equals("negation");
  }

  /** Whether a run of {@code run} words is all of a fragment of a few words. */
  private static boolean whole(Quoted q, int run) {
    return q.words().size() == run && q.length() <= 4;
  }

  /**
   * The longest run of words {@code x} and {@code y} share: its length and the positions just
   * after it in {@code x} and in {@code y}.
   */
  private static int[] longestRun(List<String> x, List<String> y) {
    int[] best = {0, 0, 0};
    int[] prev = new int[y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      int[] row = new int[y.size() + 1];
      for (int j = 1; j <= y.size(); j++) {
        if (x.get(i - 1).equals(y.get(j - 1))) {
          row[j] = prev[j - 1] + 1;
          if (row[j] > best[0]) {
            best = new int[] {row[j], i, j};
          }
        }
      }
      prev = row;
    }
    return best;
  }

  /**
   * Whether two claims of different articles about a common entity state the same thing: by the
   * cosine of their embeddings when both have one, otherwise by their words ({@link #alike}).
   */
  public static boolean sameClaim(Map<String, Integer> termsA, float @Nullable [] embeddingA,
      Map<String, Integer> termsB, float @Nullable [] embeddingB) {
    if (embeddingA != null && embeddingB != null) {
      return Vectors.cosine(embeddingA, embeddingB) >= SAME_CLAIM_EMBEDDING;
    }
    return alike(termsA, termsB);
  }

  /** Whether two wordings share at least two words and are alike overall. */
  static boolean alike(Map<String, Integer> a, Map<String, Integer> b) {
    return a.keySet().stream().filter(b::containsKey).limit(2).count() >= 2
        && cosine(a, b) >= SAME_CLAIM;
  }

  /**
   * Keys two reports of one event share: its type with each actor–target pair of entities
   * ("SEVER_RELATIONS:mali>ukraine"), an unknown side as "?"; a disaster, which has no doer, by
   * where it struck ("DISASTER:@sumatra"). An event with no entity on either side (nor a
   * disaster with no place) has no key: it can only join a claim by its wording.
   */
  static Set<String> eventKeys(Event ev) {
    List<String> actors = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (Event.Participant p : ev.participants()) {
      if (p.entity() != null && p.role() == Event.Role.ACTOR) {
        actors.add(p.entity());
      } else if (p.entity() != null && p.role() == Event.Role.TARGET) {
        targets.add(p.entity());
      }
    }
    Set<String> out = new HashSet<>();
    if (actors.isEmpty() && targets.isEmpty() && ev.type() == Event.Type.DISASTER) {
      // a disaster has no doer: where it struck tells it apart ("DISASTER:@sumatra")
      for (Event.Participant p : ev.participants()) {
        if (p.entity() != null && p.role() == Event.Role.LOCATION) {
          out.add(ev.type() + ":@" + p.entity());
        }
      }
      return out;
    }
    if (actors.isEmpty() && targets.isEmpty()) {
      return out;
    }
    for (String a : actors.isEmpty() ? List.of("?") : actors) {
      for (String t : targets.isEmpty() ? List.of("?") : targets) {
        out.add(ev.type() + ":" + a + ">" + t);
      }
    }
    return out;
  }

  /**
   * The part of sentence {@code s} that is the outlet's own around {@code trigger}: a quotation
   * before its tag is cut off ("“They call farmers terrorists,” said Petra Lind, who spent the
   * night helping neighbours" claims her helping, not the quotation).
   */
  static int[] outsideQuotedSpeech(String text, int[] s, Span trigger,
      List<Attribution> attributions) {
    int b = s[0];
    for (Attribution at : attributions) {
      if (!at.direct()) {
        continue; // reported speech: "Valdoria accused Ostmark of …" is the accusation told
      }
      for (Span c : at.contentParts()) { // a quotation interrupted by its tag is two parts
        if (c.end() > s[0] && c.end() <= trigger.begin() && at.cue().begin() >= c.end()) {
          b = Math.max(b, c.end()); // "“…,” said X, who …": the quotation before its tag
        }
      }
    }
    if (b == s[0]) {
      return s;
    }
    while (b < trigger.begin() && "\"“”'‘’«», :;—–-".indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    return new int[] {b, s[1]};
  }

  /** The sentence around {@code [begin, end)}: from after the last stop before to the next. */
  static int[] sentence(String text, int begin, int end) {
    int b = begin;
    while (b > 0 && begin - b < 400) {
      char c = text.charAt(b - 1);
      if (c == '\n' || (c == ' ' && b >= 2 && ends(text, b - 2))) {
        break;
      }
      b--;
    }
    int e = end;
    while (e < text.length() && e - end < 400) {
      char c = text.charAt(e);
      if (c == '\n') {
        break;
      }
      e++;
      if ((e == text.length() || Character.isWhitespace(text.charAt(e))) && ends(text, e - 1)) {
        break;
      }
    }
    return new int[] {b, e};
  }

  /** Titles and abbreviations whose full stop ends no sentence ("Maj. Gen. Qassem …"). */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen",
      "maj", "lt", "col", "capt", "cmdr", "sgt", "adm", "sen", "rep", "gov", "pres", "rev", "st",
      "jr", "sr", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx");

  /**
   * Whether the character at {@code i} ends a sentence: "!" or "?", or a full stop after a word
   * that is not a title or abbreviation ("Mr.", "Maj."), an initial ("George W. Bush") or a
   * dotted abbreviation ("U.S.", "a.m."), and not followed by a lower-case word.
   */
  static boolean ends(String text, int i) {
    char c = text.charAt(i);
    if (c == '!' || c == '?') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, i);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || word.indexOf('.') >= 0
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int n = i + 1;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    return n >= text.length() || !Character.isLowerCase(text.charAt(n));
  }

  // ---- framing --------------------------------------------------------------------------------

  /**
   * The framing rows: each outlet's cues by target, kind, words and voice; and for an actor the
   * outlets spell differently ({@link EntityAlignment}), each spelling other than the common one
   * as a naming variant in the voice of the passage that holds it.
   */
  private static List<FramingRow> framing(List<Analysed> sorted, Map<String, String> names,
      Map<String, String> preferred) {
    Map<String, List<Evidence>> cells = new LinkedHashMap<>();
    Map<String, FramingRow> proto = new HashMap<>();
    for (Analysed a : sorted) {
      List<FramingCue> cues = new ArrayList<>(a.analysis().framing());
      cues.addAll(respellings(a.analysis(), preferred));
      for (FramingCue c : cues) {
        String label = c.text().toLowerCase(Locale.ROOT).replaceAll("[\"“”‘’']", "").strip();
        String key = a.article().outlet().id() + "\u0000" + c.target() + "\u0000" + c.kind()
            + "\u0000" + label + "\u0000" + c.voice();
        cells.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Evidence(a.article().id(), c.begin(), c.end(), c.text()));
        proto.putIfAbsent(key, new FramingRow(a.article().outlet().id(), c.target(),
            c.target() == null ? null : names.getOrDefault(c.target(), c.target()), c.kind(),
            label, c.voice(), 0, List.of()));
      }
    }
    List<FramingRow> out = new ArrayList<>();
    cells.forEach((k, ev) -> {
      FramingRow p = proto.get(k);
      out.add(new FramingRow(p.outletId(), p.target(), p.targetName(), p.kind(), p.label(),
          p.voice(), ev.size(), ev));
    });
    return out;
  }

  /** Naming-variant cues for the mentions of merged actors spelled otherwise than commonly. */
  private static List<FramingCue> respellings(Analysis an, Map<String, String> preferred) {
    List<FramingCue> out = new ArrayList<>();
    Set<Integer> flagged = new HashSet<>();
    for (FramingCue c : an.framing()) {
      if (c.kind() == FramingCue.Kind.NAMING_VARIANT) {
        flagged.add(c.begin());
      }
    }
    for (Entity e : an.entities()) {
      String common = preferred.get(e.id());
      if (common == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if ((m.kind() != Mention.Kind.NAME && m.kind() != Mention.Kind.SHORT)
            || flagged.contains(m.begin())
            || !EntityAlignment.respells(m.text(), common, e.type())) {
          continue;
        }
        Attribution holder = null;
        boolean quoted = false;
        for (Attribution at : an.attributions()) {
          if (at.contentHolds(m.begin(), m.end())) {
            quoted |= at.direct();
            if (holder == null || at.content().end() - at.content().begin()
                < holder.content().end() - holder.content().begin()) {
              holder = at;
            }
          }
        }
        FramingCue.Voice voice = holder == null ? FramingCue.Voice.NARRATION
            : quoted ? FramingCue.Voice.QUOTE : FramingCue.Voice.PARAPHRASE;
        out.add(new FramingCue(FramingCue.Kind.NAMING_VARIANT, m.begin(), m.end(), m.text(),
            e.id(), voice, holder == null ? null : holder.id()));
      }
    }
    return out;
  }

  // ---- sourcing -------------------------------------------------------------------------------

  private static List<SourcingProfile> sourcing(List<Analysed> sorted,
      Predicate<String> isMedia) {
    Map<String, Map<String, Integer>> categories = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> countries = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    Map<String, List<SourceNode>> chains = new LinkedHashMap<>();
    for (Analysed a : sorted) {
      String outlet = a.article().outlet().id();
      Map<String, Entity> entities = new HashMap<>();
      a.analysis().entities().forEach(e -> entities.put(e.id(), e));
      List<Attribution> ats = a.analysis().attributions();
      Map<String, Integer> cat = categories.computeIfAbsent(outlet, k -> new TreeMap<>());
      chains.computeIfAbsent(outlet, k -> new ArrayList<>());
      // the outlet's own hedges ("X seems to …") are nobody's words: a chain runs through them
      Map<String, String> sourcedParent = sourcedParents(ats);
      // each source's country, counted here and named on its hop of the trees below
      Map<String, String> countryOf = new HashMap<>();
      for (Attribution at : ats) {
        if (ownVoice(at)) {
          continue;
        }
        cat.merge(category(at, entities, isMedia), 1, Integer::sum);
        String country = country(at, entities);
        if (country != null) {
          countryOf.put(at.id(), country);
          countries.computeIfAbsent(outlet, k -> new HashMap<>()).merge(country, 1, Integer::sum);
        }
      }
      for (Attribution at : ats) {
        if (ownVoice(at)) {
          continue;
        }
        int d = 1;
        Set<String> seen = new HashSet<>();
        for (String p = sourcedParent.get(at.id()); p != null && seen.add(p);
            p = sourcedParent.get(p)) {
          d++;
        }
        depth.merge(outlet, d, Math::max);
        if (sourcedParent.get(at.id()) == null) {
          chains.get(outlet).add(node(a.article().id(), at, ats, sourcedParent, entities,
              countryOf, isMedia, new HashSet<>()));
        }
      }
    }
    List<SourcingProfile> out = new ArrayList<>();
    categories.forEach((o, c) -> {
      Map<String, Integer> byCountry = new LinkedHashMap<>();
      countries.getOrDefault(o, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> byCountry.put(e.getKey(), e.getValue()));
      out.add(new SourcingProfile(o, c, byCountry, depth.getOrDefault(o, 0), chains.get(o)));
    });
    return out;
  }

  /**
   * The name of the country a source speaks for or from: a government's own country, the
   * country the gazetteer gives a person or organisation (Lavrov, TASS: Russia), else a country
   * the description names, as a name or a demonym ("Turkey's defence ministry", "Russian
   * officials", "a Malian army spokesman"); null when none is known ("sources", "experts").
   */
  static @Nullable String country(Attribution at, Map<String, Entity> entities) {
    // in a description, only places the gazetteer knows: a country, or a city it places in one
    // ("chief economist at PNC Financial in Pittsburgh" is no source from a country Pittsburgh)
    Entity e = at.source().entity() == null ? null : entities.get(at.source().entity());
    String id = null;
    if (e != null && e.country() != null) {
      id = e.country();
    } else if (e != null && e.type() == EntityType.LOCATION) {
      id = e.id(); // a place that speaks is its government, whether or not the gazetteer knows it
    } else if (at.source().span() != null) {
      // a "they" by the phrase it stands for ("the authorities of Mali and Niger")
      Span described = at.source().refersTo() != null ? at.source().refersTo()
          : at.source().span();
      int first = Integer.MAX_VALUE;
      for (Entity x : entities.values()) {
        if (x.type() != EntityType.LOCATION || !known(x)) {
          continue;
        }
        for (Mention m : x.mentions()) {
          if (m.begin() >= described.begin() && m.end() <= described.end()
              && m.kind() != Mention.Kind.PRONOUN && m.begin() < first) {
            first = m.begin();
            id = x.country() != null ? x.country() : x.id();
          }
        }
      }
    }
    if (id == null) {
      return null;
    }
    Entity named = entities.get(id);
    if (named != null) {
      return named.name();
    }
    StringBuilder name = new StringBuilder(); // a country the article does not name itself
    for (String w : id.split("-")) {
      if (!w.isEmpty()) {
        name.append(name.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
            .append(w.substring(1));
      }
    }
    return name.toString();
  }

  /**
   * The first entity of a phrase a "they" stands for that is names only ("Mali and Niger", "Joe
   * Biden, Bernie Sanders and even Beto O'Rourke"), after a determiner at most; null when the
   * phrase is a description ("the authorities of Mali", "sources close to the Kremlin", "U.S.
   * Democratic presidential rivals", "Trump's supporters"): such a "they" is named or unnamed as
   * the phrase would be as the source itself.
   */
  static @Nullable Entity namedIn(@Nullable Span span, Collection<Entity> entities) {
    if (span == null) {
      return null;
    }
    char[] rest = span.text().toCharArray();
    Entity first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Entity x : entities) {
      for (Mention m : x.mentions()) {
        if (m.begin() >= span.begin() && m.end() <= span.end()
            && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.SHORT)) {
          java.util.Arrays.fill(rest, m.begin() - span.begin(), m.end() - span.begin(), ' ');
          if (m.begin() < firstAt) {
            firstAt = m.begin();
            first = x;
          }
        }
      }
    }
    return first != null && NAMES_ONLY.matcher(new String(rest)).matches() ? first : null;
  }

  /** What is left of a phrase of names once they are blanked: joiners and a determiner. */
  private static final java.util.regex.Pattern NAMES_ONLY = java.util.regex.Pattern.compile(
      "(?i)\\s*((the|these|those|both|all)\\s+)?([\\s,&]|\\b(and|or|even|also)\\b)*");

  /** A gazetteer place: a country, or a place it puts in one (the tagger's ids carry a kind). */
  private static boolean known(Entity place) {
    return !place.id().contains(":") || place.country() != null;
  }

  /**
   * Whether an attribution is the outlet's own voice: its own hedge, credited to nobody
   * ({@link Attribution#unsourced}: "Melania seems to have vanished"; not what it says was
   * "reportedly" done, {@link Attribution#reportedByNoOne}: an unnamed source's), or its
   * writer's — an "I" or "we" that no entity resolves, as the source of an attribution that is
   * no quotation and lies inside no other ("I think this is naïve", "we asked the ministry" in a
   * column are no unnamed source's). What the writer says they did not or could not say ("We
   * could not confirm that …") is still not said ({@link #notSaid}).
   */
  static boolean ownVoice(Attribution at) {
    return at.unsourced() && !at.reportedByNoOne() || at.parent() == null && !at.direct()
        && at.source().entity() == null && at.source().span() != null
        && WRITER.matcher(at.source().text()).matches();
  }

  /** The writer in the first person ("US" is a country, "you" the reader). */
  private static final java.util.regex.Pattern WRITER =
      java.util.regex.Pattern.compile("I|[Ww]e|me|us");

  /** Each credited attribution's nearest credited ancestor (absent: the outlet carries it). */
  private static Map<String, String> sourcedParents(List<Attribution> ats) {
    Map<String, Attribution> byId = new HashMap<>();
    ats.forEach(x -> byId.put(x.id(), x));
    Map<String, String> out = new HashMap<>();
    for (Attribution at : ats) {
      Set<String> seen = new HashSet<>();
      Attribution up = at.parent() == null ? null : byId.get(at.parent());
      while (up != null && ownVoice(up) && seen.add(up.id())) {
        up = up.parent() == null ? null : byId.get(up.parent());
      }
      if (up != null && !ownVoice(up)) {
        out.put(at.id(), up.id());
      }
    }
    return out;
  }

  private static SourceNode node(String articleId, Attribution at, List<Attribution> all,
      Map<String, String> sourcedParent, Map<String, Entity> entities,
      Map<String, String> countryOf, Predicate<String> isMedia, Set<String> seen) {
    seen.add(at.id());
    List<SourceNode> children = new ArrayList<>();
    for (Attribution c : all) {
      if (!ownVoice(c) && at.id().equals(sourcedParent.get(c.id()))
          && !seen.contains(c.id())) {
        children.add(node(articleId, c, all, sourcedParent, entities, countryOf, isMedia,
            seen));
      }
    }
    Entity named = at.source().entity() == null ? null : entities.get(at.source().entity());
    // "He" and "the minister" by the name they stand for, as in the claim groups
    String source = at.source().span() != null
        ? speaking(at.source().text(), named == null ? null : named.name())
        : named != null ? named.name() : "(unstated)";
    return new SourceNode(source, at.source().entity(), category(at, entities, isMedia),
        countryOf.get(at.id()), at.cue().text(), at.stance(), at.negated(),
        new Evidence(articleId, at.content().begin(), at.content().end(), at.contentText()),
        children);
  }

  /**
   * A description of a source that withholds who it is: "sources", "a person familiar with the
   * matter", "an official who spoke on condition of anonymity", "insiders" — not "police" or
   * "military experts", which say what the source is.
   */
  private static final java.util.regex.Pattern ANONYMOUS = java.util.regex.Pattern.compile(
      "(?i)\\b(sources?|insiders?|familiar with|anonymity|anonymous(ly)?|unnamed|unidentified"
          + "|not (to )?be (named|identified)|not authori[sz]ed|declined to be (named|identified)"
          + "|withheld)\\b");

  static String category(Attribution at, Map<String, Entity> entities,
      Predicate<String> isMedia) {
    Entity e = at.source().entity() == null ? null : entities.get(at.source().entity());
    if (e == null && at.source().refersTo() != null) {
      e = namedIn(at.source().refersTo(), entities.values()); // "they": "the authorities of Mali"
    }
    if (e == null) {
      return at.source().span() != null
          && ANONYMOUS.matcher(at.source().text()).find() ? "anonymous" : "unnamed";
    }
    if (isMedia.test(e.name())) {
      return "media";
    }
    return switch (e.type()) {
      case PERSON -> "person";
      case LOCATION -> "government";
      case GROUP -> "group";
      case ORGANIZATION, MISC -> e.type() == EntityType.ORGANIZATION ? "organisation" : "other";
    };
  }

  // ---- helpers --------------------------------------------------------------------------------

  static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer w = b.get(e.getKey());
      if (w != null) {
        dot += (double) e.getValue() * w;
      }
    }
    if (dot == 0) {
      return 0;
    }
    double na = a.values().stream().mapToDouble(x -> (double) x * x).sum();
    double nb = b.values().stream().mapToDouble(x -> (double) x * x).sum();
    return dot / Math.sqrt(na * nb);
  }


}
