package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;

/** Timeline events merged across articles by their triggers read in context (real model). */
class EventMergeTest {
  static final String DATE = "2031-05-02";

  static Fixtures courier() {
    String text = "Gunmen shot and killed the harbour master of Brenn outside the customs house"
        + " on Friday night. Ostmark police said the gunmen escaped by boat.";
    return new Fixtures("c1", "courier.example", "Evening Courier", LocalDate.of(2031, 5, 3),
        "Harbour master killed", text)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark");
  }

  static Fixtures gazette() {
    String text = "The harbour master of Brenn died in a shooting outside the customs house late"
        + " on Friday. Dockers fired flares over the bay to open the summer festival. Valdoria"
        + " sent its condolences.";
    return new Fixtures("g1", "gazette.example", "Harbour Gazette", LocalDate.of(2031, 5, 3),
        "Shooting at the customs house", text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria");
  }

  static List<String> entries(Comparison c) {
    return c.timeline().stream().map(t -> t.reports().stream().map(r -> r.trigger().text())
        .sorted().toList().toString()).sorted().toList();
  }

  @Test
  void reportsOfOneEventWithoutSharedParticipantsAreMergedByTheirTriggersInContext() {
    List<Analysed> items = List.of(
        courier().event(Event.Type.ATTACK, "shot", null, null, DATE, null).build(),
        gazette().event(Event.Type.ATTACK, "shooting", null, null, DATE, null)
            .event(Event.Type.ATTACK, "fired", null, null, DATE, null).build());
    Comparison byParticipants = Comparison.of("s", items, n -> false, null, null, null);
    assertThat(entries(byParticipants)).containsExactly("[fired]", "[shooting]", "[shot]");
    Comparison byContext = Comparison.of("s", items, n -> false, null, null,
        SentenceEmbedder.shared()::embedSpan);
    assertThat(entries(byContext)).containsExactly("[fired]", "[shooting, shot]");
  }

  @Test
  void triggersThatReadAlikeStayApartWhenARoleNamesSomeoneElseOrTheArticleIsTheSame() {
    List<Analysed> items = List.of(
        courier().event(Event.Type.ATTACK, "shot", "ostmark", null, DATE, null)
            .event(Event.Type.ATTACK, "killed", null, null, DATE, null).build(),
        gazette().entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
            .event(Event.Type.ATTACK, "shooting", "valdoria", null, DATE, null).build());
    List<String> entries = entries(Comparison.of("s", items, n -> false, null, null,
        SentenceEmbedder.shared()::embedSpan));
    assertThat(entries).contains("[shot]").noneMatch(e -> e.contains("shot,"));
  }

  @Test
  void twoMentionsInOneArticleNeedAParticipantInCommon() {
    // one article's two shootings are two events unless it names a participant of both
    String text = "Gunmen shot the harbour master of Brenn outside the customs house on Friday."
        + " Shot twice in the leg, a guard of the customs house survived the attack.";
    List<Analysed> items = List.of(new Fixtures("c2", "courier.example", "Evening Courier",
        LocalDate.of(2031, 5, 3), "Harbour master killed", text)
        .event(Event.Type.ATTACK, "shot", null, null, DATE, null)
        .event(Event.Type.ATTACK, "Shot", null, null, DATE, null).build());
    assertThat(entries(Comparison.of("s", items, n -> false, null, null,
        SentenceEmbedder.shared()::embedSpan))).containsExactly("[Shot]", "[shot]");
  }

  @Test
  void whenTheModelFailsReportsAreMergedByParticipantsAlone() {
    // the same word in both: without vectors it must not be enough on its own
    String text = "A second shooting shook the port of Brenn on Friday, at a warehouse.";
    List<Analysed> items = List.of(
        new Fixtures("c3", "courier.example", "Evening Courier", LocalDate.of(2031, 5, 3),
            "Another shooting", text)
            .event(Event.Type.ATTACK, "shooting", null, null, DATE, null).build(),
        gazette().event(Event.Type.ATTACK, "shooting", null, null, DATE, null)
            .event(Event.Type.ATTACK, "fired", null, null, DATE, null).build());
    EventCoreference.SpanVectors broken = (t, begin, end) -> {
      throw new IllegalStateException("model unavailable");
    };
    assertThat(entries(Comparison.of("s", items, n -> false, null, null, broken)))
        .containsExactly("[fired]", "[shooting]", "[shooting]");
  }
}
