package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleReaders;
import org.parallax.ingest.Input;
import org.parallax.ingest.OutletRegistry;
import org.parallax.model.Article;
import org.parallax.model.ReadOutcome;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.Entity;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.TimeExpression;
import org.parallax.testkit.SharedData;

/**
 * The analysis issue's "done when" on the two real seed articles (read from ../shared), from the
 * general rules and data files. One CoreNLP pipeline for the class.
 */
class SeedAnalysisTest {
  static Analysis tass;
  static Analysis kyivPost;

  @BeforeAll
  static void analyse() throws Exception {
    Path seeds = SharedData.dir("seeds");
    assumeTrue(seeds != null, SharedData.MISSING);
    ArticleReaders readers = new ArticleReaders(OutletRegistry.bundled());
    List<Article> articles = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path f : files.sorted().toList()) {
        readers.read(Input.of(f), o -> articles.add(((ReadOutcome.Extracted) o).article()));
      }
    }
    Analyzer analyzer = SharedAnalyzer.get();
    tass = analyzer.analyze(articles.get(0));
    kyivPost = analyzer.analyze(articles.get(1));
  }

  static Entity entity(Analysis a, String id) {
    return a.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no entity " + id + " in " + a.entities().stream().map(Entity::id).toList()));
  }

  static Optional<Attribution> attribution(Analysis a, String sourceText, String contentPart) {
    return a.attributions().stream().filter(x -> x.source().span() != null
        && x.source().span().text().contains(sourceText) && x.content().text().contains(contentPart))
        .findFirst();
  }

  @Test
  void lavrovIsOneEntityUnderBothSpellings() {
    assertThat(entity(tass, "sergey-lavrov").variants()).anyMatch(v -> v.text().equals("Sergey Lavrov")
        && v.outlet().equals("tass.com"));
    assertThat(entity(kyivPost, "sergey-lavrov").variants()).anyMatch(v -> v.text().equals("Sergei Lavrov")
        && v.outlet().equals("kyivpost.com"));
  }

  @Test
  void kyivIsOneEntityAndTassSpellsItKiev() {
    assertThat(entity(tass, "kyiv").variants()).extracting(v -> v.text() + "@" + v.outlet())
        .containsExactly("Kiev@tass.com");
    assertThat(entity(kyivPost, "kyiv").variants()).extracting(v -> v.text()).containsExactly("Kyiv");
    // "the Kiev regime": the capital stands for the government
    assertThat(entity(tass, "kyiv").mentions()).anyMatch(m -> "ukraine".equals(m.standsFor()));
  }

  @Test
  void attributesStatementsToTheirSources() {
    assertThat(attribution(tass, "Zakharova", "Kiev regime was ready to collude"))
        .hasValueSatisfying(a -> assertThat(a.source().entity()).isEqualTo("maria-zakharova"));
    assertThat(attribution(tass, "Lavrov", "contacts with terrorist organizations"))
        .hasValueSatisfying(a -> assertThat(a.source().entity()).isEqualTo("sergey-lavrov"));
    assertThat(attribution(tass, "AES INFO", "traveled to Ukraine via Moldova")).isPresent();
    assertThat(attribution(tass, "militants", "purchasing drones"))
        .hasValueSatisfying(a -> assertThat(a.stance()).isEqualTo(
            org.parallax.model.analysis.Stance.DENY));
    assertThat(attribution(kyivPost, "the minister", "We consider Ukraine as simply a terrorist state"))
        .hasValueSatisfying(a -> {
          assertThat(a.source().entity()).isEqualTo("abdoulaye-diop");
          assertThat(a.direct()).isTrue();
        });
    assertThat(attribution(kyivPost, "He", "Moscow could help"))
        .hasValueSatisfying(a -> assertThat(a.source().entity()).isEqualTo("sergey-lavrov"));
  }

  @Test
  void leMondeQuotesSourcesLinkedToUkrainianIntelligence() {
    Attribution child = attribution(tass, "sources linked to the Ukrainian intelligence",
        "trained by Ukrainian military instructors").orElseThrow();
    assertThat(child.source().entity()).as("a description, not an entity").isNull();
    Attribution parent = tass.attributions().stream().filter(a -> a.id().equals(child.parent()))
        .findFirst().orElseThrow();
    assertThat(parent.source().entity()).isEqualTo("le-monde");
  }

  @Test
  void datesAreNormalisedAgainstPublication() {
    assertThat(tass.times()).extracting(t -> t.text() + "=" + t.value())
        .contains("November 2023=2023-11", "August 20=2024-08-20", "September=2024-09");
    TimeExpression thursday = kyivPost.times().stream().filter(t -> t.text().equals("Thursday"))
        .findFirst().orElseThrow();
    assertThat(thursday.resolved()).isFalse();
    assertThat(thursday.reason()).contains("no publication date");
  }

  static java.util.stream.Stream<org.parallax.model.analysis.FramingCue> cues(Analysis a,
      org.parallax.model.analysis.FramingCue.Kind kind, String text) {
    return a.framing().stream().filter(c -> c.kind() == kind && c.text().equals(text));
  }

  @Test
  void tassCallsThemTerroristsInItsOwnWords() {
    assertThat(cues(tass, org.parallax.model.analysis.FramingCue.Kind.LABEL, "terrorists"))
        .isNotEmpty()
        .allMatch(c -> c.voice() != org.parallax.model.analysis.FramingCue.Voice.QUOTE);
    assertThat(cues(tass, org.parallax.model.analysis.FramingCue.Kind.NAMING_VARIANT, "Kiev"))
        .isNotEmpty().allMatch(c -> "kyiv".equals(c.target()));
    assertThat(cues(tass, org.parallax.model.analysis.FramingCue.Kind.LOADED_TERM, "liberated"))
        .hasSize(1).allMatch(c -> c.voice() != org.parallax.model.analysis.FramingCue.Voice.QUOTE);
  }

  @Test
  void kyivPostScareQuotesTheTerroristLabelOfRussiaAndTheJuntas() {
    org.parallax.model.analysis.FramingCue scare = cues(kyivPost,
        org.parallax.model.analysis.FramingCue.Kind.SCARE_QUOTES, "terrorist").findFirst()
        .orElseThrow();
    Attribution holder = kyivPost.attributions().stream()
        .filter(a -> a.id().equals(scare.attribution())).findFirst().orElseThrow();
    assertThat(holder.source().span().text()).contains("Russia", "west African countries");
    assertThat(holder.stance()).isEqualTo(org.parallax.model.analysis.Stance.CONDEMN);
    assertThat(cues(kyivPost, org.parallax.model.analysis.FramingCue.Kind.LABEL, "juntas"))
        .anyMatch(c -> c.voice() == org.parallax.model.analysis.FramingCue.Voice.NARRATION);
    // the minister's own word, inside his quotation
    assertThat(kyivPost.framing()).anyMatch(c -> c.text().equals("terrorist")
        && c.voice() == org.parallax.model.analysis.FramingCue.Voice.QUOTE
        && kyivPost.attributions().stream().anyMatch(a -> a.id().equals(c.attribution())
            && "abdoulaye-diop".equals(a.source().entity())));
  }

  static List<Event> events(Analysis a, Event.Type type) {
    return a.events().stream().filter(e -> e.type() == type).toList();
  }

  static List<String> entities(Event e, Event.Role role) {
    return e.participants().stream().filter(p -> p.role() == role)
        .map(Event.Participant::entity).toList();
  }

  @Test
  void bothOutletsReportMaliSeveringRelationsWithUkraine() {
    for (Analysis a : List.of(tass, kyivPost)) {
      assertThat(events(a, Event.Type.SEVER_RELATIONS)).as(a.articleId())
          .anyMatch(e -> entities(e, Event.Role.ACTOR).contains("mali")
              && entities(e, Event.Role.TARGET).contains("ukraine"));
    }
  }

  @Test
  void theMalianArmyTookKidalInNovember2023() {
    Event kidal = events(tass, Event.Type.SEIZE).stream()
        .filter(e -> e.trigger().text().equals("liberated")).findFirst().orElseThrow();
    assertThat(entities(kidal, Event.Role.ACTOR)).containsExactly("fama");
    assertThat(kidal.participants()).anyMatch(p -> p.role() == Event.Role.TARGET
        && p.span().text().equals("Kidal"));
    assertThat(kidal.time()).isNotNull();
    assertThat(kidal.time().value()).isEqualTo("2023-11");
  }

  @Test
  void theSahelLetterCondemnsUkraineInTassNarration() {
    Event letter = events(tass, Event.Type.CONDEMN).stream().findFirst().orElseThrow();
    assertThat(entities(letter, Event.Role.ACTOR))
        .containsExactlyInAnyOrder("burkina-faso", "mali", "niger");
    assertThat(entities(letter, Event.Role.TARGET)).contains("ukraine");
    assertThat(letter.time().value()).isEqualTo("2024-08-20");
    assertThat(letter.attribution()).as("the outlet's own narration").isNull();
  }

  @Test
  void theMoscowMeetingHasNoDateToResolve() {
    Event meeting = events(kyivPost, Event.Type.MEET).stream()
        .filter(e -> e.trigger().text().equals("meeting")).findFirst().orElseThrow();
    assertThat(meeting.participants()).anyMatch(p -> p.role() == Event.Role.LOCATION
        && "moscow".equals(p.entity()));
    assertThat(meeting.time().text()).isEqualTo("Thursday");
    assertThat(meeting.time().resolved()).isFalse();
  }
}
