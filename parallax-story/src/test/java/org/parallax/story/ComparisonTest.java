package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Stance;

class ComparisonTest {
  /** A fictional outlet asserting the cut in ties and carrying Ostmark's denial of the shelling. */
  static Analysed herald() {
    String text = "Valdoria severed diplomatic relations with Ostmark on 2 March, calling the"
        + " Ostmark regime reckless.\n\nOstmark denied that its artillery shelled the frontier"
        + " town of Brenn last week.";
    return new Fixtures("h1", "herald.example", "Northwind Herald", LocalDate.of(2031, 3, 3),
        "Valdoria cuts ties with <Ostmark>", text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .attribution("a1", "Ostmark denied".substring(0, 7), "ostmark", "denied",
            "that its artillery shelled the frontier town of Brenn last week", Stance.DENY)
        .event(Event.Type.SEVER_RELATIONS, "severed", "valdoria", "ostmark", "2031-03-02", null)
        .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, "a1")
        .event(Event.Type.PROTEST, "reckless", null, null, null, null)
        .cue(FramingCue.Kind.LABEL, "regime", "ostmark", FramingCue.Voice.NARRATION)
        .build();
  }

  /** Another fictional outlet: the shelling via unnamed officials, the cut in ties undated. */
  static Analysed ledger() {
    String text = "Ostmark artillery shelled the frontier town of Brenn, officials in the"
        + " region said. Valdoria has since severed relations with Ostmark, whose soldiers"
        + " one farmer called “bandits”.";
    return new Fixtures("l1", "ledger.example", "Capital Ledger", null, "Shelling of Brenn",
        text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .attribution("a1", "officials in the region", null, "said",
            "Ostmark artillery shelled the frontier town of Brenn", Stance.ASSERT)
        .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, "a1")
        .event(Event.Type.SEVER_RELATIONS, "severed", "valdoria", "ostmark", null, null)
        .cue(FramingCue.Kind.LABEL, "bandits", "ostmark", FramingCue.Voice.QUOTE)
        .build();
  }

  static Comparison compare() {
    return Comparison.of("line-h1", List.of(ledger(), herald()), name -> false);
  }

  @Test
  void ordersArticlesOldestFirstWithUndatedLast() {
    assertThat(compare().articles()).extracting(Comparison.ArticleRef::id)
        .containsExactly("h1", "l1");
    assertThat(compare().label()).isEqualTo("Valdoria cuts ties with <Ostmark>");
  }

  @Test
  void mergesOneEventReportedByTwoOutletsAndDatesItFromEither() {
    List<Comparison.TimelineEntry> t = compare().timeline();
    Comparison.TimelineEntry sever = t.get(0);
    assertThat(sever.type()).isEqualTo(Event.Type.SEVER_RELATIONS);
    assertThat(sever.date()).isEqualTo("2031-03-02");
    assertThat(sever.precision()).isEqualTo("day");
    assertThat(sever.reports()).extracting(Comparison.EventReport::outletId)
        .containsExactly("herald.example", "ledger.example");
    Comparison.TimelineEntry attack = t.get(1);
    assertThat(attack.date()).as("no one dates the shelling").isNull();
    assertThat(attack.precision()).isEqualTo("unknown");
    assertThat(attack.reports()).extracting(Comparison.EventReport::source)
        .containsExactly("Ostmark", "officials in the region");
  }

  @Test
  void claimGroupsCarryEachOutletsStatusAndFlagTheDenial() {
    List<Comparison.ClaimGroup> groups = compare().claimGroups();
    Comparison.ClaimGroup shelling = groups.stream()
        .filter(g -> g.claims().stream().anyMatch(c -> c.content().text().contains("shelled")))
        .findFirst().orElseThrow();
    assertThat(shelling.outlets()).containsEntry("herald.example", Comparison.Status.DENIED)
        .containsEntry("ledger.example", Comparison.Status.UNNAMED_SOURCE);
    assertThat(shelling.contradiction()).isTrue();
    Comparison.ClaimGroup ties = groups.stream()
        .filter(g -> g.claims().stream().anyMatch(c -> c.content().text().contains("severed")))
        .findFirst().orElseThrow();
    assertThat(ties).isNotSameAs(shelling);
    assertThat(ties.outlets()).containsEntry("herald.example", Comparison.Status.ASSERTED)
        .containsEntry("ledger.example", Comparison.Status.ASSERTED);
    assertThat(ties.contradiction()).isFalse();
    assertThat(groups).extracting(Comparison.ClaimGroup::id).startsWith("c1", "c2");
  }

