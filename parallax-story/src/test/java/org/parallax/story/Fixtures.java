package org.parallax.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.OutletKind;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Mention;
import org.parallax.model.analysis.Span;
import org.parallax.model.analysis.Stance;
import org.parallax.model.analysis.TimeExpression;

/**
 * Hand-made analysed articles about fictional places (Valdoria, Ostmark, Brenn) from fictional
 * outlets, with spans found by searching the text: the records the analysis would produce.
 */
final class Fixtures {
  private final String id;
  private final Outlet outlet;
  private final @Nullable LocalDate published;
  private final String title;
  private final String text;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<FramingCue> framing = new ArrayList<>();

  Fixtures(String id, String outletId, String outletName, @Nullable LocalDate published,
      String title, String text) {
    this.id = id;
    this.outlet = new Outlet(outletId, outletName, null, OutletKind.PRIVATE, List.of(), null,
        null);
    this.published = published;
    this.title = title;
    this.text = text;
  }

  Span span(String needle) {
    int i = text.indexOf(needle);
    if (i < 0) {
      throw new IllegalArgumentException("'" + needle + "' is not in the text of " + id);
    }
    return new Span(i, i + needle.length(), needle);
  }

  /** An entity with a mention at every occurrence of each surface form. */
  Fixtures entity(String entityId, String name, EntityType type, String... surfaces) {
    List<Mention> ms = new ArrayList<>();
    for (String s : surfaces) {
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        int end = i + s.length();
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
          continue; // "Valdoria" inside "Valdorian" is the other surface's mention
        }
        ms.add(new Mention(i, end, s, Mention.Kind.NAME, null));
      }
    }
    entities.put(entityId, new Entity(entityId, name, type, null, List.of(), ms));
    return this;
  }

  /** Places entity {@code entityId} in a country, as the gazetteer does for known people. */
  Fixtures country(String entityId, String countryId) {
    Entity e = entities.get(entityId);
    entities.put(entityId, new Entity(e.id(), e.name(), e.type(), countryId, e.variants(),
        e.mentions()));
    return this;
  }

  Fixtures event(Event.Type type, String trigger, @Nullable String actor, @Nullable String target,
      @Nullable String date, @Nullable String attribution) {
    return event(type, span(trigger), actor, target, date, attribution);
  }

  /** An event whose trigger is the first {@code trigger} after the words {@code after}. */
  Fixtures eventAfter(String after, Event.Type type, String trigger, @Nullable String actor,
      @Nullable String target, @Nullable String attribution) {
    int i = text.indexOf(trigger, span(after).end());
    if (i < 0) {
      throw new IllegalArgumentException("no '" + trigger + "' after '" + after + "' in " + id);
    }
    return event(type, new Span(i, i + trigger.length(), trigger), actor, target, null,
        attribution);
  }

  private Fixtures event(Event.Type type, Span t, @Nullable String actor, @Nullable String target,
      @Nullable String date, @Nullable String attribution) {
    List<Event.Participant> ps = new ArrayList<>();
    if (actor != null) {
      ps.add(new Event.Participant(Event.Role.ACTOR, actor, span(entities.get(actor).mentions()
          .get(0).text())));
    }
    if (target != null) {
      ps.add(new Event.Participant(Event.Role.TARGET, target, span(entities.get(target)
          .mentions().get(0).text())));
    }
    TimeExpression time = date == null ? null
        : new TimeExpression(t.begin(), t.end(), date, "DATE", date, true, null);
    events.add(new Event("e" + (events.size() + 1), type, t, ps, time, false,
        Event.Modality.ASSERTED, attribution));
    return this;
  }

  /** Adds to the last event a participant the text describes without naming ({@code words}). */
  Fixtures described(Event.Role role, String words) {
    Event e = events.remove(events.size() - 1);
    List<Event.Participant> ps = new ArrayList<>(e.participants());
    ps.add(new Event.Participant(role, null, span(words)));
    events.add(new Event(e.id(), e.type(), e.trigger(), ps, e.time(), e.negated(), e.modality(),
        e.attribution()));
    return this;
  }

  /** Makes the last event negated ("decided not to shell Brenn"). */
  Fixtures negated() {
    Event e = events.remove(events.size() - 1);
    events.add(new Event(e.id(), e.type(), e.trigger(), e.participants(), e.time(), true,
        e.modality(), e.attribution()));
    return this;
  }

  /** Adds to the last event the place entity {@code entityId} (its first mention) as location. */
  Fixtures located(String entityId) {
    Event e = events.remove(events.size() - 1);
    List<Event.Participant> ps = new ArrayList<>(e.participants());
    ps.add(new Event.Participant(Event.Role.LOCATION, entityId,
        span(entities.get(entityId).mentions().get(0).text())));
    events.add(new Event(e.id(), e.type(), e.trigger(), ps, e.time(), e.negated(), e.modality(),
        e.attribution()));
    return this;
  }

  Fixtures attribution(String attId, String source, @Nullable String entity, String cue,
      String content, Stance stance) {
    attributions.add(new Attribution(attId, null, new Attribution.Source(span(source), entity),
        span(cue), span(content), false, stance));
    return this;
  }

  /** A "they" that speaks, standing for the phrase {@code refersTo}. */
  Fixtures they(String attId, String source, String refersTo, String cue, String content) {
    attributions.add(new Attribution(attId, null, new Attribution.Source(span(source), null,
        span(refersTo)), span(cue), span(content), false, Stance.ASSERT));
    return this;
  }

  /** The outlet's own hedge, said by nobody ("Marta Okonkwo seems to …"). */
  Fixtures hedge(String attId, String cue, String content) {
    attributions.add(new Attribution(attId, null, new Attribution.Source(null, null), span(cue),
        span(content), false, Stance.HEDGE));
    return this;
  }

  /** Makes attribution {@code attId} a child of {@code parentId}. */
  Fixtures parent(String attId, String parentId) {
    attributions.replaceAll(a -> a.id().equals(attId) ? new Attribution(a.id(), parentId,
        a.source(), a.cue(), a.content(), a.direct(), a.stance()) : a);
    return this;
  }

  /** A direct quotation: {@code content} is the quoted words. */
  Fixtures quotation(String attId, String source, @Nullable String entity, String cue,
      String content) {
    attributions.add(new Attribution(attId, null, new Attribution.Source(span(source), entity),
        span(cue), span(content), true, Stance.ASSERT));
    return this;
  }

  Fixtures cue(FramingCue.Kind kind, String words, @Nullable String target,
      FramingCue.Voice voice) {
    Span s = span(words);
    framing.add(new FramingCue(kind, s.begin(), s.end(), words, target, voice, null));
    return this;
  }

  Analysed build() {
    Article a = new Article(id, id + ".txt", InputKind.TEXT_DUMP, outlet, null, published, null,
        title, "en", List.of(), text, List.of(), List.of(), List.of());
    return new Analysed(a, new Analysis(id, 1, text.split(" ").length,
        List.copyOf(entities.values()), List.of(), attributions, events, framing));
  }

  ArticleFeatures features() {
    Analysed a = build();
    return ArticleFeatures.of(a.article(), a.analysis());
  }
}