  @Test
  void whatASourceIsSaidNotToHaveSaidIsNoClaimOfItsAndNoDenial() {
    // the herald's sources "did not allege" the shelling, another outlet's officials said it
    Analysed silent = heraldArticle("n1", "Ostmark artillery shelled Brenn, the ministry said."
        + " Its sources did not say that Ostmark artillery shelled Brenn again.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .attribution("a1", "the ministry", null, "said", "Ostmark artillery shelled Brenn",
            Stance.ASSERT)
        .attribution("a2", "Its sources", null, "did not say",
            "that Ostmark artillery shelled Brenn again", Stance.ASSERT)
        .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, "a1")
        // the second "shelled", inside the negated content, as the extractor would give it
        .eventAfter("did not say", Event.Type.ATTACK, "shelled", "ostmark", "brenn", "a2")
        .build();
    int second = silent.analysis().events().get(1).trigger().begin();
    assertThat(silent.analysis().attributions().get(1).negated()).isTrue();
    assertThat(silent.analysis().attributions().get(0).negated()).isFalse();
    Comparison c = Comparison.of("line-n", List.of(silent, ledger()), n -> false);
    // the shelling the sources did not allege is told, without the participants it is not
    // said to have had, and marked
    Comparison.TimelineEntry named = c.timeline().stream()
        .filter(t -> t.actors().contains("Ostmark")).findFirst().orElseThrow();
    assertThat(named.reports()).extracting(r -> r.trigger().begin()).doesNotContain(second);
    assertThat(c.timeline()).flatExtracting(Comparison.TimelineEntry::reports)
        .filteredOn(r -> r.trigger().begin() == second && r.articleId().equals("n1"))
        .singleElement().satisfies(r -> assertThat(r.notSaid()).isTrue());
    assertThat(c.claimGroups()).flatExtracting(Comparison.ClaimGroup::claims)
        .filteredOn(cl -> cl.content().text().contains("again")).singleElement()
        .satisfies(cl -> assertThat(cl.status()).isEqualTo(Comparison.Status.NOT_SAID));
    assertThat(c.claimGroups()).filteredOn(g -> g.claims().stream()
        .anyMatch(cl -> cl.status() == Comparison.Status.NOT_SAID)).allSatisfy(g ->
            assertThat(g.summary()).as("the summary keeps the negation")
                .doesNotStartWith("Its sources: "));
  }

  @Test
  void aRefusalToSpeakIsNoSpeech() {
    Analysed a = heraldArticle("n3", "The ministry refused to confirm that Ostmark shelled Brenn."
        + " Police declined to say whether the bridge was mined.")
        .attribution("a1", "The ministry", null, "refused", "to confirm that Ostmark shelled"
            + " Brenn", Stance.ASSERT)
        .attribution("a2", "Police", null, "declined to say", "whether the bridge was mined",
            Stance.ASSERT)
        .attribution("a3", "Ostmark", null, "shelled", "Brenn", Stance.ASSERT)
        .build();
    assertThat(a.analysis().attributions()).extracting(
        org.parallax.model.analysis.Attribution::negated).containsExactly(true, true, false);
    // a refusal inside what is said is said
    Analysed said = heraldArticle("n4", "A diplomat said Moscow refused to discuss a truce.")
        .attribution("a1", "A diplomat", null, "said", "Moscow refused to discuss a truce",
            Stance.ASSERT)
        .build();
    assertThat(said.analysis().attributions().get(0).negated()).isFalse();
  }

  @Test
  void speechToComeOrAskedForIsNotTheSourcesClaim() {
    Analysed a = heraldArticle("n5", "The opposition said the ministry should explain why the"
        + " bridge was left unguarded. Now they will say the rebels mined the bridge, Lind said."
        + " The ministry must have said that the bridge was safe. \"I will just say the bridge is"
        + " safe,\" Lind said.")
        .attribution("a1", "The opposition", null, "said", "the ministry should explain why the"
            + " bridge was left unguarded", Stance.ASSERT)
        .attribution("a2", "the ministry", null, "should explain", "why the bridge was left"
            + " unguarded", Stance.ASSERT)
        .attribution("a3", "Lind", null, "said", "Now they will say the rebels mined the bridge",
            Stance.ASSERT)
        .attribution("a4", "they", null, "will say", "the rebels mined the bridge", Stance.ASSERT)
        .attribution("a5", "The ministry", null, "must have said", "that the bridge was safe",
            Stance.ASSERT)
        .attribution("a6", "I", null, "will just say", "the bridge is safe", Stance.ASSERT)
        .build();
    // "I will just say …" is said there and then
    assertThat(a.analysis().attributions()).extracting(
        org.parallax.model.analysis.Attribution::notYetSaid)
        .containsExactly(false, true, false, true, false, false);
    Comparison c = Comparison.of("line-n", List.of(a), n -> false);
    assertThat(c.claimGroups()).flatExtracting(Comparison.ClaimGroup::claims)
        .filteredOn(cl -> cl.status() == Comparison.Status.NOT_SAID)
        .extracting(cl -> cl.content().text())
        .containsExactlyInAnyOrder("why the bridge was left unguarded",
            "the rebels mined the bridge");
  }

  @Test
  void aChainOfAttributionsIsOneGroupThoughItsContentNamesNoEntity() {
    Analysed a = heraldArticle("n6", "The agency, citing a source, suggested the militia may have"
        + " blown up the dam.")
        .attribution("a1", "The agency", null, "suggested", "the militia may have blown up the dam",
            Stance.HEDGE)
        .attribution("a2", "a source", null, "citing", "the militia may have blown up the dam",
            Stance.ASSERT)
        .parent("a2", "a1")
        .build();
    Comparison c = Comparison.of("line-n", List.of(a), n -> false);
    assertThat(c.claimGroups()).singleElement()
        .satisfies(g -> assertThat(g.claims()).hasSize(2));
  }

  @Test
  void aStatementAnArticleTellsTwiceIsOneClaim() {
    // a summary above the story repeats what the body says; another statement of the same
    // source, the same words from someone else, denied, or with a "not", stay claims of their own
    Analysed a = heraldArticle("n7", "The ministry said it would refuse to join the inquiry."
        + " Later in the day, the ministry said It would refuse to join the inquiry. The ministry"
        + " also said the dam would reopen in May. A farmer said it would refuse to join the"
        + " inquiry, too. The ministry later said it would not refuse to join the inquiry. The"
        + " ministry denied IT would refuse to join the inquiry.")
        .entity("ostmark", "Ostmark", EntityType.ORGANIZATION, "The ministry")
        .attribution("a1", "The ministry", "ostmark", "said", "it would refuse to join the inquiry",
            Stance.ASSERT)
        .attribution("a2", "the ministry said", "ostmark", "said It",
            "It would refuse to join the inquiry", Stance.ASSERT)
        .attribution("a3", "The ministry also", "ostmark", "also said",
            "the dam would reopen in May", Stance.ASSERT)
        .attribution("a4", "A farmer", null, "A farmer said",
            "it would refuse to join the inquiry, too", Stance.ASSERT)
        .attribution("a5", "The ministry later", "ostmark", "later said",
            "it would not refuse to join the inquiry", Stance.ASSERT)
        .attribution("a6", "ministry denied", "ostmark", "denied",
            "IT would refuse to join the inquiry", Stance.DENY)
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-n", List.of(a), n -> false)
        .claimGroups();
    assertThat(groups).extracting(g -> g.claims().size())
        .containsExactlyInAnyOrder(2, 1, 1, 1, 1);
    assertThat(groups).filteredOn(g -> g.claims().size() == 2).singleElement()
        .satisfies(g -> assertThat(g.claims()).extracting(cl -> cl.content().text())
            .containsExactlyInAnyOrder("it would refuse to join the inquiry",
                "It would refuse to join the inquiry"));
  }

  @Test
  void whatASourceDidNotSayContradictsNoDenial() {
    // the herald carries Ostmark's denial; another outlet's ministry would not say it happened
    Analysed mute = new Fixtures("w1", "ledger.example", "Capital Ledger", LocalDate.of(2031, 3,
        3), "Brenn", "The ministry would not say whether its artillery shelled the frontier town"
            + " of Brenn last week.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "its artillery")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .attribution("a1", "The ministry", null, "would not say",
            "whether its artillery shelled the frontier town of Brenn last week", Stance.ASSERT)
        .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, "a1")
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-w", List.of(herald(), mute),
        n -> false).claimGroups();
    Comparison.ClaimGroup shelling = groups.stream().filter(g -> g.claims().size() > 1)
        .findFirst().orElseThrow(() -> new AssertionError(groups));
    assertThat(shelling.outlets()).containsEntry("herald.example", Comparison.Status.DENIED)
        .containsEntry("ledger.example", Comparison.Status.NOT_SAID);
    assertThat(shelling.contradiction()).isFalse();
  }

  @Test
  void aDayAndTheWeekItFallsInCanBeOneDate() {
    assertThat(Comparison.compatible("2031-W18", "2031-05-02")).isTrue(); // a Friday of week 18
    assertThat(Comparison.compatible("2031-05-02T24", "2031-W18")).isTrue();
    assertThat(Comparison.compatible("2031-W19", "2031-05-02")).isFalse();
    assertThat(Comparison.compatible("2031-W18", "2031-05")).isFalse();
    // one day, two times of it: "Monday night" and "shortly before midnight on Monday"
    assertThat(Comparison.compatible("2031-05-05TNI", "2031-05-05T24")).isTrue();
    assertThat(Comparison.compatible("2031-05-05TNI", "2031-05-06TMO")).isFalse();
  }

  @Test
  void anEventTakesTheDateItsReportsAgreeOnAndSaysHowManyGiveIt() {
    Evidence e = new Evidence("a1", 0, 6, "strike");
    java.util.function.Function<String, Comparison.EventReport> report = date ->
        new Comparison.EventReport("herald.example", "a1", e, null, false,
            Event.Modality.ASSERTED, false, date);
    // one report's stray Tuesday against two Thursdays, each week a vote for both days
    List<Comparison.EventReport> reports = List.of(report.apply("2031-05-06"),
        report.apply("2031-05-08"), report.apply("2031-W19"), report.apply("2031-05-08"),
        report.apply(null));
    assertThat(Comparison.consensus("2031-05-06", reports)).isEqualTo("2031-05-08");
    assertThat(Comparison.datedBy("2031-05-08", reports)).isEqualTo(3);
    // a tie keeps the date the event was merged under; a coarser date never wins over a day
    assertThat(Comparison.consensus("2031-05-06", List.of(report.apply("2031-05-06"),
        report.apply("2031-05-07"), report.apply("2031"), report.apply("2031")))).isEqualTo(
            "2031-05-06");
    assertThat(Comparison.consensus(null, List.of(report.apply(null)))).isNull();
    assertThat(Comparison.datedBy(null, reports)).isZero();
  }

  /** One article's event of {@code type} at each occurrence of {@code word}, in text order. */
  private static Analysed withEvents(Analysed a, Event.Type type, String word, String... also) {
    List<Event> events = new java.util.ArrayList<>();
    String text = a.article().text();
    List<String> words = new java.util.ArrayList<>(List.of(also));
    words.add(0, word);
    List<int[]> at = new java.util.ArrayList<>();
    for (String w : words) {
      for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
        if (i + w.length() == text.length() || !Character.isLetter(text.charAt(i + w.length()))) {
          at.add(new int[] {i, i + w.length()}); // whole words: not "attack" of "attacks"
        }
      }
    }
    at.sort(java.util.Comparator.comparingInt(x -> x[0]));
    for (int[] x : at) {
      events.add(new Event("e" + (events.size() + 1), type,
          new org.parallax.model.analysis.Span(x[0], x[1], text.substring(x[0], x[1])), List.of(),
          null, false, Event.Modality.ASSERTED, null));
    }
    return new Analysed(a.article(), new org.parallax.model.analysis.Analysis(a.article().id(), 1,
        20, a.analysis().entities(), List.of(), List.of(), events, List.of()));
  }

  @Test
  void theSameNounAfterTheIsTheEventItsArticleToldBefore() {
    Analysed dam = withEvents(heraldArticle("d1", "An explosion damaged the dam. Ostmark said it"
        + " had nothing to do with the explosion. A second explosion, at the depot, followed."
        + " Officials inspected the explosion site.").build(), Event.Type.DISASTER, "explosion");
    List<Comparison.TimelineEntry> t = Comparison.of("line-d", List.of(dam), n -> false)
        .timeline();
    // "the explosion" is the first; "a second explosion" is another; "the explosion site"
    // points back to the last explosion told
    assertThat(t).extracting(e -> e.reports().size()).containsExactlyInAnyOrder(2, 2);
    assertThat(t.get(0).reports()).extracting(r -> r.trigger().begin())
        .containsExactly(3, dam.article().text().indexOf("the explosion") + 4);
  }

  @Test
  void theBlastAfterAnExplosionIsThatExplosion() {
    Analysed dam = withEvents(heraldArticle("d6", "An explosion damaged the dam. Ostmark said it"
        + " had nothing to do with the blast. A blast at the depot followed.").build(),
        Event.Type.DISASTER, "explosion", "blast");
    List<Comparison.TimelineEntry> t = Comparison.of("line-d6", List.of(dam), n -> false)
        .timeline();
    // "the blast" points back to the explosion; "a blast" is another
    assertThat(t).extracting(e -> e.reports().size()).containsExactlyInAnyOrder(2, 1);
    assertThat(Comparison.synonyms("Quake", "earthquake")).isTrue();
    assertThat(Comparison.synonyms("blast", "attack")).isFalse();
  }

  @Test
  void aVerbAfterARelativeThatAndAShootingElsewhereAreOtherEvents() {
    Analysed a = withEvents(heraldArticle("d4", "Gunmen shot a guard in Brenn. Police seek a man"
        + " that shot a driver.").build(), Event.Type.ATTACK, "shot");
    assertThat(Comparison.of("line-d4", List.of(a), n -> false).timeline()).hasSize(2);
    Analysed b = heraldArticle("d5", "The Brenn shooting shocked Valdoria. Hours later the"
        + " shooting in Selm began.")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .entity("selm", "Selm", EntityType.LOCATION, "Selm")
        .event(Event.Type.ATTACK, "shooting", null, null, null, null).located("brenn")
        .eventAfter("later", Event.Type.ATTACK, "shooting", null, null, null).located("selm")
        .build();
    assertThat(Comparison.of("line-d5", List.of(b), n -> false).timeline())
        .as("the shooting in Selm is not the Brenn shooting").hasSize(2);
  }

  @Test
  void aMeetingWithAMinisterIsTheMeetingWithHisState() {
    Analysed a = heraldArticle("m1", "Ostmark hosted a meeting with Valdoria in Brenn. Valdoria's"
        + " envoys came to a summit with Minister Ivo Drast.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("drast", "Ivo Drast", EntityType.PERSON, "Ivo Drast").country("drast", "ostmark")
        .event(Event.Type.MEET, "meeting", "ostmark", "valdoria", null, null)
        .event(Event.Type.MEET, "summit", null, "drast", null, null)
        .build();
    assertThat(Comparison.of("line-m1", List.of(a), n -> false).timeline()).singleElement()
        .satisfies(t -> {
          assertThat(t.reports()).hasSize(2);
          // Ostmark and its minister are one side: not "Ostmark → Ivo Drast"
          assertThat(t.actors()).contains("Ostmark");
          assertThat(t.targets()).doesNotContain("Ivo Drast");
        });
  }

  @Test
  void aPronounIsNoLabelBesideADescription() {
    Analysed a = heraldArticle("p1", "Ostmark sends arms to help them. Ostmark supplied the"
        + " countries with drones.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .event(Event.Type.SUPPORT, "help", "ostmark", null, null, null)
        .described(Event.Role.TARGET, "them")
        .event(Event.Type.SUPPORT, "supplied", "ostmark", null, null, null)
        .described(Event.Role.TARGET, "the countries")
        .build();
    assertThat(Comparison.of("line-p1", List.of(a), n -> false).timeline()).singleElement()
        .satisfies(t -> assertThat(t.targets()).containsExactly("the countries"));
    Analysed alone = heraldArticle("p2", "Ostmark sends arms to help them.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .event(Event.Type.SUPPORT, "help", "ostmark", null, null, null)
        .described(Event.Role.TARGET, "them")
        .build();
    assertThat(Comparison.of("line-p2", List.of(alone), n -> false).timeline()).singleElement()
        .satisfies(t -> assertThat(t.targets()).containsExactly("them"));
  }

  @Test
  void theNounPointsBackOnlyToTheLastEventOfItsKind() {
    // a killing told since the last "attack": "the attack" is not the van attack
    Analysed a = withEvents(heraldArticle("d2", "A van attack killed one man in 2017. In Brenn a"
        + " gunman shot two shoppers. A witness said that during the attack he shouted.").build(),
        Event.Type.ATTACK, "attack", "shot");
    assertThat(Comparison.of("line-d2", List.of(a), n -> false).timeline())
        .allSatisfy(e -> assertThat(e.reports()).hasSize(1));
    Analysed bombing = heraldArticle("d6", "An attack hit Brenn. The bombing in Selm killed"
        + " five. Officials blamed Ostmark for the attack.")
        .entity("selm", "Selm", EntityType.LOCATION, "Selm")
        .event(Event.Type.ATTACK, "attack", null, null, null, null)
        .event(Event.Type.ATTACK, "bombing", null, null, null, null).located("selm")
        .eventAfter("blamed", Event.Type.ATTACK, "attack", null, null, null)
        .build();
    assertThat(Comparison.of("line-d6", List.of(bombing), n -> false).timeline())
        .as("the bombing in Selm is another event told since the first attack").hasSize(3);
    Analysed plural = withEvents(heraldArticle("d3", "The attacks shook Brenn. A witness said"
        + " the attack lasted minutes.").build(), Event.Type.ATTACK, "attack", "attacks");
    assertThat(Comparison.of("line-d3", List.of(plural), n -> false).timeline())
        .as("not 'the attack' after 'the attacks'").hasSize(2);
  }

  @Test
  void aDenialTheSourceDidNotMakeIsNotDenied() {
    Analysed a = heraldArticle("n2", "A spokeswoman did not deny that Ostmark shelled Brenn.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .attribution("a1", "A spokeswoman", null, "did not deny", "that Ostmark shelled Brenn",
            Stance.DENY)
        .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, "a1")
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-n2", List.of(a, ledger()),
        n -> false).claimGroups();
    assertThat(groups).flatExtracting(Comparison.ClaimGroup::claims)
        .filteredOn(cl -> cl.articleId().equals("n2")).singleElement()
        .satisfies(cl -> assertThat(cl.status()).isEqualTo(Comparison.Status.NOT_SAID));
    // the ledger's officials say Ostmark shelled Brenn: no denial, so no contradiction
    assertThat(groups).filteredOn(g -> g.claims().size() > 1).isNotEmpty()
        .noneMatch(Comparison.ClaimGroup::contradiction);
  }

  @Test
  void oneSpeakersSameWordsInTwoOutletsAreOneClaimThoughTheyNameNoEntity() {
    String quote = "The gates stay shut until the inspectors finish their work";
    Analysed one = new Fixtures("q1", "herald.example", "Northwind Herald",
        LocalDate.of(2031, 3, 3), "Harbour closed", "“" + quote + ",” Marta Okonkwo said.")
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .attribution("a1", "Marta Okonkwo", "okonkwo", "said", quote, Stance.ASSERT)
        .build();
    Analysed two = new Fixtures("q2", "ledger.example", "Capital Ledger",
        LocalDate.of(2031, 3, 3), "Harbour stays closed", "Harbour chief Marta Okonkwo said: “"
            + quote + ".”")
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .attribution("a1", "Harbour chief Marta Okonkwo", "okonkwo", "said", quote,
            Stance.ASSERT)
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-q", List.of(one, two), n -> false)
        .claimGroups();
    assertThat(groups).singleElement().satisfies(g -> assertThat(g.outlets())
        .containsEntry("herald.example", Comparison.Status.NAMED_SOURCE)
        .containsEntry("ledger.example", Comparison.Status.NAMED_SOURCE));
  }

  @Test
  void aSpeakersWordsQuotedByOutletsThatCutThemDifferentlyAreOneClaim() {
    String speech = "I firmly reject this ruling of the tribunal. The harbour levy was lawful,"
        + " our accounts are open to every citizen, the fishermen of Trellin paid it gladly for"
        + " eleven years, the ferry company never once complained about it, and we will appeal"
        + " to the high court before the spring session";
    Analysed whole = new Fixtures("e1", "herald.example", "Northwind Herald",
        LocalDate.of(2031, 3, 3), "Minister rejects ruling", "“" + speech + ",” Ilse Varga"
            + " told reporters.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .quotation("a1", "Ilse Varga", "varga", "told", speech)
        .build();
    // two words of hers in the outlet's own sentence
    Analysed fragment = new Fixtures("e2", "ledger.example", "Capital Ledger",
        LocalDate.of(2031, 3, 3), "Levy ruling", "Varga said she “firmly rejects” what the"
            + " judges decided.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Varga")
        .attribution("a1", "Varga", "varga", "said", "she “firmly rejects” what the judges"
            + " decided", Stance.ASSERT)
        .build();
    // three of her words in a row, half of a short quotation; on another day two of them in
    // another statement (too few words in common with the speech for the word rule to join
    // either)
    String levy = "The harbour levy was lawful, and tickets stay cheap";
    Analysed sentence = new Fixtures("e3", "courier.example", "Evening Courier",
        LocalDate.of(2031, 3, 4), "Levy", "“" + levy + ",” said Ilse Varga. “The spring session"
            + " will bring lower fees for fishing boats,” Ilse Varga said later.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .quotation("a1", "Ilse Varga", "varga", "said", levy)
        .quotation("a2", "Ilse Varga", "varga", "said later",
            "The spring session will bring lower fees for fishing boats")
        .build();
    // another speaker's same two words; and three of hers in a long quotation about something
    // else (a phrase of hers, not the statement)
    String accounts = "Our accounts are open to every citizen who asks, and the mayor's office"
        + " will publish them monthly alongside the budget and the minutes of each council"
        + " meeting";
    Analysed other = new Fixtures("e4", "gazette.example", "Harbour Gazette",
        LocalDate.of(2031, 3, 4), "Port director", "Port director Anton Bex said he “firmly"
            + " rejects” the levy. “" + accounts + ",” said Ilse Varga.")
        .entity("bex", "Anton Bex", EntityType.PERSON, "Anton Bex")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .attribution("a1", "Port director Anton Bex", "bex", "said",
            "he “firmly rejects” the levy", Stance.ASSERT)
        .quotation("a2", "Ilse Varga", "varga", "said", accounts)
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-e",
        List.of(whole, fragment, sentence, other), n -> false).claimGroups();
    assertThat(groups).hasSize(4);
    assertThat(groups.get(0).claims()).extracting(c -> c.content().text()).containsExactly(
        speech, "she “firmly rejects” what the judges decided", levy);
    assertThat(groups).filteredOn(g -> g.claims().size() == 1)
        .extracting(g -> g.claims().get(0).content().text()).containsExactlyInAnyOrder(
            "The spring session will bring lower fees for fishing boats",
            "he “firmly rejects” the levy", accounts);
  }

  @Test
  void aNegationIsPartOfTheQuotedWordsAndAFragmentMayOpenBeforeTheContent() {
    String pledge = "We will not seek war with Ostmark, whatever its generals say about the"
        + " harbour, the ferries, the levy, the fishermen or the tribunal";
    Analysed whole = new Fixtures("n1", "herald.example", "Northwind Herald",
        LocalDate.of(2031, 3, 3), "No war", "“" + pledge + ",” Ilse Varga said.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .quotation("a1", "Ilse Varga", "varga", "said", pledge)
        .build();
    // the same two words without the negation are another statement
    Analysed threat = new Fixtures("n2", "ledger.example", "Capital Ledger",
        LocalDate.of(2031, 3, 3), "War", "Ilse Varga said Valdoria “will seek war” if the dam"
            + " is hit.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .attribution("a1", "Ilse Varga", "varga", "said", "Valdoria “will seek war” if the"
            + " dam is hit", Stance.ASSERT)
        .build();
    assertThat(Comparison.of("line-n", List.of(whole, threat), n -> false).claimGroups())
        .hasSize(2);
    // a content that opens inside the quotation ("said “we …"): its first words are quoted
    Analysed again = new Fixtures("n3", "courier.example", "Evening Courier",
        LocalDate.of(2031, 3, 3), "No war", "Varga said “we will not seek war” but would defend"
            + " the dam, the locks and the bridges.")
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Varga")
        .attribution("a1", "Varga", "varga", "said", "we will not seek war” but would defend"
            + " the dam, the locks and the bridges", Stance.ASSERT)
        .build();
    assertThat(Comparison.of("line-n", List.of(whole, again), n -> false).claimGroups())
        .singleElement();
  }

  /** Another article of the fictional Northwind Herald, titled by its id. */
  private static Fixtures heraldArticle(String id, String text) {
    return new Fixtures(id, "herald.example", "Northwind Herald", LocalDate.of(2031, 3, 3), id,
        text);
  }

  @Test
  void twoEventsToldInOneSentenceOfNarrationAreOneClaim() {
    Analysed one = heraldArticle("s1", "The envoy's visit to Valdoria comes after an Ostmark"
        + " assault on Brenn. Valdoria later severed relations with Ostmark.")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .event(Event.Type.MEET, "visit", null, "valdoria", null, null)
        .event(Event.Type.ATTACK, "assault", "ostmark", "brenn", null, null)
        .event(Event.Type.SEVER_RELATIONS, "severed", "valdoria", "ostmark", null, null)
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-s", List.of(one), n -> false)
        .claimGroups();
    assertThat(groups).hasSize(2).allSatisfy(g -> assertThat(g.claims()).hasSize(1));
    assertThat(groups).extracting(g -> g.claims().get(0).content().text())
        .containsExactlyInAnyOrder("The envoy's visit to Valdoria comes after an Ostmark"
            + " assault on Brenn.", "Valdoria later severed relations with Ostmark.");
  }

  @Test
  void theOutletsNarrationAndASpeakersWordsInOneSentenceAreTwoClaims() {
    String text = "Marta Okonkwo met the envoy of Valdoria on Friday and said she would ask"
        + " Valdoria to reopen the Brenn crossing.";
    Analysed one = heraldArticle("n1", text)
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .event(Event.Type.MEET, "met", "okonkwo", "valdoria", null, null)
        .attribution("a1", "Marta Okonkwo", "okonkwo", "said",
            "she would ask Valdoria to reopen the Brenn crossing", Stance.ASSERT)
        .build();
    List<Comparison.ClaimGroup> groups = Comparison.of("line-n", List.of(one), n -> false)
        .claimGroups();
    assertThat(groups).as("the meeting is the outlet's; the request is hers").hasSize(2);
    assertThat(groups).anySatisfy(g -> {
      assertThat(g.claims()).singleElement().extracting(c -> c.content().text())
          .isEqualTo(text);
      assertThat(g.outlets()).containsEntry("herald.example", Comparison.Status.ASSERTED);
    });
    assertThat(groups).anySatisfy(g -> {
      assertThat(g.summary()).isEqualTo("Marta Okonkwo: she would ask Valdoria to reopen the"
          + " Brenn crossing");
      assertThat(g.outlets()).containsEntry("herald.example", Comparison.Status.NAMED_SOURCE);
    });
  }

  @Test
  void theOutletsOwnHedgeIsAssertedAndNoSourceAndAPronounSourceGoesByItsName() {
    Analysed one = heraldArticle("o1", "Marta Okonkwo seems to have left the harbour board."
        + " She said the gates would stay shut.")
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .hedge("a1", "seems", "Marta Okonkwo seems to have left the harbour board")
        .attribution("a2", "She", "okonkwo", "said", "the gates would stay shut", Stance.ASSERT)
        .build();
    Comparison c = Comparison.of("line-o", List.of(one), n -> false);
    assertThat(c.claimGroups()).anySatisfy(g -> {
      assertThat(g.summary()).startsWith("Marta Okonkwo seems to have left");
      assertThat(g.outlets()).containsEntry("herald.example", Comparison.Status.ASSERTED);
    });
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.categories()).containsExactly(java.util.Map.entry("person", 1));
      assertThat(p.chains()).singleElement().satisfies(n ->
          assertThat(n.source()).isEqualTo("Marta Okonkwo"));
    });
  }

  @Test
  void whatTheOutletSaysWasReportedlyDoneIsAnUnnamedSourcesReport() {
    // fictional: "reportedly" passes on what others say, unlike the outlet's own "seems"
    Analysed one = heraldArticle("o3", "Marta Okonkwo has reportedly left the harbour board.")
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .hedge("a1", "reportedly", "Marta Okonkwo has reportedly left the harbour board")
        .build();
    Comparison c = Comparison.of("line-o3", List.of(one), n -> false);
    assertThat(c.claimGroups()).singleElement().satisfies(g ->
        assertThat(g.outlets()).containsEntry("herald.example", Comparison.Status.UNNAMED_SOURCE));
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.categories()).containsExactly(java.util.Map.entry("unnamed", 1));
      assertThat(p.chains()).singleElement().satisfies(n -> {
        assertThat(n.source()).isEqualTo("(unstated)");
        assertThat(n.cue()).isEqualTo("reportedly");
      });
    });
  }

  @Test
  void aQuestionPutToASpeakerIsNoClaim() {
    // fictional: what Okonkwo was asked about is the question, not a statement of the outlet's
    Analysed one = heraldArticle("o4", "Asked about the harbour levy, Marta Okonkwo said the"
        + " gates would stay shut.")
        .entity("okonkwo", "Marta Okonkwo", EntityType.PERSON, "Marta Okonkwo")
        .hedge("a1", "Asked about", "the harbour levy")
        .attribution("a2", "Marta Okonkwo", "okonkwo", "said", "the gates would stay shut",
            Stance.ASSERT)
        .build();
    Comparison c = Comparison.of("line-o4", List.of(one), n -> false);
    assertThat(c.claimGroups()).singleElement().satisfies(g ->
        assertThat(g.summary()).contains("the gates would stay shut"));
  }

  @Test
  void aChainRunsThroughTheOutletsOwnHedge() {
    Analysed one = heraldArticle("o2", "The Courier reported that the envoy seems to have"
        + " said the talks failed.")
        .entity("courier", "The Courier", EntityType.ORGANIZATION, "The Courier")
        .attribution("a1", "The Courier", "courier", "reported",
            "that the envoy seems to have said the talks failed", Stance.ASSERT)
        .hedge("a2", "seems", "the envoy seems to have said the talks failed")
        .attribution("a3", "the envoy", null, "said", "the talks failed", Stance.ASSERT)
        .parent("a2", "a1").parent("a3", "a2")
        .build();
    Comparison c = Comparison.of("line-o2", List.of(one), n -> false);
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.maxDepth()).isEqualTo(2);
      assertThat(p.chains()).singleElement().satisfies(n -> {
        assertThat(n.source()).isEqualTo("The Courier");
        assertThat(n.children()).extracting(Comparison.SourceNode::source)
            .containsExactly("the envoy");
      });
    });
  }

  @Test
  void framingKeepsTheOutletsOwnWordsApartFromWhatItQuotes() {
    List<Comparison.FramingRow> rows = compare().framing();
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.outletId()).isEqualTo("herald.example");
      assertThat(r.label()).isEqualTo("regime");
      assertThat(r.voice()).isEqualTo(FramingCue.Voice.NARRATION);
      assertThat(r.targetName()).isEqualTo("Ostmark");
      assertThat(r.evidence()).singleElement().extracting(Evidence::text).isEqualTo("regime");
    });
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.outletId()).isEqualTo("ledger.example");
      assertThat(r.label()).isEqualTo("bandits");
      assertThat(r.voice()).isEqualTo(FramingCue.Voice.QUOTE);
    });
  }

  @Test
  void sourcingCountsTheCountriesSourcesSpeakForOrFrom() {
    Analysed one = heraldArticle("c1", "Ostmark said the border was closed. Minister Irena Vasko"
        + " said the talks had failed. Valdorian officials said the dam was safe. Experts said"
        + " the river was rising.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdorian")
        .entity("vasko", "Irena Vasko", EntityType.PERSON, "Irena Vasko").country("vasko", "ostmark")
        .attribution("a1", "Ostmark", "ostmark", "said", "the border was closed", Stance.ASSERT)
        .attribution("a2", "Minister Irena Vasko", "vasko", "said", "the talks had failed",
            Stance.ASSERT)
        .attribution("a3", "Valdorian officials", null, "said", "the dam was safe",
            Stance.ASSERT)
        .attribution("a4", "Experts", null, "said", "the river was rising", Stance.ASSERT)
        .build();
    Comparison c = Comparison.of("line-c", List.of(one), n -> false);
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.countries()).containsExactly(java.util.Map.entry("Ostmark", 2),
          java.util.Map.entry("Valdoria", 1));
      assertThat(p.categories()).containsEntry("unnamed", 2);
      assertThat(p.chains()).extracting(Comparison.SourceNode::country)
          .containsExactly("Ostmark", "Ostmark", "Valdoria", null);
    });
  }

  @Test
  void aTheyIsNamedWhenThePhraseItStandsForOpensWithANameAsTheSourceItselfWouldBe() {
    Analysed named = heraldArticle("th1", "Ostmark and Valdoria met on Monday. They said the"
        + " border was closed.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .they("a1", "They", "Ostmark and Valdoria", "said", "the border was closed")
        .build();
    Comparison c = Comparison.of("line-th", List.of(named), n -> false);
    assertThat(c.claimGroups()).singleElement().satisfies(g ->
        assertThat(g.outlets()).containsEntry("herald.example", Comparison.Status.NAMED_SOURCE));
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.categories()).containsExactly(java.util.Map.entry("government", 1));
      assertThat(p.chains()).singleElement().satisfies(n -> {
        assertThat(n.source()).isEqualTo("They (Ostmark and Valdoria)");
        assertThat(n.country()).isEqualTo("Ostmark");
      });
    });
    // a description stays one, as it would be as the source itself; its country still counts
    Analysed described = heraldArticle("th2", "The farmers of Ostmark met on Monday. They said"
        + " the border was closed.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .they("a1", "They", "The farmers of Ostmark", "said", "the border was closed")
        .build();
    // a name modifying the head is no name of the source: "Ostmark border guards"
    Analysed modified = heraldArticle("th3", "Ostmark border guards met on Monday. They said"
        + " the border was closed.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .they("a1", "They", "Ostmark border guards", "said", "the border was closed")
        .build();
    assertThat(Comparison.of("line-th3", List.of(modified), n -> false).claimGroups())
        .singleElement().satisfies(g -> assertThat(g.outlets())
            .containsEntry("herald.example", Comparison.Status.UNNAMED_SOURCE));
    Comparison d = Comparison.of("line-th2", List.of(described), n -> false);
    assertThat(d.claimGroups()).singleElement().satisfies(g -> assertThat(g.outlets())
        .containsEntry("herald.example", Comparison.Status.UNNAMED_SOURCE));
    assertThat(d.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.categories()).containsExactly(java.util.Map.entry("unnamed", 1));
      assertThat(p.chains()).singleElement().satisfies(n ->
          assertThat(n.country()).isEqualTo("Ostmark"));
    });
  }

  @Test
  void sourcesThatWithholdWhoTheyAreAreAnonymous() {
    Analysed one = heraldArticle("an1", "Sources close to the board said the dam leaked. A person"
        + " familiar with the matter said repairs began. Police said the road was closed.")
        .attribution("a1", "Sources close to the board", null, "said", "the dam leaked",
            Stance.ASSERT)
        .attribution("a2", "A person familiar with the matter", null, "said", "repairs began",
            Stance.ASSERT)
        .attribution("a3", "Police", null, "said", "the road was closed", Stance.ASSERT)
        .build();
    assertThat(Comparison.of("line-an", List.of(one), n -> false).sourcing()).singleElement()
        .satisfies(p -> assertThat(p.categories()).containsExactly(
            java.util.Map.entry("anonymous", 2), java.util.Map.entry("unnamed", 1)));
  }

  @Test
  void sourcingSortsSourcesByKind() {
    assertThat(compare().sourcing()).anySatisfy(p -> {
      assertThat(p.outletId()).isEqualTo("herald.example");
      assertThat(p.categories()).containsEntry("government", 1);
      assertThat(p.maxDepth()).isEqualTo(1);
    }).anySatisfy(p -> {
      assertThat(p.outletId()).isEqualTo("ledger.example");
      assertThat(p.categories()).containsEntry("unnamed", 1);
    });
  }

  @Test
  void reportsRenderEveryFormatWithEvidenceAndEscaping() throws Exception {
    Reports.Section s = new Reports.Section("storyline", "line-h1",
        List.of(new Story("story-h1", "line-h1", List.of("h1", "l1"))), compare());
    String md = Reports.markdown(List.of(s));
    assertThat(md).contains("# Storyline: Valdoria cuts ties with &lt;Ostmark&gt;")
        .contains("| Northwind Herald | Capital Ledger |").contains("denied [A1 ")
        .contains("unnamed source [A2 ")
        .contains("**2031-03-02** (day; dated by 1 of 2 reports) SEVER_RELATIONS")
        .contains("Undated:").contains("bandits ×1 (label)")
        .contains("Also mentioned once, with no named participant: PROTEST “reckless” [A1 ");
    assertThat(md.indexOf("PROTEST")).as("after the timeline's entries")
        .isGreaterThan(md.indexOf("Undated:"));
    String html = Reports.html(List.of(s));
    assertThat(html).contains("Valdoria cuts ties with &lt;Ostmark&gt;")
        .doesNotContain("<Ostmark>").contains("href=\"#h1-");
    // every link in the HTML lands on an anchor in an article's text
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"")
        .matcher(html);
    int links = 0;
    while (m.find()) {
      links++;
      assertThat(html).contains("<a id=\"" + m.group(1) + "\"></a>");
    }
    assertThat(links).isGreaterThan(5);
    JsonNode json = new ObjectMapper().readTree(Reports.json(List.of(s)));
    JsonNode story = json.get("stories").get(0);
    assertThat(story.get("id").asText()).isEqualTo("line-h1");
    assertThat(story.at("/articles/0/id").asText()).isEqualTo("h1");
    assertThat(story.at("/timeline/0/type").asText()).isEqualTo("SEVER_RELATIONS");
    assertThat(story.at("/claimGroups/0/outlets").has("ledger.example")).isTrue();
    assertThat(story.at("/framing/herald.example/ostmark/0/label").asText()).isEqualTo("regime");
    assertThat(story.at("/framing/ledger.example/ostmark/0/voice").asText()).isEqualTo("quote");
  }

  @Test
  void aColumnistsIAndWeAreTheOutletsOwnVoiceNotAnUnnamedSource() {
    String text = "I think the harbour levy is a mistake. We believe the tribunal erred. We"
        + " could not confirm that the ferries stopped. Officials said the levy would stay."
        + " “I think it is fair,” Ilse Varga said.";
    Analysed column = new Fixtures("o1", "herald.example", "Northwind Herald",
        LocalDate.of(2031, 3, 3), "The levy is a mistake", text)
        .entity("varga", "Ilse Varga", EntityType.PERSON, "Ilse Varga")
        .attribution("a1", "I", null, "think", "the harbour levy is a mistake", Stance.HEDGE)
        .attribution("a2", "We", null, "believe", "the tribunal erred", Stance.ASSERT)
        .attribution("a3", "We", null, "could not confirm", "that the ferries stopped",
            Stance.ASSERT)
        .attribution("a4", "Officials", null, "said", "the levy would stay", Stance.ASSERT)
        .quotation("a5", "Ilse Varga", "varga", "said", "I think it is fair")
        .build();
    Comparison c = Comparison.of("line-o", List.of(column), n -> false);
    // what the writer could not confirm stays unsaid, not asserted
    assertThat(c.claimGroups()).flatExtracting(Comparison.ClaimGroup::claims)
        .extracting(cl -> cl.content().text() + " " + cl.status())
        .contains("the harbour levy is a mistake ASSERTED", "the tribunal erred ASSERTED",
            "that the ferries stopped NOT_SAID", "the levy would stay UNNAMED_SOURCE",
            "I think it is fair NAMED_SOURCE");
    assertThat(c.sourcing()).singleElement().satisfies(p -> {
      assertThat(p.categories()).containsEntry("unnamed", 1).containsEntry("person", 1)
          .hasSize(2);
      assertThat(p.chains()).extracting(Comparison.SourceNode::source)
          .containsExactlyInAnyOrder("Officials", "Ilse Varga");
    });
  }

  @Test
  void withManyOutletsTheFramingTableHasARowPerActorAndOutletThatFramesIt() {
    List<Analysed> items = new ArrayList<>();
    String[] outlets = {"Herald", "Ledger", "Courier", "Gazette", "Observer"};
    for (int i = 0; i < outlets.length; i++) {
      String words = i % 2 == 0 ? "the Ostmark regime" : "Ostmark's “rulers”";
      Fixtures f = new Fixtures("w" + i, outlets[i].toLowerCase(Locale.ROOT) + ".example",
          "The " + outlets[i], LocalDate.of(2031, 3, 3), "Dam", "Officials blamed " + words
              + " for the dam.")
          .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark");
      if (i < 4) { // the fifth outlet frames no one
        f.cue(i % 2 == 0 ? FramingCue.Kind.LABEL : FramingCue.Kind.SCARE_QUOTES,
            i % 2 == 0 ? "regime" : "rulers", "ostmark", i % 2 == 0
                ? FramingCue.Voice.NARRATION : FramingCue.Voice.PARAPHRASE);
      }
      items.add(f.build());
    }
    Comparison c = Comparison.of("line-w", items, n -> false);
    Reports.Section s = new Reports.Section("storyline", "line-w",
        List.of(new Story("story-w", "line-w", List.of("w0", "w1", "w2", "w3", "w4"))), c);
    String md = Reports.markdown(List.of(s));
    String table = md.substring(md.indexOf("## Framing"), md.indexOf("## Sourcing"));
    assertThat(table).contains("| actor | outlet | own words | quoted |")
        .contains("| **Ostmark** | The Herald | regime ×1 (label) [A1 ")
        .contains("|  | The Ledger | “rulers” ×1 (scare quotes, paraphrase) [A2 ")
        .doesNotContain("The Observer").doesNotContain(": own words");
    assertThat(table.lines().filter(l -> l.startsWith("| ")).count()).isEqualTo(5);
    String html = Reports.html(List.of(s));
    assertThat(html).contains("<td rowspan=\"4\">Ostmark</td><td>The Herald</td>")
        .contains("<th>outlet</th><th>own words</th><th>quoted</th>");
    // four outlets or fewer stay side by side
    Comparison few = Comparison.of("line-w", items.subList(0, 4), n -> false);
    assertThat(Reports.markdown(List.of(new Reports.Section("storyline", "line-w",
        List.of(new Story("story-w", "line-w", List.of("w0", "w1", "w2", "w3"))), few))))
        .contains("| actor | The Herald: own words | The Herald: quoted |");
  }

  @Test
  void findsTheSentenceAroundASpan() {
    String t = "First one. Second sentence here! Third.";
    int[] s = Comparison.sentence(t, t.indexOf("sentence"), t.indexOf("sentence") + 8);
    assertThat(t.substring(s[0], s[1])).isEqualTo("Second sentence here!");
  }

  @Test
  void regressionAnAnalysisThatDoesNotFitItsTextIsSkippedNotFatal() {
    Analysed h = herald();
    org.parallax.model.analysis.Analysis an = h.analysis();
    org.parallax.model.analysis.Span beyond = new org.parallax.model.analysis.Span(5000, 5007,
        "severed");
    org.parallax.model.analysis.Analysis stale = new org.parallax.model.analysis.Analysis(
        an.articleId(), an.version(), an.tokens(), an.entities(), an.times(), an.attributions(),
        List.of(new Event("e9", Event.Type.ATTACK, beyond, an.events().get(0).participants(),
            null, false, Event.Modality.ASSERTED, null)), an.framing());
    Comparison c = Comparison.of("x", List.of(new Analysed(h.article(), stale), ledger()),
        name -> false);
    assertThat(c.timeline()).allSatisfy(t -> assertThat(t.reports())
        .noneMatch(r -> r.trigger().begin() == 5000));
    assertThat(Reports.html(List.of(new Reports.Section("story", "x",
        List.of(new Story("x", "x", List.of("h1", "l1"))), c)))).contains("</html>");
  }

  @Test
  void timelinePrecisionAndOrderFollowTimeMlValues() {
    assertThat(Comparison.precision("2024-10-08TNI")).isEqualTo("day");
    assertThat(Comparison.precision("2024-10-08T09:00")).isEqualTo("day");
    assertThat(Comparison.precision("2024-W40-WE")).isEqualTo("week");
    assertThat(Comparison.precision("2024-Q3")).isEqualTo("quarter");
    assertThat(Comparison.precision("2024-SU")).isEqualTo("season");
    assertThat(Comparison.precision("197")).isEqualTo("decade");
    assertThat(Comparison.precision("20")).isEqualTo("century");
    assertThat(Comparison.precision(null)).isEqualTo("unknown");
    // "now" and durations are resolved values but no date: such an event is undated
    for (String value : List.of("PRESENT_REF", "PAST_REF", "P3D")) {
      Event e = new Event("e1", Event.Type.SUPPORT, new org.parallax.model.analysis.Span(0, 4,
          "help"), List.of(), new org.parallax.model.analysis.TimeExpression(0, 3, "now", "DATE",
              value, true, null), false, Event.Modality.ASSERTED, null);
      assertThat(Comparison.date(e)).as(value).isNull();
    }
    List<String> values = new java.util.ArrayList<>(List.of("2024-11", "2024-10-01", "2024-Q3",
        "2024-W40", "2024-SU"));
    values.sort(java.util.Comparator.comparing(Comparison::sortKey));
    // week 40 of 2024 starts on Monday 30 September
    assertThat(values).containsExactly("2024-SU", "2024-Q3", "2024-W40", "2024-10-01", "2024-11");
  }

  @Test
  void aDisasterIsKeyedByWhereItStruckAndAnEventWithNoEntityByNothing() {
    org.parallax.model.analysis.Span quake = new org.parallax.model.analysis.Span(11, 16,
        "quake");
    org.parallax.model.analysis.Span where = new org.parallax.model.analysis.Span(4, 10,
        "Sumatra");
    Event disaster = new Event("e1", Event.Type.DISASTER, quake, List.of(new Event.Participant(
        Event.Role.LOCATION, "location:sumatra", where)), null, false, Event.Modality.ASSERTED,
        null);
    assertThat(Comparison.eventKeys(disaster)).containsExactly("DISASTER:@location:sumatra");
    // an attack's place is no key: two attacks in one town by different hands are two events
    Event attack = new Event("e2", Event.Type.ATTACK, quake, disaster.participants(), null,
        false, Event.Modality.ASSERTED, null);
    assertThat(Comparison.eventKeys(attack)).isEmpty();
  }

  @Test
  void aClaimIsSummarisedUnderItsSpeakersNameNotAPronoun() {
    List<org.parallax.model.analysis.Entity> entities = List.of(
        new org.parallax.model.analysis.Entity("person:irena-vasko", "Irena Vasko",
            EntityType.PERSON, null, List.of(), List.of()));
    assertThat(Comparison.speaker("She", "person:irena-vasko", entities)).isEqualTo("Irena Vasko");
    assertThat(Comparison.speaker("the minister", "person:irena-vasko", entities))
        .isEqualTo("Irena Vasko");
    // a source written by name stays as written, with its title
    assertThat(Comparison.speaker("Foreign Minister Irena Vasko", "person:irena-vasko", entities))
        .isEqualTo("Foreign Minister Irena Vasko");
    assertThat(Comparison.speaker("sources close to the army", null, entities))
        .isEqualTo("sources close to the army");
    // some of an entity's people are not the entity
    assertThat(Comparison.speaker("at least one aide", "person:irena-vasko", entities))
        .isEqualTo("at least one aide");
  }

  @Test
  void framingRowsPutTheActorsMostOutletsFrameFirstAndUntargetedCuesLast() {
    String one = "Ostmark's junta met Arvel's rebels; bandits roamed.";
    String two = "The Ostmark regime denied it.";
    Analysed a = new Fixtures("f1", "one.example", "One", java.time.LocalDate.of(2031, 3, 2),
        "Talks", one)
        .entity("arvel", "Arvel", EntityType.LOCATION, "Arvel")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .cue(FramingCue.Kind.LABEL, "junta", "ostmark", FramingCue.Voice.NARRATION)
        .cue(FramingCue.Kind.LABEL, "rebels", "arvel", FramingCue.Voice.NARRATION)
        .cue(FramingCue.Kind.LABEL, "bandits", null, FramingCue.Voice.NARRATION)
        .build();
    Analysed b = new Fixtures("f2", "two.example", "Two", java.time.LocalDate.of(2031, 3, 2),
        "Denial", two)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .cue(FramingCue.Kind.LABEL, "regime", "ostmark", FramingCue.Voice.NARRATION)
        .build();
    Reports.Section s = new Reports.Section("storyline", "line-f",
        List.of(new Story("story-f", "line-f", List.of("f1", "f2"))),
        Comparison.of("line-f", List.of(a, b), n -> false));
    String md = Reports.markdown(List.of(s));
    String table = md.substring(md.indexOf("## Framing"), md.indexOf("## Sourcing"));
    // Ostmark, framed by both outlets, before Arvel (one outlet) although after it by name
    assertThat(table.indexOf("| Ostmark |")).isPositive()
        .isLessThan(table.indexOf("| Arvel |"));
    assertThat(table.indexOf("| Arvel |")).isLessThan(table.indexOf("| (no target) |"));
  }

  @Test
  void aDenialIsNoContradictionOfItsOwnArticleNorOfAClaimWordedAsTheSameNegation() {
    String one = "Ostmark denied that the Ostmark army had decided to withdraw from Brenn.";
    Analysed denial = new Fixtures("d1", "one.example", "One", LocalDate.of(2031, 3, 2),
        "Denial", one)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .attribution("a1", "Ostmark", "ostmark", "denied",
            "that the Ostmark army had decided to withdraw from Brenn", Stance.DENY)
        .build();
    Analysed agreeing = officialsSay("d2", "The Ostmark army had not decided to withdraw from"
        + " Brenn");
    Analysed disputing = officialsSay("d3", "The Ostmark army had decided to withdraw from Brenn");
    java.util.function.Function<List<Analysed>, Comparison.ClaimGroup> group = items ->
        Comparison.of("s", items, n -> false).claimGroups().stream()
            .filter(g -> g.claims().size() == items.size()).findFirst().orElseThrow();
    assertThat(group.apply(List.of(denial, agreeing)).contradiction()).isFalse();
    assertThat(group.apply(List.of(denial, disputing)).contradiction()).isTrue();
    // a refusal elsewhere says what the denial says: "denied it would …" and "refused to …"
    String five = "The Ostmark army refused to withdraw from Brenn.";
    Analysed refusing = new Fixtures("d5", "five.example", "Five", LocalDate.of(2031, 3, 3),
        "Refusal", five)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .attribution("a1", "The Ostmark army", "ostmark", "refused", "to withdraw from Brenn",
            Stance.ASSERT)
        .build();
    Comparison.ClaimGroup refusal = Comparison.of("s", List.of(denial, refusing), n -> false)
        .claimGroups().stream().filter(g -> g.claims().size() == 2).findFirst().orElseThrow();
    assertThat(refusal.contradiction()).isFalse();
    // within one article: the denial and what it denies are one reported dispute
    String four = "Ostmark dismissed claims that its army shelled Brenn, which the mayor said"
        + " its army shelled.";
    Analysed dispute = new Fixtures("d4", "four.example", "Four", LocalDate.of(2031, 3, 3),
        "Dispute", four)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .attribution("a1", "Ostmark", "ostmark", "dismissed",
            "claims that its army shelled Brenn", Stance.DENY)
        .attribution("a2", "the mayor", null, "said", "its army shelled.", Stance.ASSERT)
        .event(Event.Type.ATTACK, "shelled", "ostmark", null, null, "a1")
        .event(Event.Type.ATTACK, "shelled.", "ostmark", null, null, "a2")
        .build();
    assertThat(Comparison.of("s", List.of(dispute), n -> false).claimGroups())
        .noneMatch(Comparison.ClaimGroup::contradiction);
  }

  @Test
  void anEventTheOutletTellsAsNotDoneContradictsNoReportOfIt() {
    // the outlet's own "decided not to shell" is shown as denied, but it tells a plan, not a
    // deed, so another outlet's report of the shelling is no contradiction; "did not shell" is
    java.util.function.Function<String, Comparison.ClaimGroup> against = told -> {
      Analysed not = new Fixtures("n1", "one.example", "One", LocalDate.of(2031, 3, 2), "Port",
          "The Ostmark army " + told + " the port of Brenn on Monday morning.")
          .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
          .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
          .event(Event.Type.ATTACK, "shell", "ostmark", "brenn", null, null).negated()
          .build();
      Analysed did = new Fixtures("n2", "two.example", "Two", LocalDate.of(2031, 3, 3), "Port",
          "The Ostmark army shelled the port of Brenn on Monday morning.")
          .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
          .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
          .event(Event.Type.ATTACK, "shelled", "ostmark", "brenn", null, null)
          .build();
      return Comparison.of("s", List.of(not, did), n -> false).claimGroups().stream()
          .filter(g -> g.claims().size() == 2).findFirst().orElseThrow();
    };
    Comparison.ClaimGroup plan = against.apply("decided not to shell");
    assertThat(plan.outlets()).containsEntry("one.example", Comparison.Status.DENIED);
    assertThat(plan.contradiction()).isFalse();
    assertThat(against.apply("did not shell").contradiction()).isTrue();
    assertThat(against.apply("won't shell").contradiction()).isTrue();
  }

  @Test
  void aMergedEventListsTheParticipantsItsReportsNameAndDescriptionsOnlyWhereNoneIsNamed() {
    Analysed one = deal("m1", "Valdoria signed the deal with Ostmark and six other nations.",
        "signed").described(Event.Role.TARGET, "six other nations").build();
    Analysed two = deal("m2", "Valdoria agreed the terrible deal with Ostmark, the old rival said"
        + " by a cheering crowd.", "agreed").described(Event.Role.TARGET, "the terrible deal")
        .described(Event.Role.LOCATION, "a cheering crowd").build();
    Comparison.TimelineEntry deal = Comparison.of("s", List.of(one, two), n -> false)
        .timeline().stream().filter(t -> t.type() == Event.Type.AGREE).findFirst().orElseThrow();
    assertThat(deal.reports()).hasSize(2);
    assertThat(deal.actors()).containsExactly("Valdoria");
    assertThat(deal.targets()).as("named: the descriptions are left out").containsExactly("Ostmark");
    assertThat(deal.locations()).as("none named: the description stays")
        .containsExactly("a cheering crowd");
  }

  @Test
  void aMergedEventIsLabelledByTheParticipantsItsReportsAgreeOn() {
    Analysed one = deal("n1", "Valdoria signed the deal with Ostmark.", "signed").build();
    Analysed two = deal("n2", "Valdoria agreed the deal with Ostmark.", "agreed").build();
    Analysed three = new Fixtures("n3", "n3.example", "Outlet n3", LocalDate.of(2031, 3, 2),
        "Deal", "Valdoria reached the deal in Brenn.")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("brenn", "Brenn", EntityType.LOCATION, "Brenn")
        .event(Event.Type.AGREE, "reached", "valdoria", "brenn", "2031-03-01", null).build();
    Comparison.TimelineEntry deal = Comparison.of("s", List.of(one, two, three), n -> false)
        .timeline().stream().filter(t -> t.type() == Event.Type.AGREE).findFirst().orElseThrow();
    assertThat(deal.reports()).hasSize(3);
    assertThat(deal.actors()).containsExactly("Valdoria");
    assertThat(deal.targets()).as("two reports name Ostmark, one Brenn")
        .containsExactly("Ostmark");
    Comparison.TimelineEntry pair = Comparison.of("s", List.of(one, three), n -> false)
        .timeline().stream().filter(t -> t.type() == Event.Type.AGREE).findFirst().orElseThrow();
    assertThat(pair.targets()).as("no one named twice: all, as reported")
        .containsExactly("Ostmark", "Brenn");
  }

  @Test
  void reportsOfAStrikeAByPersonAndByTheirStateADayApartAreOneEvent() {
    java.util.function.BiFunction<String, String, Fixtures> outlet = (id, text) ->
        new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 3, 3), "Strike", text)
            .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
            .entity("orvan", "General Orvan", EntityType.PERSON, "General Orvan")
            .entity("marrant", "Ilse Marrant", EntityType.PERSON, "Ilse Marrant")
            .country("marrant", "valdoria")
            .entity("veltrak", "Jan Veltrak", EntityType.PERSON, "Jan Veltrak")
            .country("veltrak", "valdoria");
    Analysed byPerson = outlet.apply("p1", "Ilse Marrant killed General Orvan on Thursday night.")
        .event(Event.Type.ATTACK, "killed", "marrant", "orvan", "2031-03-01TNI", null).build();
    Analysed byState = outlet.apply("p2", "Valdoria killed General Orvan on Friday.")
        .event(Event.Type.ATTACK, "killed", "valdoria", "orvan", "2031-03-02", null).build();
    Analysed byAnother = outlet.apply("p3", "Jan Veltrak killed General Orvan on Thursday.")
        .event(Event.Type.ATTACK, "killed", "veltrak", "orvan", "2031-03-01", null).build();
    List<Comparison.TimelineEntry> attacks = Comparison.of("s", List.of(byPerson, byState),
        n -> false).timeline().stream().filter(t -> t.type() == Event.Type.ATTACK).toList();
    assertThat(attacks).as("Thursday night where it was ordered, Friday where it hit")
        .hasSize(1);
    assertThat(attacks.get(0).reports()).hasSize(2);
    assertThat(Comparison.of("s", List.of(byPerson, byAnother), n -> false).timeline())
        .as("two people are two sides").hasSize(2);
    assertThat(Comparison.nextDay("2031-03-01TNI", "2031-03-03")).isFalse();
  }

  @Test
  void reportsOfAShootingInOneTownOnOneDayAreOneEventWhoeverTheyName() {
    java.util.function.BiFunction<String, String, Fixtures> outlet = (id, text) ->
        new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 3, 3), "Shooting",
            text).entity("brenn", "Brenn", EntityType.LOCATION, "Brenn");
    Analysed gunman = outlet.apply("g1", "A gunman killed nine people in Brenn on Saturday.")
        .event(Event.Type.ATTACK, "killed", null, null, "2031-03-01", null).located("brenn")
        .build();
    Analysed shooting = outlet.apply("g2", "The Brenn shooting shocked the nation.")
        .event(Event.Type.ATTACK, "shooting", null, null, "2031-03-01TAF", null)
        .located("brenn").build();
    Analysed nextDay = outlet.apply("g3", "Police shot a man in Brenn on Sunday.")
        .event(Event.Type.ATTACK, "shot", null, null, "2031-03-02", null).located("brenn")
        .build();
    List<Comparison.TimelineEntry> attacks = Comparison.of("s",
        List.of(gunman, shooting, nextDay), n -> false).timeline().stream()
        .filter(t -> t.type() == Event.Type.ATTACK).toList();
    assertThat(attacks).as("one place, one day: one shooting; the next day's is another")
        .extracting(t -> t.reports().size()).containsExactly(2, 1);
  }

  @Test
  void aParticipantNamedInBothRolesKeepsTheRoleMoreReportsGiveIt() {
    Analysed one = deal("r1", "Valdoria signed the deal with Ostmark.", "signed").build();
    Analysed two = deal("r2", "Valdoria agreed the deal with Ostmark.", "agreed").build();
    Analysed reversed = sides("r3", LocalDate.of(2031, 3, 2), "Ostmark reached the deal with Valdoria.")
        .event(Event.Type.AGREE, "reached", "ostmark", "valdoria", "2031-03-01", null).build();
    List<Comparison.TimelineEntry> all = Comparison.of("s", List.of(one, two, reversed),
        n -> false).timeline();
    assertThat(all).extracting(t -> t.reports().size() + ": " + t.actors() + " → " + t.targets())
        .as("two reports against one").containsExactly("3: [Valdoria] → [Ostmark]");
    List<Comparison.TimelineEntry> pair = Comparison.of("s", List.of(one, reversed), n -> false)
        .timeline();
    assertThat(pair).extracting(t -> t.actors() + " → " + t.targets())
        .as("one report each: both sides as actors, neither its own target")
        .containsExactly("[Valdoria, Ostmark] → []");
    Map<String, Integer> actors = new java.util.HashMap<>(Map.of("Iran", 1));
    Map<String, Integer> targets = new java.util.HashMap<>(Map.of("Iran", 1, "Oman", 1));
    Comparison.oneRole(actors, targets);
    assertThat(actors).as("a tie goes to the actor").containsOnlyKeys("Iran");
    assertThat(targets).containsOnlyKeys("Oman");
  }

  @Test
  void anUndatedReportIsToldAsOfItsArticlesDay() {
    Analysed history = sides("h1", LocalDate.of(2031, 3, 2), "Valdoria's invasion of Ostmark.")
        .event(Event.Type.ATTACK, "invasion", "valdoria", "ostmark", "2003", null).build();
    Analysed now = sides("h2", LocalDate.of(2031, 3, 3), "Valdoria attacks Ostmark.")
        .event(Event.Type.ATTACK, "attacks", "valdoria", "ostmark", null, null).build();
    Analysed dated = sides("h3", LocalDate.of(2031, 3, 4), "Valdoria struck Ostmark.")
        .event(Event.Type.ATTACK, "struck", "valdoria", "ostmark", "2031-03-01", null).build();
    Analysed old = sides("h4", LocalDate.of(2031, 3, 4), "Valdoria invaded Ostmark.")
        .event(Event.Type.ATTACK, "invaded", "valdoria", "ostmark", "2003", null).build();
    assertThat(Comparison.of("s", List.of(history, now), n -> false).timeline())
        .as("today's undated attacks are not the invasion of 2003").hasSize(2);
    assertThat(Comparison.of("s", List.of(now, dated), n -> false).timeline())
        .as("an undated report joins an event of its article's days")
        .extracting(t -> t.reports().size()).containsExactly(2);
    assertThat(Comparison.of("s", List.of(now, history, old), n -> false).timeline())
        .as("nor does a dated report join the undated one, whatever the order")
        .extracting(t -> t.date() + ":" + t.reports().size())
        .containsExactly("2003:2", "null:1");
    assertThat(Comparison.near("2003", LocalDate.of(2003, 12, 30))).isTrue();
    assertThat(Comparison.near("2031-W09", LocalDate.of(2031, 3, 30))).isTrue();
    assertThat(Comparison.near("197", LocalDate.of(1980, 1, 31))).isTrue();
    assertThat(Comparison.near("197", LocalDate.of(1980, 2, 1))).isFalse();
    assertThat(Comparison.near("PAST_REF", LocalDate.of(1981, 2, 1))).as("no span").isTrue();
  }

  /** An outlet of its own, published that day, whose text names Valdoria and Ostmark. */
  static Fixtures sides(String id, LocalDate published, String text) {
    return new Fixtures(id, id + ".example", "Outlet " + id, published, "Valdoria", text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark");
  }

  /** An outlet of its own reporting Valdoria's agreement with Ostmark with {@code trigger}. */
  static Fixtures deal(String id, String text, String trigger) {
    return new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 3, 2), "Deal",
        text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .event(Event.Type.AGREE, trigger, "valdoria", "ostmark", "2031-03-01", null);
  }

  @Test
  void anOutletThatCarriesAClaimAndItsDenialShowsBothInTheMatrix() {
    Analysed both = accusation("b1", "Valdoria accused Ostmark of shelling Brenn, which Ostmark"
        + " denied.")
        .attribution("a2", "Ostmark", "ostmark", "denied", "Ostmark of shelling Brenn",
            Stance.DENY)
        .build();
    Reports.Section s = new Reports.Section("storyline", "line-b",
        List.of(new Story("story-b", "line-b", List.of("b1"))),
        Comparison.of("line-b", List.of(both), n -> false));
    assertThat(Reports.markdown(List.of(s))).contains("named source [A1 ")
        .contains("; denied [A1 ");
    assertThat(Reports.html(List.of(s))).contains("named source <a").contains("; denied <a");
  }

  @Test
  void aSummaryKeepsACueThatIsMoreThanSpeech() {
    Analysed accusing = accusation("s1", "Valdoria accused Ostmark of shelling Brenn.").build();
    assertThat(Comparison.of("s", List.of(accusing), n -> false).claimGroups())
        .extracting(Comparison.ClaimGroup::summary)
        .containsExactly("Valdoria accused Ostmark of shelling Brenn");
    assertThat(Comparison.of("s", List.of(officialsSay("s2", "Ostmark shelled Brenn")),
        n -> false).claimGroups()).extracting(Comparison.ClaimGroup::summary)
        .containsExactly("officials: Ostmark shelled Brenn");
  }

  /** An outlet of its own whose text opens with Valdoria accusing Ostmark of shelling Brenn. */
  static Fixtures accusation(String id, String text) {
    return new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 3, 2),
        "Accusation", text)
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .attribution("a1", "Valdoria", "valdoria", "accused", "Ostmark of shelling Brenn",
            Stance.ACCUSE);
  }

  @Test
  void aSentenceRunsPastTitlesInitialsAndDottedAbbreviations() {
    String text = "Talks ended. The strikes came after Maj. Gen. Ivo Marrant of the U.S. Army"
        + " met George W. Bush at 9 a.m. on Friday. Then the envoy left.";
    int at = text.indexOf("Bush");
    int[] s = Comparison.sentence(text, at, at + 4);
    assertThat(text.substring(s[0], s[1])).isEqualTo("The strikes came after Maj. Gen. Ivo"
        + " Marrant of the U.S. Army met George W. Bush at 9 a.m. on Friday.");
  }

  @Test
  void aQuestionInNarrationIsNoClaim() {
    Analysed asking = new Fixtures("q1", "q.example", "Q", LocalDate.of(2031, 3, 2), "Q",
        "What happened after Valdoria attacked Ostmark? Valdoria attacked Ostmark at dawn.")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .event(Event.Type.ATTACK, "attacked", "valdoria", "ostmark", null, null)
        .build();
    // the fixture's event is the question's "attacked": the only narrated sentence with an event
    assertThat(Comparison.of("s", List.of(asking), n -> false).claimGroups()).isEmpty();
  }

  @Test
  void aGroupIsSummedUpByAStatementNotByALabel() {
    Analysed label = officialsSay("t1", "Ostmark dam deal");
    Analysed statement = officialsSay("t2", "Ostmark signed the dam deal with Brenn");
    List<Comparison.ClaimGroup> groups = Comparison.of("s", List.of(label, statement),
        n -> false).claimGroups();
    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.claims()).hasSize(2);
      assertThat(g.summary()).isEqualTo("officials: Ostmark signed the dam deal with Brenn");
    });
  }

  @Test
  void anOutletsClaimAroundAQuotationLeavesTheQuotationOut() {
    String text = "\u201cThey call us terrorists,\u201d said Petra Lind, who spent the night"
        + " helping neighbours. \u201cWho believes that?\u201d";
    org.parallax.model.analysis.Span first = span(text, "They call us terrorists");
    org.parallax.model.analysis.Span second = span(text, "Who believes that?");
    org.parallax.model.analysis.Span content = new org.parallax.model.analysis.Span(
        first.begin(), second.end(), text.substring(first.begin(), second.end()));
    org.parallax.model.analysis.Attribution quote = new org.parallax.model.analysis.Attribution(
        "a1", null, new org.parallax.model.analysis.Attribution.Source(span(text, "Petra Lind"),
            null), span(text, "said"), content, true, Stance.ASSERT, List.of(first, second));
    org.parallax.model.analysis.Span helping = span(text, "helping");
    int end = text.indexOf("neighbours.") + "neighbours.".length();
    int[] own = Comparison.outsideQuotedSpeech(text, new int[] {0, end}, helping,
        List.of(quote));
    assertThat(text.substring(own[0], own[1]))
        .isEqualTo("said Petra Lind, who spent the night helping neighbours.");
    // reported speech is what the sentence tells: "Lind accused them of lying" stays whole
    org.parallax.model.analysis.Attribution reported = new org.parallax.model.analysis.Attribution(
        "a2", null, quote.source(), quote.cue(), first, false, Stance.ASSERT, List.of(first));
    assertThat(Comparison.outsideQuotedSpeech(text, new int[] {0, end}, helping,
        List.of(reported))).containsExactly(0, end);
  }

  private static org.parallax.model.analysis.Span span(String text, String part) {
    int at = text.indexOf(part);
    return new org.parallax.model.analysis.Span(at, at + part.length(), part);
  }

  /** An outlet of its own in which officials say {@code content} (about Ostmark). */
  static Analysed officialsSay(String id, String content) {
    return new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 3, 3),
        "Officials", content + ", officials said.")
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .attribution("a1", "officials", null, "said", content, Stance.ASSERT)
        .build();
  }
}
