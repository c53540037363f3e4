package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.InputKind;
import org.parallax.model.Outlet;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Event;
import org.parallax.model.analysis.TimeExpression;

/** Events on sentences written for these tests (not taken from any article). */
class EventExtractorTest {
  static Analysis analyse(String text, LocalDate published) {
    Article a = new Article("test-" + Integer.toHexString(text.hashCode()), "test",
        InputKind.TEXT_DUMP, Outlet.unregistered("example.org"), null, published, null, null, "en",
        List.of(), text, List.of(), List.of(), List.of());
    return SharedAnalyzer.get().analyze(a);
  }

  static Event only(Analysis a, Event.Type type) {
    List<Event> found = a.events().stream().filter(e -> e.type() == type).toList();
    assertThat(found).as("%s events in %s", type, a.events()).hasSize(1);
    return found.get(0);
  }

  /** The {@code role} of the one {@code type} event in {@code text} (published 2025-03-14). */
  static List<String> roleIn(String text, Event.Type type, Event.Role role) {
    return role(only(analyse(text, LocalDate.of(2025, 3, 14)), type), role);
  }

  static List<String> role(Event e, Event.Role role) {
    return e.participants().stream().filter(p -> p.role() == role)
        .map(p -> p.entity() != null ? p.entity() : '"' + p.span().text() + '"').toList();
  }

  @Test
  void severedRelationsWithACapitalMeansItsCountry() {
    Analysis a = analyse("Chad severed diplomatic relations with Khartoum on Tuesday.",
        LocalDate.of(2025, 3, 14));
    Event e = only(a, Event.Type.SEVER_RELATIONS);
    assertThat(e.trigger().text()).isEqualTo("severed");
    assertThat(role(e, Event.Role.ACTOR)).containsExactly("chad");
    assertThat(role(e, Event.Role.TARGET)).containsExactly("sudan");
    assertThat(e.time().value()).isEqualTo("2025-03-11");
    assertThat(e.attribution()).isNull();
    assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
    assertThat(e.negated()).isFalse();
  }

  @Test
  void aParticipleCoordinatedWithAPassiveIsPassive() {
    // the navy (Sudan's) seized the tankers
    assertThat(only(analyse("Several tankers have been taken out of service and seized by the"
        + " Sudanese navy because of a faulty engine.", LocalDate.of(2025, 3, 14)),
        Event.Type.SEIZE).participants()).extracting(p -> p.role() + " "
            + (p.entity() != null ? p.entity() : p.span().text()))
        .containsExactly("ACTOR sudan", "TARGET Several tankers");
    // a day after it is no object
    assertThat(role(only(analyse("Berek was questioned and detained Tuesday in the capital.",
        LocalDate.of(2025, 3, 14)), Event.Type.ARREST), Event.Role.ACTOR)).isEmpty();
    // with an object after it, the second verb is active
    Analysis b = analyse("Berek was evicted from the shelter last month and stabbed Ana Varga in"
        + " a dispute.", LocalDate.of(2025, 3, 14));
    assertThat(role(only(b, Event.Type.ATTACK), Event.Role.TARGET)).hasSize(1)
        .allMatch(x -> x.contains("varga") || x.contains("Varga"));
  }

  @Test
  void rallyingIsAProtestOnlyWithACrowdOrAPlace() {
    Analysis a = analyse("Hundreds rallied outside the embassy against the decree.",
        LocalDate.of(2025, 3, 14));
    assertThat(only(a, Event.Type.PROTEST).trigger().text()).isEqualTo("rallied");
    assertThat(role(only(a, Event.Type.PROTEST), Event.Role.ACTOR)).containsExactly(
        "\"Hundreds\"");
    // encouraging players, recovering from a bad run, a market going up: no protest
    for (String text : List.of("The coach rallied his players after the defeat.",
        "The team have rallied manfully after a poor run.", "Stocks rallied on Friday.",
        "The dollar rallied against the yen on Friday.")) {
      assertThat(analyse(text, LocalDate.of(2025, 3, 14)).events())
          .noneMatch(e -> e.type() == Event.Type.PROTEST);
    }
  }

  @Test
  void anInfinitiveOrGerundOfAPerfectTakesTheSubjectOfItsVerb() {
    // "to have killed", "having attacked" are no finite verbs with a subject of their own
    Analysis a = analyse("Chad claimed to have killed the rebel leader in 2017.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(a, Event.Type.ATTACK), Event.Role.ACTOR)).containsExactly("chad");
    Analysis b = analyse("Sudan denied having attacked the convoy near the border.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(b, Event.Type.ATTACK), Event.Role.ACTOR)).containsExactly("sudan");
    // the object of "accused … of" does it, as with "accusing Kyiv of supporting"
    Analysis c = analyse("Chad accused Sudan of having attacked the convoy.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(c, Event.Type.ATTACK), Event.Role.ACTOR)).containsExactly("sudan");
  }

  @Test
  void theNounANoOrAFearIsOfDoesNothingAndEvidenceForAStatementIsNoAid() {
    Analysis a = analyse("Villages below the dam were evacuated. There are no reports of"
        + " flooding in Velka.", LocalDate.of(2025, 3, 14));
    Event flooding = only(a, Event.Type.DISASTER);
    assertThat(flooding.negated()).isTrue();
    assertThat(role(flooding, Event.Role.ACTOR)).isEmpty();
    Analysis b = analyse("Minister Ana Ruiz said Velka had evidence to support her statement."
        + " Velka also supported the rebels with money.", LocalDate.of(2025, 3, 14));
    assertThat(only(b, Event.Type.SUPPORT).trigger().text()).isEqualTo("supported");
  }

  @Test
  void whatTalksAreAboutIsNoParty() {
    Analysis a = analyse("Chad and Sudan held talks on the Chari river on Monday. Chad reached"
        + " an agreement over grazing rights with Niger.", LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.MEET).singleElement()
        .satisfies(e -> assertThat(role(e, Event.Role.TARGET)).isEmpty());
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.AGREE).singleElement()
        .satisfies(e -> assertThat(role(e, Event.Role.TARGET)).containsExactly("niger"));
  }

  @Test
  void talksHeldSomewhereAreNotTheirOwnHolders() {
    Analysis a = analyse("Talks on water sharing, held in the Aldaran capital Port Sevin, broke"
        + " down in March.", LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.MEET).isNotEmpty()
        .allSatisfy(e -> assertThat(e.participants()).noneMatch(p -> p.role()
            == Event.Role.ACTOR && p.span().text().equalsIgnoreCase("talks")));
    // the participle describes the talks, which name the event as they do where no verb is
    // written, and the place it gives is theirs; "the deal was signed" is named by its verb
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.MEET).singleElement()
        .satisfies(e -> {
          assertThat(e.trigger().text()).isEqualTo("Talks");
          assertThat(role(e, Event.Role.LOCATION)).singleElement().asString()
              .contains("port-sevin");
        });
    Analysis b = analyse("The budget agreement, proposed at a time of crisis, failed. The deal"
        + " was signed in June.", LocalDate.of(2025, 5, 7));
    assertThat(b.events()).filteredOn(e -> e.trigger().text().equals("agreement"))
        .singleElement().satisfies(e -> assertThat(role(e, Event.Role.TARGET)).isEmpty());
    assertThat(b.events()).extracting(e -> e.trigger().text()).contains("signed")
        .doesNotContain("deal");
    Analysis n = analyse("The deal was not signed.", LocalDate.of(2025, 5, 7));
    assertThat(n.events()).singleElement().satisfies(e -> {
      assertThat(e.trigger().text()).isEqualTo("signed");
      assertThat(e.negated()).isTrue();
    });
  }

  @Test
  void theDayOfASpeechDoesNotDateWhatItTells() {
    // published Wednesday 2025-05-07: Tuesday is when she spoke, not when the attack was
    Analysis a = analyse("The foreign minister, Ilse Velmund, said on Tuesday that Tarsk had"
        + " planned the attack on the dam. The dam was attacked on Monday night, officials said.",
        LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attack")).singleElement()
        .satisfies(e -> assertThat(e.time()).isNull());
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attacked")).singleElement()
        .satisfies(e -> assertThat(e.time().value()).startsWith("2025-05-05"));
  }

  @Test
  void aNounTakesTheDateOfTheRelativeClauseThatDescribesIt() {
    // published Wednesday 2025-05-07: the claim was made on Tuesday, the blast was on Monday
    Analysis a = analyse("Earlier on Tuesday, the minister claimed that Tarsk had carried out the"
        + " blast, which damaged the control building late on Monday.", LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("blast")).singleElement()
        .satisfies(e -> assertThat(e.time().value()).startsWith("2025-05-05"));
    // the year of a clause inside the relative clause is not the noun's, nor the day of a
    // reaction to it, nor that of a happening it is measured against
    Analysis b = analyse("The protest, which took place in a town the rebels seized in 2016, drew"
        + " thousands. The attack, which NATO condemned on Tuesday, killed five. The strike,"
        + " which came days after Monday's vote, shut the port.", LocalDate.of(2025, 5, 7));
    assertThat(b.events()).filteredOn(e -> e.trigger().text().matches("protest|attack|strike"))
        .hasSize(3).allSatisfy(e -> assertThat(e.time()).isNull());
  }

  @Test
  void aDisasterOnARiverIsThereAndAnAttackOnATownIsAimedAtIt() {
    Analysis a = analyse("An explosion on the river Lenne damaged the dam. Rebels launched an"
        + " attack on Selm.", LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("explosion"))
        .singleElement().satisfies(e -> {
          assertThat(role(e, Event.Role.LOCATION)).anyMatch(x -> x.contains("lenne"));
          assertThat(role(e, Event.Role.TARGET)).noneMatch(x -> x.contains("lenne"));
        });
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attack"))
        .singleElement().satisfies(e ->
            assertThat(role(e, Event.Role.TARGET)).anyMatch(x -> x.contains("selm")));
  }

  @Test
  void aNounTakesNoBareNounPhraseAfterItAsItsTarget() {
    // "a provocation" is what the accusation is called, "31 people" whom the killing killed
    Analysis a = analyse("Halm called the accusation a provocation. An earthquake in the valley in"
        + " 1987 killed 31 people.", LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().matches("accusation|earthquake"))
        .hasSize(2).allSatisfy(e -> assertThat(role(e, Event.Role.TARGET)).isEmpty());
  }

  @Test
  void thePlacesOfAnEventAreThePlacesOfItsPhraseNotWhatFollowsItsComma() {
    Analysis a = analyse("Three days after the explosion at the Harven Dam, the only thing both"
        + " capitals agree on is the date. The rally in Selm, Ardena and the crowd cheered.",
        LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("explosion"))
        .singleElement().satisfies(e -> assertThat(role(e, Event.Role.LOCATION))
            .singleElement().asString().contains("harven"));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("rally"))
        .singleElement().satisfies(e -> assertThat(role(e, Event.Role.LOCATION))
            .noneMatch(x -> x.contains("crowd")));
    // a list after the comma that a verb follows is the next clause's subject
    Analysis b = analyse("After the explosion at the Harven Dam, Tarsk and Velka traded"
        + " accusations.", LocalDate.of(2025, 5, 7));
    assertThat(b.events()).filteredOn(e -> e.trigger().text().equals("explosion"))
        .singleElement().satisfies(e -> assertThat(role(e, Event.Role.LOCATION))
            .singleElement().asString().contains("harven"));
  }

  @Test
  void whatIsDeniedIsTheThingSaidNotTheNameThatModifiesIt() {
    Analysis a = analyse("Halm denied any Tarsk involvement. Velka denied Tarsk.",
        LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.DENY).hasSize(2)
        .extracting(e -> role(e, Event.Role.TARGET))
        .satisfiesExactly(x -> assertThat(x).containsExactly("\"any Tarsk involvement\""),
            x -> assertThat(x).singleElement().asString().endsWith(":tarsk"));
  }

  @Test
  void aDistanceBeforeADayIsNoDateAndTwoTimesOverACommaAreTwo() {
    // SUTime reads "weeks before Monday" as a week before Monday, and "April, weeks before Monday
    // night" as one expression it cannot resolve
    Analysis a = analyse("A team surveyed the dam weeks before Monday's explosion. Another team"
        + " visited the area twice in April, weeks before Monday night's blast.",
        LocalDate.of(2025, 5, 7));
    assertThat(a.times()).extracting(TimeExpression::text, TimeExpression::value)
        .contains(tuple("Monday", "2025-05-05"), tuple("April", "2025-04"),
            tuple("Monday night", "2025-05-05TNI"));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("explosion"))
        .singleElement().satisfies(e -> assertThat(e.time().value()).isEqualTo("2025-05-05"));
    // a year after a comma stays with its date
    Analysis b = analyse("The talks began on May 5, 2024, days before Sunday's vote.",
        LocalDate.of(2025, 5, 7));
    assertThat(b.times()).extracting(TimeExpression::text, TimeExpression::value)
        .contains(tuple("May 5, 2024", "2024-05-05"));
  }

  @Test
  void whoAfterAPlaceIsThePersonBeforeIt() {
    Analysis a = analyse("Floods reached the village of Selm on Monday. \"We pay for it,\" said"
        + " Petra Lind, a volunteer from Selm, who spent the night helping neighbours.",
        LocalDate.of(2025, 5, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("helping")).singleElement()
        .satisfies(e -> assertThat(role(e, Event.Role.ACTOR)).noneMatch(x -> x.contains("selm")));
  }

  @Test
  void whoAfterAPlaceRunningIntoAPersonsNameIsThatPerson() {
    Analysis a = analyse("Former Ambassador to Ukraine Lena Varga, who was fired by President"
        + " Orvan Kessel in May, testified on Tuesday.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(a, Event.Type.DISMISS), Event.Role.TARGET))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("lena-varga");
  }

  @Test
  void aTimeOfTheSayingDatesNoEventToldInIt() {
    // the transcripts were released on Friday, not the meeting
    Analysis a = analyse("Varga testified that Brand sought a meeting with the president,"
        + " according to transcripts released Friday.", LocalDate.of(2025, 11, 8));
    assertThat(only(a, Event.Type.MEET).time()).isNull();
  }

  @Test
  void aYearBeforeAnAdjectiveAndANounDatesTheThing() {
    // a year before an adjective and a noun is the foe's, not the aid's
    Analysis b = analyse("Officials said the president was withholding aid to Ostmark to hurt his"
        + " potential 2026 political foe Ivo Brand.", LocalDate.of(2025, 11, 8));
    assertThat(only(b, Event.Type.SUPPORT).time()).isNull();
  }

  @Test
  void aShareOfAPollIsNoSupport() {
    Analysis a = analyse("Support for the Unity Party was unchanged at 40% while 62 per cent of"
        + " voters back the dam plan, a poll showed. Ostmark pledged to support the Guard with"
        + " ten tanks.", LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.SUPPORT)
        .extracting(e -> e.trigger().text()).containsExactly("support");
    // a percentage of no poll
    Analysis b = analyse("The central bank stepped in to support the kessel after it fell 5%.",
        LocalDate.of(2025, 11, 8));
    assertThat(b.events()).anyMatch(e -> e.type() == Event.Type.SUPPORT);
  }

  @Test
  void anEventNounNamingAKindOfThingIsNoEvent() {
    String text = "The amphibious assault ship Valdor and its strike group sailed on Monday"
        + " while aid workers reached the town. Ostmark sent an aid package.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).noneMatch(e -> e.type() == Event.Type.ATTACK);
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.SUPPORT)
        .extracting(e -> e.trigger().begin()).containsExactly(text.indexOf("aid package"));
  }

  @Test
  void anEventNounModifyingAnotherNounIsNoEvent() {
    Analysis a = analyse("The park opened a shooting game and a training ground. The drug will sell"
        + " at an acquisition cost of $100. The shooting victims were named.",
        LocalDate.of(2025, 11, 8));
    // only the shooting that had victims is one
    assertThat(a.events()).extracting(e -> e.trigger().text()).containsExactly("shooting");
    assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.type())
        .isEqualTo(Event.Type.ATTACK));
  }

  @Test
  void meetingADeadlineOrANeedOrAReactionIsNoMeeting() {
    String text = "The ministry met the deadline, and farmers could not meet the growers' export"
        + " needs. The plan was met with protests. Many families struggle to make ends meet."
        + " Minister Ana Ruiz met the envoy in Velka on Monday. He later told “Meet the Nation”"
        + " that the two ministers met on Tuesday.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.MEET)
        .extracting(e -> e.trigger().begin())
        .containsExactly(text.indexOf("met the envoy"), text.indexOf("met on Tuesday"));
  }

  @Test
  void aMarketsDemandIsNoDemandMade() {
    String text = "Consumer demand for bicycles rose in May. The drought drove up demand for"
        + " water, and tickets are in high demand. Smelters expect copper demand to rise."
        + " Protesters renewed their demand for the mayor's resignation. The kidnappers sent a"
        + " ransom demand.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.DEMAND)
        .extracting(e -> e.trigger().begin()).containsExactly(
            text.indexOf("demand for the mayor"), text.lastIndexOf("demand."));
  }

  @Test
  void aStrikeOfHoursOrOfACompanyIsAWalkoutAndADealStruckNoBlow() {
    String text = "Cabin managers began a 24-hour strike on Tuesday. The Harvex Motors strike"
        + " ended last week. A Russian strike hit the depot near Selm.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("strike"))
        .extracting(e -> e.trigger().begin(), Event::type).containsExactly(
            tuple(text.indexOf("strike on"), Event.Type.PROTEST),
            tuple(text.indexOf("strike ended"), Event.Type.PROTEST),
            tuple(text.indexOf("strike hit"), Event.Type.ATTACK));
    String struck = "The company struck a settlement with the regulators on Monday. The court"
        + " struck down the law in 2016. It strikes me as odd that the ministry waited. Ostmark"
        + " artillery struck the town of Brenn on Monday.";
    Analysis b = analyse(struck, LocalDate.of(2025, 11, 8));
    assertThat(b.events()).filteredOn(e -> e.type() == Event.Type.ATTACK)
        .extracting(e -> e.trigger().begin())
        .containsExactly(struck.indexOf("struck the town"));
    // a truce before the verb is no deal struck
    assertThat(analyse("Despite the truce, rockets struck Ashkelon.", LocalDate.of(2025, 11, 8))
        .events()).filteredOn(e -> e.trigger().text().equals("struck"))
        .extracting(Event::type).containsExactly(Event.Type.ATTACK);
    // a deal struck is an agreement, one event however long the deal's phrase
    String deal = "Mr. Varga and Mr. Holm struck a phase-one trade deal earlier this year.";
    Analysis c = analyse(deal, LocalDate.of(2025, 11, 8));
    assertThat(c.events()).extracting(e -> e.trigger().text(), Event::type)
        .containsExactly(tuple("struck", Event.Type.AGREE));
    assertThat(c.events().get(0).participants()).extracting(p -> p.span().text())
        .containsExactly("Mr. Varga", "Mr. Holm");
  }

  @Test
  void anAllegedEventsDoerIsWhomTheAllegationIsAgainst() {
    // not the subject who reports on it; whom it hit the allegation does not say
    String text = "The paper made a change to its report on the sexual-assault allegation"
        + " against Senator Piet Varga.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.ATTACK)
        .singleElement().satisfies(e -> assertThat(e.participants())
            .extracting(Event.Participant::role, p -> p.span().text())
            .containsExactly(tuple(Event.Role.ACTOR, "Senator Piet Varga")));
  }

  @Test
  void aListAccusedEndsOnlyWhereAnOpeningPhraseGivesWayToTheMainClause() {
    assertThat(roleIn("Assault charges against Varga, Holm and Kral were dropped on Monday.",
        Event.Type.ATTACK, Event.Role.ACTOR)).hasSize(3);
  }

  @Test
  void reviewedMisreadingsStayRight() {
    LocalDate d = LocalDate.of(2025, 11, 8);
    // a deal before "struck" is still an agreement, no attack
    for (String deal : List.of("The nuclear deal struck with Varnia in 2015 held for years.",
        "A deal was struck late Thursday.")) {
      assertThat(analyse(deal, d).events()).extracting(Event::type).as(deal)
          .contains(Event.Type.AGREE).doesNotContain(Event.Type.ATTACK);
    }
    // fired from a job at a place is a dismissal
    assertThat(analyse("Halm was fired from his job at the hospital.", d).events())
        .extracting(Event::type).contains(Event.Type.DISMISS).doesNotContain(Event.Type.ATTACK);
    // a person's own protest is theirs
    assertThat(roleIn("Piet Varga's protest during the anthem angered the league.",
        Event.Type.PROTEST, Event.Role.TARGET)).noneMatch(x -> x.contains("piet-varga"));
    // a blaze after which people returned home
    assertThat(analyse("Residents returned home after the fire in Selm.", d).events())
        .extracting(Event::type).contains(Event.Type.DISASTER).doesNotContain(Event.Type.ATTACK);
    // heavy fire from armed men is shots; the heart of a town is taken, not won
    assertThat(analyse("The convoy came under heavy fire from militants near Selm.", d).events())
        .extracting(Event::type).contains(Event.Type.ATTACK);
    assertThat(analyse("Troops captured the heart of Selm on Monday.", d).events())
        .extracting(Event::type).contains(Event.Type.SEIZE);
  }

  @Test
  void aCardiacArrestDetainsNoOne() {
    String text = "The examiner said Halm died of cardiopulmonary arrest; a cardiac arrest had"
        + " been ruled out before. Police arrested two men in Selm.";
    assertThat(analyse(text, LocalDate.of(2025, 11, 8)).events())
        .filteredOn(e -> e.type() == Event.Type.ARREST).extracting(e -> e.trigger().begin())
        .containsExactly(text.indexOf("arrested two"));
  }

  @Test
  void fireAtAfterATimeIsShots() {
    assertThat(analyse("Soldiers fired on Sunday at protesters in Selm.",
        LocalDate.of(2025, 11, 8)).events()).extracting(Event::type)
        .contains(Event.Type.ATTACK).doesNotContain(Event.Type.DISMISS);
  }

  @Test
  void fireFromAPostIsADismissalWhateverAtFollows() {
    String text = "It is complicated for the premier to directly fire Halm from his position"
        + " at the National Institute of Health, which is not a political appointment.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("fire"))
        .extracting(Event::type).containsExactly(Event.Type.DISMISS);
  }

  @Test
  void aWalkoutIsAProtestAndAnAirStrikeAnAttack() {
    String text = "Miners at the Harven pit went on strike over pay. Teachers ended their hunger"
        + " strike on Friday. The dockers' strike closed the port. A drone strike hit the convoy"
        + " near Selm.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("strike"))
        .extracting(e -> e.trigger().begin(), Event::type).containsExactly(
            tuple(text.indexOf("strike over"), Event.Type.PROTEST),
            tuple(text.indexOf("strike on Friday"), Event.Type.PROTEST),
            tuple(text.indexOf("strike closed"), Event.Type.PROTEST),
            tuple(text.indexOf("strike hit"), Event.Type.ATTACK));
  }

  @Test
  void aHyphenatedWordsFirstHalfCanUndoTheEvent() {
    Analysis a = analyse("Both sides agreed to a cease-fire on Sunday. A self-appointed council"
        + " ruled the town.", LocalDate.of(2025, 11, 8));
    assertThat(a.events()).extracting(Event::type).doesNotContain(Event.Type.DISASTER,
        Event.Type.APPOINT);
    assertThat(a.events()).extracting(Event::type).contains(Event.Type.AGREE);
  }

  @Test
  void whoSupportFromComesFromAndWhatIsUnderAttackUndergoesIt() {
    assertThat(role(only(analyse("The plan won support from both parties.",
        LocalDate.of(2025, 11, 8)), Event.Type.SUPPORT), Event.Role.ACTOR))
        .containsExactly("\"both parties\"");
    Analysis a = analyse("The plan won the support of both parties. The convoy came under"
        + " attack near Selm. The ministry came under fire for the delay. For details, visit"
        + " example.org today. If an accused cannot pay, the court names a lawyer.",
        LocalDate.of(2025, 11, 8));
    assertThat(a.events()).extracting(Event::type).doesNotContain(Event.Type.MEET,
        Event.Type.ACCUSE);
    Event criticism = only(a, Event.Type.CONDEMN);
    assertThat(role(criticism, Event.Role.TARGET)).containsExactly("\"The ministry\"");
    Event support = only(a, Event.Type.SUPPORT);
    assertThat(role(support, Event.Role.ACTOR)).containsExactly("\"both parties\"");
    Event attack = only(a, Event.Type.ATTACK);
    assertThat(role(attack, Event.Role.ACTOR)).isEmpty();
    assertThat(role(attack, Event.Role.TARGET)).containsExactly("\"The convoy\"");
  }

  @Test
  void openToTalksIsNoneUnderwentAndCriticsUnderFireFromAreNoGunmen() {
    Analysis open = analyse("Valdoria is open to talks with Ostmark.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(open, Event.Type.MEET), Event.Role.TARGET))
        .singleElement().asString().endsWith("ostmark");
    Analysis fire = analyse("The minister came under fire from opposition lawmakers. The convoy"
        + " came under fire from two boats.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(fire, Event.Type.CONDEMN), Event.Role.TARGET))
        .containsExactly("\"The minister\"");
    assertThat(role(only(fire, Event.Type.ATTACK), Event.Role.TARGET))
        .containsExactly("\"The convoy\"");
    // after an adverb, and set off by a comma after the one who is
    Analysis already = analyse("The ministry, already under fire for the delay, announced a new"
        + " timetable.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(already, Event.Type.CONDEMN), Event.Role.TARGET))
        .containsExactly("\"The ministry\"");
    assertThat(role(only(already, Event.Type.CONDEMN), Event.Role.ACTOR)).isEmpty();
    // a word of degree between: criticised, unless the fire is heavy
    Analysis increasing = analyse("The minister came under increasing fire from his own party."
        + " The convoy came under heavy fire near Selm.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(increasing, Event.Type.CONDEMN), Event.Role.TARGET))
        .containsExactly("\"The minister\"");
    assertThat(role(only(increasing, Event.Type.ATTACK), Event.Role.TARGET))
        .containsExactly("\"The convoy\"");
    assertThat(increasing.events()).noneMatch(e -> e.type() == Event.Type.DISASTER);
    Analysis mps = analyse("The minister came under heavy fire from opposition lawmakers.",
        LocalDate.of(2025, 11, 8));
    assertThat(mps.events()).extracting(Event::type).containsExactly(Event.Type.CONDEMN);
    // a phrase closing the clause is no apposition of the noun before its comma
    Analysis closing = analyse("The convoy reached the town, under fire from rebels.",
        LocalDate.of(2025, 11, 8));
    assertThat(role(only(closing, Event.Type.ATTACK), Event.Role.TARGET))
        .doesNotContain("\"the town\"");
    Analysis bought = analyse("Ostmark completed the purchase of six jets from Valdoria. Most"
        + " economists agree that the trade deal will hurt farmers. Two chains agreed"
        + " independently to lower prices.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(bought, Event.Type.ACQUIRE), Event.Role.ACTOR))
        .doesNotContain("location:valdoria");
    assertThat(bought.events()).filteredOn(e -> e.type() == Event.Type.AGREE)
        .extracting(e -> e.trigger().text()).containsExactly("deal", "agreed");
  }

  @Test
  void aDescriptionBetweenCommasStandsForTheNameBeforeIt() {
    Analysis a = analyse("Marta Kessel, a surgeon, was appointed by Governor Ana Ruiz. A blackout"
        + " struck Velka and the mayor was campaigning in Selm.", LocalDate.of(2025, 11, 8));
    Event appoint = only(a, Event.Type.APPOINT);
    assertThat(role(appoint, Event.Role.TARGET)).containsExactly("person:marta-kessel");
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("struck"))
        .singleElement().satisfies(e -> assertThat(e.participants())
            .noneMatch(p -> p.span().text().equals("the mayor")));
  }

  @Test
  void capitalIsNoForceAndAFiresNameNoArsonist() {
    String text = "The utility will deploy capital to modernise the grid. The ministry deployed"
        + " missiles near Selm. The Harlan fire burned 300 homes. Ostmark and Valdoria agreed a"
        + " deal on water. Ruiz has done a great deal to help, but the merger is no done deal.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(only(a, Event.Type.DEPLOY).trigger().begin()).isEqualTo(text.indexOf("deployed"));
    assertThat(role(only(a, Event.Type.DISASTER), Event.Role.ACTOR)).isEmpty();
    assertThat(role(only(a, Event.Type.AGREE), Event.Role.ACTOR))
        .containsExactly("location:ostmark", "location:valdoria");
  }

  @Test
  void forGivesTheReasonOfAnArrestNotWhoWasArrested() {
    Analysis a = analyse("Marta Kessel was questioned by police and later arrested for theft."
        + " The mayor was criticised for the delay.", LocalDate.of(2025, 11, 8));
    assertThat(role(only(a, Event.Type.ARREST), Event.Role.TARGET)).doesNotContain("\"theft\"");
    assertThat(role(only(a, Event.Type.CONDEMN), Event.Role.TARGET))
        .doesNotContain("\"the delay\"");
    Analysis charged = analyse("Voters will not accept a man accused of fraud by two former"
        + " aides.", LocalDate.of(2025, 11, 8));
    Event accused = only(charged, Event.Type.ACCUSE);
    assertThat(role(accused, Event.Role.TARGET)).containsExactly("\"a man\"");
    assertThat(role(accused, Event.Role.ACTOR)).containsExactly("\"two former aides\"");
    Analysis held = analyse("The officials, arrested by the police, had moved the funds. The"
        + " coach fired up the crowd.", LocalDate.of(2025, 11, 8));
    Event arrest = only(held, Event.Type.ARREST);
    assertThat(role(arrest, Event.Role.ACTOR)).containsExactly("\"the police\"");
    assertThat(role(arrest, Event.Role.TARGET)).containsExactly("\"The officials\"");
    assertThat(held.events()).extracting(Event::type).doesNotContain(Event.Type.DISMISS);
    // an argument seized on is taken up, nothing is captured
    String seized = "The list has been seized on by the mayor's critics. What the lawyers seize"
        + " upon is the date. Rebels seized the airport. Police seized on Monday two trucks.";
    assertThat(analyse(seized, LocalDate.of(2025, 11, 8)).events())
        .filteredOn(e -> e.type() == Event.Type.SEIZE).extracting(e -> e.trigger().begin())
        .containsExactly(seized.indexOf("seized the airport"), seized.indexOf("seized on Monday"));
    Analysis killed = analyse("Five guards killed in the raid were buried on Monday.",
        LocalDate.of(2025, 11, 8));
    Event attack = only(killed, Event.Type.ATTACK);
    assertThat(role(attack, Event.Role.ACTOR)).isEmpty();
    assertThat(role(attack, Event.Role.TARGET)).containsExactly("\"Five guards\"");
  }

  @Test
  void helpThatBringsSomethingAboutEvidenceAndAVotersBaseAreNoAid() {
    String text = "The curfew will help contain the unrest, and the footage helped to bring the"
        + " case to court. Research supports the approach. The scandal did not erode his support."
        + " Ostmark helped the refugees with food. Ruiz will fight for affordable housing. The"
        + " clinic is fighting the outbreak, and the club fought to be admitted. Militias carried"
        + " assault-style rifles.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.SUPPORT)
        .extracting(e -> e.trigger().begin()).containsExactly(text.indexOf("helped the"));
    assertThat(a.events()).extracting(Event::type).doesNotContain(Event.Type.ATTACK);
  }

  @Test
  void aDangerIsNoThreatMadeAndARaceForANominationNoNomination() {
    String text = "The virus is a grave threat to the region. Ruiz joined the race for the party"
        + " nomination. Ostmark's threats of armed retaliation alarmed Valdoria. The mayor received"
        + " death threats. Ruiz won the party nomination in May.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.THREATEN)
        .extracting(e -> e.trigger().begin())
        .containsExactly(text.indexOf("threats of"), text.indexOf("threats."));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.APPOINT)
        .extracting(e -> e.trigger().begin())
        .containsExactly(text.lastIndexOf("nomination"));
  }

  @Test
  void toWithholdIsNoDenial() {
    String text = "A judge denied the request, and the delay denied Ruiz the chance to reply."
        + " The suspects were denied bail. Ostmark denied the accusations.";
    Analysis a = analyse(text, LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.DENY)
        .extracting(e -> e.trigger().begin())
        .containsExactly(text.indexOf("denied the accusations"));
  }

  @Test
  void aParticipleBeforeItsNounTellsWhatTheNounUnderwentNotWhoDidIt() {
    Analysis a = analyse("A statement from Kessel Shipping, which owns the seized tanker, said the"
        + " crew was safe.", LocalDate.of(2025, 11, 8));
    Event e = only(a, Event.Type.SEIZE);
    assertThat(role(e, Event.Role.ACTOR)).isEmpty();
    assertThat(role(e, Event.Role.TARGET)).containsExactly("\"tanker\"");
  }

  @Test
  void thoseDrivenFromAPlaceAreNotDismissed() {
    Analysis a = analyse("Ostmark launched an offensive to oust the militants from the border"
        + " area. The council ousted the mayor from office.", LocalDate.of(2025, 11, 8));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.DISMISS)
        .extracting(e -> e.trigger().text()).containsExactly("ousted");
  }

  @Test
  void aQuantityOfThemIsThem() {
    Analysis a = analyse("A group of gunmen attacked the checkpoint near Selm on Monday.",
        LocalDate.of(2025, 11, 8));
    assertThat(role(only(a, Event.Type.ATTACK), Event.Role.ACTOR)).containsExactly("\"gunmen\"");
  }

  @Test
  void aRespectIsNoEvent() {
    Analysis a = analyse("The Velkan army trained the recruits in May and is far superior to the"
        + " rebels in terms of training.", LocalDate.of(2025, 3, 14));
    assertThat(only(a, Event.Type.TRAIN).trigger().text()).isEqualTo("trained");
    Analysis b = analyse("The Velkan army trained the recruits in May and is far superior to the"
        + " rebels in terms of military training.", LocalDate.of(2025, 3, 14));
    assertThat(only(b, Event.Type.TRAIN).trigger().text()).isEqualTo("trained");
    Analysis c = analyse("The Velkan army trained the recruits in May and is far superior to the"
        + " rebels in terms of equipment and training.", LocalDate.of(2025, 3, 14));
    assertThat(only(c, Event.Type.TRAIN).trigger().text()).isEqualTo("trained");
    // a comma ends the phrase unless it lists: "In terms of casualties, the attack was …"
    assertThat(analyse("In terms of casualties, the attack on the port was the deadliest in"
        + " years.", LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .contains(Event.Type.ATTACK);
  }

  @Test
  void coordinatedSpeakersAreEachActorsAndASpanOfTimeIsNone() {
    Analysis a = analyse("Chad said the rebels left the town on Wednesday, a week after"
        + " Khartoum and Tripoli agreed to remove the fighters from the area.", LocalDate.of(2025, 3, 14));
    assertThat(role(only(a, Event.Type.AGREE), Event.Role.ACTOR))
        .containsExactlyInAnyOrder("sudan", "libya");
    // fighters removed from an area are no one dismissed from a post
    assertThat(a.events()).extracting(Event::type).doesNotContain(Event.Type.DISMISS);
    Analysis b = analyse("Chad said the rebels left the town on Wednesday, a week after"
        + " Khartoum and Tripoli agreed to attack the fighters in the area.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(b, Event.Type.ATTACK), Event.Role.ACTOR)).doesNotContain("\"a week\"")
        .isNotEmpty();
  }

  @Test
  void aHyphenatedNameBeforeARaidIsItsTargetAndTheNextItemOfAListIsNot() {
    // fictional; the tokenizer splits "al-Rashidi" at its hyphen and the tagger calls it MISC
    Analysis a = analyse("Militant leader Omar al-Rashidi was killed on Sunday.\n\nThe agency"
        + " published the interview, which touches on the al-Rashidi raid, his opinion of"
        + " President Ivo Marrant, and the war.", LocalDate.of(2025, 3, 14));
    Event raid = a.events().stream().filter(e -> e.trigger().text().equals("raid")).findFirst()
        .orElseThrow();
    assertThat(role(raid, Event.Role.TARGET)).containsExactly("person:omar-al-rashidi");
    assertThat(role(raid, Event.Role.ACTOR)).isEmpty();
  }

  @Test
  void noOneIsTheirOwnTarget() {
    // fictional
    Analysis a = analyse("Irina Vaskova helped Irina Vaskova's old campaign in Ostburg.",
        LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.SUPPORT).isNotEmpty()
        .allSatisfy(e -> assertThat(role(e, Event.Role.TARGET)).doesNotContain(
            "person:irina-vaskova"));
  }

  @Test
  void onlySomeoneCanMeetOrSupport() {
    // fictional
    Analysis a = analyse("The envoy said sanctions met the Valdorian delegation at the border."
        + " The YPG helped the Valdorian army. Protesters met the mayor.", LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.MEET)
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(p -> p.span().text()).doesNotContain("sanctions").contains("Protesters");
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.SUPPORT)
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(p -> p.span().text()).containsExactly("The YPG");
  }

  @Test
  void aPersonNamedBeforeARaidIsItsTargetAndANameIsNoTrigger() {
    Analysis a = analyse("The interview touches on the Ivo Marrant raid and on Marrant's"
        + " arrest. Rebels watched Kestrel Fire TV in Trellin.", LocalDate.of(2025, 3, 14));
    Event raid = only(a, Event.Type.ATTACK);
    assertThat(raid.trigger().text()).isEqualTo("raid");
    assertThat(role(raid, Event.Role.TARGET)).containsExactly("person:ivo-marrant");
    assertThat(role(raid, Event.Role.ACTOR)).isEmpty();
    assertThat(role(only(a, Event.Type.ARREST), Event.Role.TARGET))
        .containsExactly("person:ivo-marrant");
    assertThat(a.events()).noneMatch(e -> e.trigger().text().equals("Fire"));
  }

  @Test
  void theAccusedDoesWhatTheyAreAccusedOf() {
    Analysis a = analyse("Chad accused Sudan of arming the rebels.", LocalDate.of(2025, 3, 14));
    Event accuse = only(a, Event.Type.ACCUSE);
    assertThat(role(accuse, Event.Role.ACTOR)).containsExactly("chad");
    assertThat(role(accuse, Event.Role.TARGET)).containsExactly("sudan");
    Event arming = only(a, Event.Type.SUPPORT);
    assertThat(role(arming, Event.Role.ACTOR)).containsExactly("sudan");
    assertThat(role(arming, Event.Role.TARGET)).containsExactly("\"the rebels\"");
    assertThat(arming.time()).as("the text gives no date").isNull();
  }

  @Test
  void passiveRelativeClauseGivesAgentAndTarget() {
    Analysis a = analyse("The fighting moved to Gao, which was captured by the rebels in "
        + "March 2012.", LocalDate.of(2013, 1, 5));
    Event e = only(a, Event.Type.SEIZE);
    assertThat(role(e, Event.Role.ACTOR)).containsExactly("\"the rebels\"");
    assertThat(e.participants()).anyMatch(p -> p.role() == Event.Role.TARGET
        && p.span().text().equals("Gao"));
    assertThat(e.time().value()).isEqualTo("2012-03");
  }

  @Test
  void aPlaceAfterNearIsWhereNotWhom() {
    Analysis a = analyse("The shooting near the border village of Velmar on Monday left two"
        + " guards dead.", LocalDate.of(2025, 3, 14));
    Event e = only(a, Event.Type.ATTACK);
    assertThat(e.participants()).anyMatch(p -> p.role() == Event.Role.LOCATION
        && p.span().text().contains("Velmar"));
    assertThat(e.participants()).noneMatch(p -> p.role() == Event.Role.TARGET
        && p.span().text().contains("Velmar"));
  }

  @Test
  void whatADisasterDoesIsNoAttack() {
    Analysis a = analyse("An earthquake struck the coast of Corvan before dawn on Tuesday, killing"
        + " 17 people. Gunmen attacked a convoy near the border.", LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("struck"))
        .extracting(Event::type).containsExactly(Event.Type.DISASTER);
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .extracting(Event::type).containsExactly(Event.Type.DISASTER);
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attacked"))
        .extracting(Event::type).containsExactly(Event.Type.ATTACK);
  }

  @Test
  void aPossessivePronounDoesNotMakeItsPhraseThePerson() {
    Analysis a = analyse("Minister Carla Mendravi accused Chad of arming the rebels. Chad said"
        + " she had sent weapons to support her allies in the north.",
        LocalDate.of(2025, 3, 14));
    Event support = a.events().stream().filter(e -> e.trigger().text().equals("support"))
        .findFirst().orElseThrow(() -> new AssertionError(a.events()));
    assertThat(role(support, Event.Role.TARGET)).containsExactly("\"her allies\"");
  }

  @Test
  void theSpeakerAfterACommaIsNoTarget() {
    Analysis a = analyse("Several neighbouring countries offered assistance, Mendravi said.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(a, Event.Type.SUPPORT), Event.Role.TARGET)).isEmpty();
  }

  @Test
  void coordinatedActorsAreEachAParticipant() {
    Analysis a = analyse("Mali, Burkina Faso and Niger signed a defence pact in Bamako.",
        LocalDate.of(2023, 9, 17));
    Event e = only(a, Event.Type.AGREE);
    assertThat(role(e, Event.Role.ACTOR)).containsExactly("mali", "burkina-faso", "niger");
    assertThat(role(e, Event.Role.LOCATION)).containsExactly("bamako");
  }

  @Test
  void negationAndModality() {
    Analysis a = analyse("Niger did not sign the agreement. Russia could deploy troops to Belarus.",
        LocalDate.of(2024, 2, 1));
    assertThat(only(a, Event.Type.AGREE).negated()).isTrue();
    Event deploy = only(a, Event.Type.DEPLOY);
    assertThat(deploy.modality()).isEqualTo(Event.Modality.POSSIBLE);
    assertThat(role(deploy, Event.Role.ACTOR)).containsExactly("russia");
    assertThat(role(deploy, Event.Role.LOCATION)).containsExactly("belarus");
  }

  @Test
  void anEventSomeoneClaimsIsInsideTheirAttribution() {
    Analysis a = analyse("The ministry said that foreign instructors had trained the fighters.",
        LocalDate.of(2024, 2, 1));
    Event e = only(a, Event.Type.TRAIN);
    assertThat(e.attribution()).isNotNull();
    assertThat(a.attributions()).anyMatch(at -> at.id().equals(e.attribution())
        && at.source().span().text().equals("The ministry"));
    assertThat(role(e, Event.Role.ACTOR)).containsExactly("\"foreign instructors\"");
  }

  @Test
  void aBadLexiconRowIsNamed() {
    assertThatThrownBy(() -> EventExtractor.row("INVADE\tV\tinvade\t-"))
        .hasMessageContaining("unknown event type 'INVADE'");
    assertThatThrownBy(() -> EventExtractor.row("ATTACK\tX\tinvade\t-"))
        .hasMessageContaining("needs type<TAB>V|N");
  }

  @Test
  void regressionPossessiveMarkerNeverOpensAParticipant() {
    Analysis a = analyse("Friday 's debate supported the reform.", LocalDate.of(2024, 2, 1));
    assertThat(a.events()).allSatisfy(e -> assertThat(e.participants())
        .noneMatch(p -> p.span().text().startsWith("'s")));
  }

  @Test
  void regressionLexiconRowsToleratePaddingAndRepeats() {
    EventExtractor.Row r = EventExtractor.row("SEVER_RELATIONS\tV\tbreak  off\tties| ties||relations\t");
    assertThat(r.lemmas()).containsExactly("break", "off");
    assertThat(r.requires()).containsExactlyInAnyOrder("ties", "relations");
  }

  @Test
  void aPronounThatNamesNobodyIsNoParticipant() {
    Analysis a = analyse("Chad had nothing to do with the explosion at the depot.",
        LocalDate.of(2025, 3, 14));
    Event e = only(a, Event.Type.DISASTER);
    assertThat(e.participants()).noneMatch(p -> p.span().text().equals("nothing"));
  }

  @Test
  void firedUponOrFiringGunsIsAnAttackNotADismissal() {
    for (String text : List.of("The patrol says its members were fired upon first.",
        "One video shows cartel gunmen firing guns from an armoured truck.")) {
      assertThat(analyse(text, LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
          .as(text).contains(Event.Type.ATTACK).doesNotContain(Event.Type.DISMISS);
    }
  }

  @Test
  void firingBackOrOffIsARetortOrAMessageUnlessArmsAreNamed() {
    for (String text : List.of("The mayor immediately fired back on Twitter, saying the levy"
        + " was fair.", "Mayor Lena Varga fired off a series of angry posts as the council"
        + " met.")) {
      assertThat(analyse(text, LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
          .as(text).doesNotContain(Event.Type.ATTACK, Event.Type.DISMISS);
    }
    for (String text : List.of("The soldiers fired back at the gunmen.",
        "Police fired off tear gas at the crowd.",
        "Deputies fired back at the suspect, killing him.")) {
      assertThat(analyse(text, LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
          .as(text).contains(Event.Type.ATTACK);
    }
    // a passive "fired back in May" is a dismissal
    assertThat(analyse("Olsen, who was fired back in May by the club, spoke on Monday.",
        LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .contains(Event.Type.DISMISS);
  }

  @Test
  void aDeathInADisasterIsNoAttack() {
    Analysis crash = analyse("His wife and daughter were killed in a car crash in 1972.",
        LocalDate.of(2025, 3, 14));
    // (the death is the disaster's, its victims the killing's targets)
    assertThat(crash.events()).extracting(Event::type).contains(Event.Type.DISASTER)
        .doesNotContain(Event.Type.ATTACK);
    Analysis attack = analyse("Five soldiers were killed in the attack on the base.",
        LocalDate.of(2025, 3, 14));
    assertThat(attack.events()).extracting(Event::type).contains(Event.Type.ATTACK);
    // a blast is a bomb's as often as an accident's: the killing stays an attack
    Analysis blast = analyse("Seven soldiers were killed in a suicide blast near the base.",
        LocalDate.of(2025, 3, 14));
    assertThat(blast.events()).extracting(Event::type).contains(Event.Type.ATTACK);
  }

  @Test
  void aCountrysOfficialWhoUndergoesTheEventIsAPersonNotTheCountry() {
    assertThat(roleIn("Biden pressed for the dismissal of Ukraine's top prosecutor in 2016.",
        Event.Type.DISMISS, Event.Role.TARGET)).containsExactly("\"Ukraine's top prosecutor\"");
    assertThat(roleIn("Kyiv demanded the dismissal of Ukraine's Prosecutor General.",
        Event.Type.DISMISS, Event.Role.TARGET)).doesNotContain("ukraine");
  }

  @Test
  void aGerundOpeningTheSentenceIsNoActor() {
    assertThat(roleIn("Voting for the motion is enough to remove the mayor from office.",
        Event.Type.DISMISS, Event.Role.ACTOR)).isEmpty();
  }

  @Test
  void aHappeningInAnOpeningPhraseOfItsAftermathIsNoDoingOfTheSubject() {
    assertThat(roleIn("In the wake of the murder of a council clerk in 2016, the mayor posted"
        + " rumours about his death.", Event.Type.ATTACK, Event.Role.ACTOR)).isEmpty();
    assertThat(roleIn("In response to the bombing of the depot, the governor closed the"
        + " border.", Event.Type.ATTACK, Event.Role.ACTOR)).isEmpty();
    // one the subject takes part in stays theirs
    assertThat(roleIn("At a summit in Bamako, Mali's foreign minister praised the Russian"
        + " army.", Event.Type.MEET, Event.Role.ACTOR)).containsExactly("mali");
  }

  @Test
  void wonPrizesBalancesStruckTheLineOfFireAndNamesYearsAreNoEvents() {
    // a prize captured is won; a balance struck in a relative clause is no blow
    String won = "In 1968 Dolan ran as the law-and-order candidate and captured the White House."
        + " Holm captured the nomination. Rebels captured the town of Selm. It is the delicate"
        + " balance he must strike as the leader of the army.";
    assertThat(analyse(won, LocalDate.of(2025, 11, 8)).events())
        .filteredOn(e -> e.type() == Event.Type.SEIZE || e.type() == Event.Type.ATTACK)
        .extracting(e -> e.trigger().begin())
        .containsExactly(won.indexOf("captured the town"));
    // the line of fire is a place to keep out of
    String line = "The minister sought to keep his department out of the line of fire from the"
        + " events outside the palace.";
    assertThat(analyse(line, LocalDate.of(2025, 11, 8)).events()).isEmpty();
    // a year in a law's name dates no threat
    String act = "The president threatened to invoke the Insurrection Act of 1807 on Monday.";
    assertThat(analyse(act, LocalDate.of(2025, 11, 8)).events())
        .filteredOn(e -> e.type() == Event.Type.THREATEN)
        .singleElement().satisfies(e -> assertThat(e.time().value()).startsWith("2025-11"));
  }

  @Test
  void aProtestNamedForAPersonIsAboutThem() {
    Analysis a = analyse("The Piet Varga protests spread to Selm on Sunday.",
        LocalDate.of(2025, 11, 8));
    assertThat(role(only(a, Event.Type.PROTEST), Event.Role.TARGET))
        .singleElement().asString().contains("piet-varga");
    assertThat(role(only(a, Event.Type.PROTEST), Event.Role.ACTOR)).isEmpty();
    Analysis rally = analyse("Thousands attended the Piet Varga rally in Selm on Sunday.",
        LocalDate.of(2025, 11, 8));
    assertThat(role(only(rally, Event.Type.PROTEST), Event.Role.TARGET))
        .noneMatch(x -> x.contains("piet-varga"));
  }

  @Test
  void aPartysAttackOnAPersonWithNoHarmIsWords() {
    assertThat(analyse("Republicans attacked Dr. Halm for his testimony on Tuesday.",
        LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .contains(Event.Type.CONDEMN).doesNotContain(Event.Type.ATTACK);
    assertThat(analyse("Gunmen attacked Dr. Halm outside his clinic on Tuesday.",
        LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .contains(Event.Type.ATTACK);
  }

  @Test
  void anAssaultOnAnIdeaIsWords() {
    Analysis a = analyse("The mayor's assault on the truth angered the harbour workers.",
        LocalDate.of(2025, 3, 14));
    assertThat(a.events()).extracting(Event::type).contains(Event.Type.CONDEMN)
        .doesNotContain(Event.Type.ATTACK);
    assertThat(roleIn("The militia's assault on the convoy angered the harbour workers.",
        Event.Type.ATTACK, Event.Role.TARGET)).containsExactly("\"the convoy\"");
    // an attack on free speech with blows is an attack
    assertThat(analyse("Rioters' assault on free speech left three reporters injured.",
        LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .contains(Event.Type.ATTACK);
  }

  @Test
  void aNameAfterAfterOpensAClauseWhoseSubjectItIs() {
    // (a real country: the tagger takes an invented one-word name for a person's)
    assertThat(roleIn("Aid began shortly after Russia illegally annexed Ukraine's"
        + " Crimean peninsula in 2014.",
        Event.Type.SEIZE, Event.Role.ACTOR)).containsExactly("russia");
    assertThat(roleIn("Aid began shortly after Russia moved to seize the port.",
        Event.Type.SEIZE, Event.Role.ACTOR)).containsExactly("russia");
    assertThat(roleIn("The talks resumed after the rebels attacked the convoy.",
        Event.Type.ATTACK, Event.Role.ACTOR)).containsExactly("\"the rebels\"");
    // a verb's own "after" takes an object: "go after their opponents"
    assertThat(roleIn("A mayor who uses the office to go after rivals should be"
        + " removed from office.",
        Event.Type.DISMISS, Event.Role.TARGET)).doesNotContain("\"rivals\"");
  }

  @Test
  void aHyphenatedModifierSaysNothingOfWhoThePhraseIs() {
    assertThat(roleIn("A Moscow-based analyst was fired by the bank.",
        Event.Type.DISMISS, Event.Role.TARGET)).containsExactly("\"A Moscow-based analyst\"");
    assertThat(roleIn("A New York-based analyst was fired by the bank.",
        Event.Type.DISMISS, Event.Role.TARGET)).containsExactly("\"A New York-based analyst\"");
  }

  @Test
  void theSubjectOfTheNextClauseIsNoTarget() {
    Event e = only(analyse("\u201cI don't believe the rebels helped and I don't believe that"
        + " they will,\u201d Berek said.", LocalDate.of(2025, 3, 14)), Event.Type.SUPPORT);
    assertThat(role(e, Event.Role.TARGET)).isEmpty();
  }

  @Test
  void demandsThatAreMetAreNoMeeting() {
    assertThat(analyse("The strikers will stay until their demands are met.",
        LocalDate.of(2025, 3, 14)).events()).extracting(Event::type)
        .doesNotContain(Event.Type.MEET);
  }

  @Test
  void aDateQualifyingAnotherNounDoesNotDateTheEvent() {
    Analysis a = analyse("The ministry said the strike on the Kessel depot could fall under the"
        + " 2001 Authorization for Use of Military Force.", LocalDate.of(2031, 1, 7));
    assertThat(only(a, Event.Type.ATTACK).time()).as("2001 dates the authorization").isNull();
    Analysis own = analyse("Varnia quit the 2015 nuclear deal with Ostmark.",
        LocalDate.of(2031, 1, 7));
    Event deal = only(own, Event.Type.AGREE);
    assertThat(deal.trigger().text()).isEqualTo("deal");
    assertThat(deal.time().value()).as("the year opens the deal's own noun").isEqualTo("2015");
  }

  @Test
  void aTimeDatesOnlyTheEventsOfItsOwnPartOfTheSentence() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis relative = analyse("General Orvan, who approved the strike on the Kessel depot,"
        + " also ordered the raid on Tarsk in November.", published);
    assertThat(relative.events()).extracting(e -> e.trigger().text() + "="
        + (e.time() == null ? null : e.time().value()))
        .as("November is the raid's, not the strike's").containsExactly("strike=null",
            "raid=2030-11");
    Analysis but = analyse("It is too soon to judge the killing of the envoy, but in November"
        + " voters backed the war.", published);
    assertThat(only(but, Event.Type.ATTACK).time()).isNull();
    Analysis which = analyse("Varnia condemned Monday's drone strike on Tarsk, which killed the"
        + " envoy.", published);
    assertThat(which.events()).filteredOn(e -> e.trigger().text().equals("killed"))
        .extracting(e -> e.time() == null ? null : e.time().value())
        .as("a ', which' clause tells of its noun's day").containsExactly("2031-01-06");
    Analysis bound = analyse("Varnian drones have attacked the Kessel depot since 2028.",
        published);
    assertThat(only(bound, Event.Type.ATTACK).time()).as("2028 bounds the attacks").isNull();
  }

  @Test
  void aTimeOfAPhraseAfterSinceOrFollowingDatesNoEventToldBeforeIt() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis before = analyse("Varnian militias were responsible for killing 600 soldiers in"
        + " Tarsk following the 2019 invasion.", published);
    assertThat(before.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .extracting(e -> e.time() == null ? null : e.time().value())
        .as("2019 is the invasion's year, not the killings'").containsExactly((String) null);
    Analysis measured = analyse("It was the deadliest attack since Orvan's bombing of the Kessel"
        + " depot in 2019.", published);
    assertThat(measured.events()).filteredOn(e -> e.trigger().text().equals("attack"))
        .extracting(e -> e.time() == null ? null : e.time().value())
        .as("2019 is the bombing's, which the attack is measured against")
        .containsExactly((String) null);
    Analysis within = analyse("The protests began after a Dec. 29 missile strike on the Kessel"
        + " depot, killing 25.", published);
    assertThat(within.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .extracting(e -> e.time() == null ? null : e.time().value())
        .as("what the phrase goes on to tell may be its own").containsExactly("2030-12-29");
  }

  @Test
  void whoLabelsOrAnswersAHappeningDidNotDoIt() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis labelled = analyse("Foreign Minister Jan Veltrak called the strike against General"
        + " Orvan an act of terrorism.", published);
    assertThat(only(labelled, Event.Type.ATTACK).participants())
        .noneMatch(p -> p.role() == Event.Role.ACTOR);
    Analysis held = analyse("Jan Veltrak called a strike at the Kessel depot.", published);
    assertThat(held.events()).filteredOn(e -> e.trigger().text().equals("strike"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(p -> p.span().text()).as("a strike he calls is his")
        .containsExactly("Jan Veltrak");
    Analysis answered = analyse("Varnia vowed revenge after the killing of General Orvan.",
        published);
    assertThat(answered.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .as("Varnia answers the killing").isEmpty();
    Analysis headline = analyse("Jan Veltrak addresses tensions after killing of General Orvan.",
        published);
    assertThat(headline.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .as("a gerund with 'of' is a noun event too").isEmpty();
    Analysis statement = analyse("Former president Jan Veltrak issued a statement on General"
        + " Orvan's killing.", published);
    assertThat(statement.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .as("a statement on a killing is no part in it").isEmpty();
  }

  /** Who the one attack of the sentence names as its actors, as written. */
  private static List<String> attackers(String sentence) {
    return only(analyse(sentence, LocalDate.of(2031, 1, 7)), Event.Type.ATTACK).participants()
        .stream().filter(p -> p.role() == Event.Role.ACTOR).map(p -> p.span().text()).toList();
  }

  @Test
  void whoDefendsADecisionToKillDidNotKill() {
    assertThat(attackers("Jan Veltrak defended the decision to kill General Orvan."))
        .as("the decision's maker is not said").isEmpty();
    assertThat(attackers("Mira Castell defended Jan Veltrak's decision to kill General Orvan."))
        .as("the possessor made it").containsExactly("Jan Veltrak");
    assertThat(attackers("Jan Veltrak made the decision to kill General Orvan."))
        .as("who makes the decision").containsExactly("Jan Veltrak");
    assertThat(attackers("Jan Veltrak decided to kill General Orvan."))
        .as("a verb's infinitive keeps its subject").containsExactly("Jan Veltrak");
  }

  @Test
  void aCapitalBeforeAnAttackIsWhereItHappenedASeatOfPowerWhoDidIt() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Event city = only(analyse("Jan Veltrak called the Nairobi bombing a provocation.", published),
        Event.Type.ATTACK);
    assertThat(city.participants()).extracting(p -> p.role() + ":" + p.entity())
        .contains("LOCATION:nairobi").noneMatch(r -> r.startsWith("ACTOR"));
    assertThat(attackers("Since the White House strike on General Orvan, Varnia has mourned."))
        .as("a seat of power is its state").containsExactly("White House");
    assertThat(attackers("Officials feared the sites would be hit if Nairobi attacks them."))
        .as("no determiner: the tagger's noun is a verb").containsExactly("Nairobi");
    assertThat(attackers("Nobody was told of the drone strike in Nairobi, which killed General"
        + " Orvan.")).as("what the relative clause's verb does is the strike's")
        .containsExactly("strike");
    assertThat(attackers("Varnian troops in Nairobi, which attacked them last year, left."))
        .as("troops are no strike: the clause is the place's").containsExactly("Nairobi");
  }

  @Test
  void whoseKillingItIsSufferedIt() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis victim = analyse("Since Jan Veltrak's killing, Varnia has closed its border.",
        published);
    Event killing = only(victim, Event.Type.ATTACK);
    assertThat(killing.participants()).extracting(p -> p.role() + ":" + p.span().text())
        .as("the possessor suffered it; the clause's subject answers it")
        .containsExactly("TARGET:Jan Veltrak");
    Analysis agent = analyse("Critics condemned Jan Veltrak's assassination of the envoy.",
        published);
    assertThat(only(agent, Event.Type.ATTACK).participants())
        .filteredOn(p -> p.role() == Event.Role.ACTOR).extracting(p -> p.span().text())
        .as("with an 'of', the possessor did it").containsExactly("Jan Veltrak");
  }

  @Test
  void aRelativeClauseAfterAPlaceTellsOfWhatIsThere() {
    Analysis a = analyse("The envoy met the leader of a Varnian militia in Tarsk that has"
        + " repeatedly attacked the Kessel depot.", LocalDate.of(2031, 1, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attacked"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(p -> p.span().text()).as("the militia in Tarsk, not Tarsk")
        .containsExactly("a Varnian militia");
  }

  @Test
  void aVisitingFellowHoldsAPostAndMakesNoVisit() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    assertThat(analyse("Speaking to the Courier, Ardena expert and visiting fellow at the Tarsk"
        + " School of Economics Mira Holm said the plan had failed.", published).events())
        .extracting(Event::type).doesNotContain(Event.Type.MEET);
    assertThat(analyse("Holm is visiting Tarsk this week.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.MEET);
    // a participle that takes the post as its object is still the event
    assertThat(analyse("Police in Tarsk were arresting professors on Monday.", published)
        .events()).extracting(Event::type).containsExactly(Event.Type.ARREST);
  }

  @Test
  void aPronounAfterAfterIsTheSubjectOfItsClauseNotAPrepositionsObject() {
    // "after they captured him": not the object of the main clause ("pictures") before it
    Analysis a = analyse("The rebels showed pictures and video clips after they captured him.",
        LocalDate.of(2031, 1, 7));
    Event captured = only(a, Event.Type.SEIZE);
    assertThat(captured.participants()).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(p -> p.span().text()).containsExactly("The rebels");
    // "it" before its verb likewise: not the videos
    Analysis b = analyse("The militia released videos after it captured the town.",
        LocalDate.of(2031, 1, 7));
    assertThat(role(only(b, Event.Type.SEIZE), Event.Role.ACTOR)).doesNotContain("\"videos\"");
  }

  @Test
  void dismissingOrRemovingIsADismissalOnlyFromAPost() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    for (String no : List.of("Halm dismissed the council's resolution as politics.",
        "Halm's words were removed from the official record.",
        "The filter removes dust from the air.")) {
      assertThat(analyse(no, published).events()).as(no).extracting(Event::type)
          .doesNotContain(Event.Type.DISMISS);
    }
    // a title before the verb is the speaker's, no post anyone is dismissed from
    assertThat(analyse("Foreign Minister Ivo Drast dismissed the proposal as nonsense.",
        published).events()).extracting(Event::type).doesNotContain(Event.Type.DISMISS);
    for (String yes : List.of("The club dismissed its manager after six defeats.",
        "Parliament voted to remove Halm from office.")) {
      assertThat(analyse(yes, published).events()).as(yes).extracting(Event::type)
          .contains(Event.Type.DISMISS);
    }
    // the post names whom the dismissal hit
    assertThat(role(only(analyse("The club dismissed its manager after six defeats.",
        published), Event.Type.DISMISS), Event.Role.TARGET)).containsExactly("\"its manager\"");
  }

  @Test
  void openingFireIsAnAttackAndAFireADisaster() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis opened = analyse("A gunman opened fire at a mosque in Tarsk.", published);
    assertThat(opened.events()).extracting(Event::type).contains(Event.Type.ATTACK)
        .doesNotContain(Event.Type.DISASTER);
    Analysis returned = analyse("Police and soldiers returned fire on the crowd in Selm.",
        published);
    assertThat(returned.events()).extracting(Event::type).contains(Event.Type.ATTACK)
        .doesNotContain(Event.Type.DISASTER);
    Analysis blaze = analyse("A fire destroyed the Kessel depot overnight.", published);
    assertThat(blaze.events()).extracting(Event::type).contains(Event.Type.DISASTER);
  }

  @Test
  void aPrivatePersonOfANationalityIsNotTheirState() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis gunman = analyse("An Australian gunman killed six people in Tarsk.", published);
    assertThat(only(gunman, Event.Type.ATTACK).participants())
        .filteredOn(p -> p.role() == Event.Role.ACTOR).extracting(Event.Participant::entity)
        .as("the gunman, not Australia").containsOnlyNulls();
    Analysis troops = analyse("Australian troops attacked the Kessel depot.", published);
    assertThat(only(troops, Event.Type.ATTACK).participants())
        .filteredOn(p -> p.role() == Event.Role.ACTOR).extracting(Event.Participant::entity)
        .as("a state's troops are the state").containsExactly("australia");
  }

  @Test
  void aTownBeforeAnEventIsWhereItHappenedACountryWhoDidIt() {
    LocalDate published = LocalDate.of(2031, 1, 7);
    Analysis town = analyse("In the Christchurch attack, Jan Veltrak lost two cousins.",
        published);
    assertThat(only(town, Event.Type.ATTACK).participants())
        .extracting(p -> p.role() + ":" + p.span().text())
        .as("where, and not the doing of the clause's subject")
        .containsExactly("LOCATION:Christchurch");
    Analysis country = analyse("The Russian invasion began at dawn.", published);
    assertThat(only(country, Event.Type.ATTACK).participants())
        .filteredOn(p -> p.role() == Event.Role.ACTOR).extracting(Event.Participant::entity)
        .containsExactly("russia");
  }

  @Test
  void anEmbeddedPostsDateDatesThePostNotWhatItTells() {
    Analysis a = analyse("Varnian drones attacked the Kessel depot again — Jan Veltrak"
        + " (@janveltrak) January 4, 2031", LocalDate.of(2031, 1, 7));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("attacked"))
        .extracting(e -> e.time() == null ? null : e.time().value())
        .containsExactly((String) null);
  }

  @Test
  void aPersonsAttackWithNoHarmIsCondemnation() {
    Analysis words = analyse("Mayor Lena Varga attacked councillor Piet Olsen over the harbour"
        + " levy on Monday.", LocalDate.of(2025, 5, 2));
    assertThat(words.events()).extracting(Event::type).contains(Event.Type.CONDEMN)
        .doesNotContain(Event.Type.ATTACK);
    Analysis blows = analyse("Piet Olsen attacked a neighbour with a knife on Monday, police"
        + " said.", LocalDate.of(2025, 5, 2));
    assertThat(blows.events()).extracting(Event::type).contains(Event.Type.ATTACK);
    // (a real country: the tagger takes an invented one-word name for a person's)
    Analysis army = analyse("Russia attacked the port of Velka on Monday.",
        LocalDate.of(2025, 5, 2));
    assertThat(army.events()).extracting(Event::type).contains(Event.Type.ATTACK);
  }

  @Test
  void resignedToIsNoResignation() {
    Analysis resigned = analyse("Before the win, Olsen was resigned to being sacked by the club.",
        LocalDate.of(2025, 5, 2));
    assertThat(resigned.events()).extracting(e -> e.trigger().text()).doesNotContain("resigned");
    assertThat(analyse("The harbour minister resigned to run for mayor.", LocalDate.of(2025, 5,
        2)).events()).extracting(Event::type).contains(Event.Type.DISMISS);
    assertThat(analyse("Residents fled after shelling killed civilians in the port.",
        LocalDate.of(2025, 5, 2)).events()).extracting(Event::type).contains(Event.Type.ATTACK);
    Analysis coal = analyse("The plan includes the banning of coal fired power plants.",
        LocalDate.of(2025, 5, 2));
    assertThat(coal.events()).extracting(Event::type).doesNotContain(Event.Type.DISMISS);
  }

  static @org.jspecify.annotations.Nullable String dateOf(Analysis a, String trigger) {
    List<Event> found = a.events().stream().filter(e -> e.trigger().text().equals(trigger))
        .toList();
    assertThat(found).as("%s in %s", trigger, a.events()).hasSize(1);
    return found.get(0).time() == null ? null : found.get(0).time().value();
  }

  @Test
  void aTimeAnotherEventsNounHoldsDatesOnlyThatEvent() {
    LocalDate published = LocalDate.of(2031, 1, 9); // a Thursday
    // right after the noun: the raid is not Tuesday's
    Analysis after = analyse("Senators asked about the raid on Kessel, which followed weeks of"
        + " unrest, including an attack Tuesday against the Varnian embassy.", published);
    assertThat(dateOf(after, "raid")).isNull();
    assertThat(dateOf(after, "attack")).isEqualTo("2031-01-07");
    // opening the noun's phrase: the killing is not of 2015
    Analysis opening = analyse("Ostmark said after the killing of Jan Veltrak that it would"
        + " leave the 2015 nuclear deal.", published);
    assertThat(dateOf(opening, "killing")).isNull();
    // past "since", not what is told after it either
    Analysis since = analyse("Ostmark answered overnight with its largest assault since the"
        + " 1979 seizure of the embassy, firing missiles at two bases in Varnia.", published);
    assertThat(dateOf(since, "firing")).as("overnight, not 1979").startsWith("2031-01-09");
    // a day after a verb's object is the verb's
    Analysis object = analyse("The Ostmark parliament condemned the strike Sunday.", published);
    assertThat(dateOf(object, "condemned")).isEqualTo("2031-01-05");
    // a preposition before the noun that is no means: what is answered
    Analysis answered = analyse("Ostmark attacked two bases in retaliation for the 2029 strike.",
        published);
    assertThat(dateOf(answered, "attacked")).isNull();
    // the noun's own outcome, or the means of what is told before it, keeps the time
    Analysis outcome = analyse("Senators asked about the Jan. 3 drone strike that killed Jan"
        + " Veltrak.", published);
    assertThat(dateOf(outcome, "killed")).isEqualTo("2031-01-03");
    Analysis means = analyse("Varnia killed Jan Veltrak in a 2029 air strike.", published);
    assertThat(dateOf(means, "killed")).isEqualTo("2029");
  }

  @Test
  void theTimeBeforeARelativeClauseIsNotItsSubject() {
    Analysis a = analyse("Ostmark vowed revenge for a Varnian drone strike last week that"
        + " killed Jan Veltrak.", LocalDate.of(2031, 1, 9));
    Event killed = a.events().stream().filter(e -> e.trigger().text().equals("killed"))
        .findFirst().orElseThrow();
    assertThat(role(killed, Event.Role.ACTOR)).as("the strike, not the week")
        .singleElement().satisfies(r -> assertThat(r).contains("strike"));
  }

  @Test
  void aCivilCraftOfANationalityIsNotItsState() {
    // (a real country: the tagger reads an invented demonym as a place)
    Analysis a = analyse("A Danish airliner crashed after takeoff on Wednesday, killing all"
        + " 80 people on board.", LocalDate.of(2031, 1, 9));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("killing"))
        .flatExtracting(Event::participants).filteredOn(p -> p.role() == Event.Role.ACTOR)
        .extracting(Event.Participant::entity).containsOnlyNulls();
  }

  @Test
  void firingMissilesOrFiringAtAllIsAnAttack() {
    LocalDate published = LocalDate.of(2031, 1, 9);
    assertThat(analyse("The regime fired more than a dozen ballistic missiles at two bases.",
        published).events()).extracting(Event::type).contains(Event.Type.ATTACK)
        .doesNotContain(Event.Type.DISMISS);
    assertThat(analyse("The Pentagon believes the regime fired with the intent to kill.",
        published).events()).extracting(Event::type).contains(Event.Type.ATTACK)
        .doesNotContain(Event.Type.DISMISS);
    // a fired person before the verb, or a time after it, keeps the dismissal
    assertThat(analyse("Jan Veltrak, whom the mayor fired in September, said he would sue.",
        published).events()).extracting(Event::type).contains(Event.Type.DISMISS)
        .doesNotContain(Event.Type.ATTACK);
    assertThat(analyse("The coach was fired on Saturday.", published).events())
        .extracting(Event::type).contains(Event.Type.DISMISS).doesNotContain(Event.Type.ATTACK);
    assertThat(analyse("The minister fired the head of the state gas company.", published)
        .events()).extracting(Event::type).contains(Event.Type.DISMISS)
        .doesNotContain(Event.Type.ATTACK);
    assertThat(analyse("The club fired its coach on Monday.", published).events())
        .extracting(Event::type).contains(Event.Type.DISMISS);
    assertThat(analyse("He noted that the colonel wasn't fired, but reassigned.", published)
        .events()).extracting(Event::type).contains(Event.Type.DISMISS)
        .doesNotContain(Event.Type.ATTACK);
  }

  @Test
  void aDiseaseThatKillsIsADisasterNotAnAttack() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    Event e = only(analyse("The virus has killed 75 more people in Selm, officials said.",
        published), Event.Type.DISASTER);
    assertThat(e.trigger().text()).isEqualTo("killed");
    assertThat(analyse("The swine flu killed more people than the war.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.DISASTER);
    assertThat(analyse("Gunmen killed 75 people in Selm.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.ATTACK);
  }

  @Test
  void kindsOfThingsAndRetreatsAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Voters at assisted living facilities were moved to a church.", published)
        .events()).isEmpty();
    assertThat(analyse("The care home backed out due to concerns about the virus.", published)
        .events()).isEmpty();
    assertThat(analyse("Party actors and elected officials met donors.", published).events())
        .extracting(Event::type).doesNotContain(Event.Type.APPOINT);
    assertThat(analyse("Varga was elected president of the council in May.", published)
        .events()).extracting(Event::type).contains(Event.Type.APPOINT);
    assertThat(analyse("Ostmark will hold the next nominating contests in March.", published)
        .events()).extracting(Event::type).doesNotContain(Event.Type.APPOINT);
    assertThat(analyse("Cancel all non-essential doctor's appointments this month.", published)
        .events()).isEmpty();
    assertThat(analyse("Her appointment as ambassador was announced on Monday.", published)
        .events()).extracting(Event::type).contains(Event.Type.APPOINT);
    assertThat(analyse("Your browser does not support HTML5 audio.", published).events())
        .isEmpty();
    assertThat(analyse("When a candidate runs in back-to-back cycles, he loses votes.",
        published).events()).isEmpty();
    assertThat(analyse("It is a 1905 case that deals with the powers of the state.", published)
        .events()).isEmpty();
    assertThat(analyse("The campaign was made aware of offensive and toxic statements.",
        published).events()).isEmpty();
    assertThat(analyse("But the senator's path to the nomination seems all but gone.",
        published).events()).isEmpty();
  }

  @Test
  void aCampaignsRallyIsNoProtest() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("A cleric spoke at Senator Piet Varga's rally on March 7.", published)
        .events()).isEmpty();
    assertThat(analyse("Thousands joined Piet Varga's rally in Selm.", published).events())
        .extracting(Event::type).contains(Event.Type.PROTEST);
    assertThat(analyse("Varga suspended his large campaign rallies on Thursday.", published)
        .events()).extracting(Event::type).doesNotContain(Event.Type.PROTEST);
    assertThat(analyse("Thousands joined a rally against the lockdown in Selm.", published)
        .events()).extracting(Event::type).contains(Event.Type.PROTEST);
  }

  @Test
  void wordsAgainstABillAndATwitterAttackAreCondemnation() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(only(analyse("The group Open Harbour is attacking the bill.", published),
        Event.Type.CONDEMN).trigger().text()).isEqualTo("attacking");
    assertThat(analyse("He reverted to partisan swipes and Twitter attacks.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.CONDEMN);
    assertThat(analyse("Varga struck a measured tone after days of criticism.", published)
        .events()).extracting(Event::type).doesNotContain(Event.Type.ATTACK);
  }

  @Test
  void aMarketsDemandAndAGovernmentsOwnRestrictionsAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("The company is responding to spiking demand for its products.",
        published).events()).isEmpty();
    assertThat(analyse("Demand for testing is greater than the supply of kits.", published)
        .events()).isEmpty();
    assertThat(analyse("Protesters repeated their demand for his resignation.", published)
        .events()).extracting(Event::type).contains(Event.Type.DEMAND);
    assertThat(analyse("Ostmark imposed new restrictions on gatherings on Monday.", published)
        .events()).isEmpty();
    assertThat(analyse("Ostmark imposed restrictions on Valdoria's banks on Monday.", published)
        .events()).extracting(Event::type).contains(Event.Type.SANCTION);
  }

  @Test
  void idiomsNumbersAndCompoundsOfTheNovemberHearings() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    // a country before a hyphen backs the noun after it
    Event backed = only(analyse("Congress members accuse Ostmark-backed forces of killing"
        + " civilians.", published), Event.Type.SUPPORT);
    assertThat(role(backed, Event.Role.ACTOR)).containsExactly("location:ostmark");
    assertThat(role(backed, Event.Role.TARGET)).containsExactly("\"forces\"");
    // with an ally, against a foe
    assertThat(roleIn("The militia fought with Ostmark against the Lenne Guard.",
        Event.Type.ATTACK, Event.Role.TARGET)).noneMatch(x -> x.contains("ostmark"));
    assertThat(analyse("The lack of new developments are major strikes against them.",
        published).events()).isEmpty();
    assertThat(analyse("Medical costs shot up 3.3% last year.", published).events()).isEmpty();
    assertThat(analyse("The law bars people from hiring vehicles to take voters to the polls.",
        published).events()).isEmpty();
    assertThat(analyse("The group is fighting against suppressive voting laws.", published)
        .events()).isEmpty();
    assertThat(analyse("That idea was captured best by the senator's questions.", published)
        .events()).isEmpty();
    assertThat(analyse("Ostmark only wanted to buy time.", published).events()).isEmpty();
    assertThat(analyse("He agreed to pay them from publicly funded student fees.", published)
        .events()).extracting(Event::type).doesNotContain(Event.Type.SUPPORT);
    // a number is no place
    assertThat(analyse("Ostmark increased its warhead deployments from 11,600 to 30,000.",
        published).events()).flatExtracting(Event::participants)
        .noneMatch(p -> p.role() == Event.Role.LOCATION);
  }

  @Test
  void memoriesCarriedThingsNamedWitnessesAndFigurativeDisastersAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Ambassador Varga recalls that Mr. Holm told him about the plan.",
        published).events()).extracting(Event::type)
        .doesNotContain(Event.Type.SEVER_RELATIONS);
    assertThat(analyse("Ostmark recalled its ambassador from Valdoria on Monday.", published)
        .events()).extracting(Event::type).contains(Event.Type.SEVER_RELATIONS);
    assertThat(analyse("Holm was armed with the rules of the committee.", published).events())
        .isEmpty();
    assertThat(analyse("Varga named Holm as his intermediary to the council.", published)
        .events()).isEmpty();
    assertThat(analyse("The board named Holm as chief executive on Monday.", published)
        .events()).extracting(Event::type).contains(Event.Type.APPOINT);
    assertThat(analyse("Witnesses can expect an avalanche of abuse.", published).events())
        .isEmpty();
    assertThat(analyse("Varga won the election in a landslide.", published).events())
        .isEmpty();
    assertThat(analyse("The explosion of a car bomb killed two guards.", published).events())
        .extracting(Event::type).contains(Event.Type.DISASTER);
  }

  @Test
  void aCountryACapitalStandsForIsAnEntityOfTheAnalysis() {
    Analysis a = analyse("Chad severed diplomatic relations with Khartoum on Tuesday.",
        LocalDate.of(2025, 3, 14));
    assertThat(a.entities()).filteredOn(e -> e.id().equals("sudan"))
        .singleElement().satisfies(e -> {
          assertThat(e.name()).isEqualTo("Sudan");
          assertThat(e.mentions()).isEmpty();
        });
  }

  @Test
  void reviewedNovemberRulesKeepRealEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Twelve people were killed in a landslide in Selm.", published).events())
        .extracting(Event::type).contains(Event.Type.DISASTER);
    assertThat(analyse("An avalanche of snow buried the village.", published).events())
        .extracting(Event::type).contains(Event.Type.DISASTER);
    assertThat(analyse("Gunmen shot up a bus in Selm.", published).events())
        .extracting(Event::type).contains(Event.Type.ATTACK);
    assertThat(analyse("Satellite images show the rebels captured the port.", published)
        .events()).extracting(Event::type).contains(Event.Type.SEIZE);
    assertThat(analyse("The board named Holm as the party's nominee.", published).events())
        .extracting(Event::type).contains(Event.Type.APPOINT);
    assertThat(analyse("The air force carried out two strikes against Holm.", published)
        .events()).extracting(Event::type).contains(Event.Type.ATTACK);
  }

  @Test
  void friendlyFireIsShotsOrCriticismNeverABlaze() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Two soldiers were killed by friendly fire near Selm.", published)
        .events()).extracting(Event::type).contains(Event.Type.ATTACK)
        .doesNotContain(Event.Type.DISASTER);
    assertThat(analyse("The counsel faced some friendly fire for his questioning.", published)
        .events()).extracting(Event::type).containsExactly(Event.Type.CONDEMN);
  }

  @Test
  void anAttackByAdvisersOrCriticsIsWordsByMilitantsBlows() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Critics attacked Senator Varga on Monday.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.CONDEMN);
    assertThat(analyse("Militants attacked the convoy on Monday.", published).events())
        .extracting(Event::type).containsExactly(Event.Type.ATTACK);
  }

  /** The trigger texts of the {@code type} events of {@code text} (published 2025-03-14). */
  static List<String> triggers(String text, Event.Type type) {
    return analyse(text, LocalDate.of(2025, 3, 14)).events().stream()
        .filter(e -> e.type() == type).map(e -> e.trigger().text()).toList();
  }

  @Test
  void machinesTrainedAndSoundsCapturedAreNoTrainingOrSeizure() {
    assertThat(triggers("The firm hired workers to train the system. Engineers trained its AI on"
        + " recordings. Foreign instructors trained the recruits in drone warfare.",
        Event.Type.TRAIN)).containsExactly("trained");
    assertThat(triggers("The speakers capture every voice command in the kitchen. Rebels captured"
        + " the town of Selm on Monday.", Event.Type.SEIZE)).containsExactly("captured");
  }

  @Test
  void programsAndMarketsCrashWithoutADisaster() {
    assertThat(triggers("When the app crashes, users lose their work. Traders recalled the 1987"
        + " stock market crash. A bus crash killed nine people near Selm on Monday.",
        Event.Type.DISASTER)).containsExactly("crash", "killed");
    assertThat(analyse("When the app crashes, users lose their work.", LocalDate.of(2025, 3, 14))
        .events()).isEmpty();
  }

  @Test
  void aWordInCapitalsAmongOthersIsABodysInitials() {
    assertThat(triggers("The group named the policy its code of the month. FIRE each month"
        + " highlights a campus policy. A fire destroyed the warehouse on Monday.",
        Event.Type.DISASTER)).containsExactly("fire");
  }

  @Test
  void lawsuitsEffortsFilmsAndGamesAreNoFighting() {
    assertThat(triggers("The court fight over the subpoena goes on. Lawmakers are fighting to"
        + " keep their seats. Soldiers were fighting to hold the bridge near Selm.",
        Event.Type.ATTACK)).containsExactly("fighting");
    assertThat(triggers("The crew shot a video on the hill. He shoots hoops with friends. If the"
        + " mayor bombed out, nobody would notice. A gunman shot two guards in Selm.",
        Event.Type.ATTACK)).containsExactly("shot");
  }

  @Test
  void billsKilledAnimalsHuntedAndWordsStruckAreNoAttacks() {
    assertThat(triggers("Defections will kill impeachment. The senator vowed to kill the bill."
        + " Gunmen killed three villagers near Selm.", Event.Type.ATTACK))
        .containsExactly("killed");
    assertThat(triggers("On a hunting trip he shot and killed an endangered sheep. Hunters pay to"
        + " shoot and kill argali. A sniper killed two soldiers in Selm.", Event.Type.ATTACK))
        .containsExactly("killed");
    assertThat(triggers("Republicans offered an amendment to strike the first article. Drones"
        + " struck a convoy near Selm.", Event.Type.ATTACK)).containsExactly("struck");
    assertThat(analyse("The party won a landslide this week.", LocalDate.of(2025, 3, 14))
        .events()).isEmpty();
  }

  @Test
  void shotsFiredIntoAPlaceAreAnAttackNotADismissal() {
    assertThat(analyse("The gunmen fired aggressively into the store.", LocalDate.of(2025, 3, 14))
        .events()).extracting(Event::type).containsExactly(Event.Type.ATTACK);
  }

  @Test
  void aGoalIsNoOneMetAndPartOfAGroupActs() {
    // the animacy list's "GOAL" (a name) makes no goal a being
    assertThat(triggers("National pledges are not enough to meet the ambitious goal set in the"
        + " accord.", Event.Type.MEET)).isEmpty();
    Analysis a = analyse("On Monday, some of the ministers denied the seriousness of the outbreak.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(a, Event.Type.DENY), Event.Role.ACTOR))
        .containsExactly("\"some of the ministers\"");
    // a sum acts for no one
    Analysis b = analyse("The family raised $20,000 at a fundraiser to help Varga pay off a debt.",
        LocalDate.of(2025, 3, 14));
    assertThat(b.events()).flatExtracting(Event::participants)
        .noneMatch(p -> p.span().text().contains("20,000"));
  }

  @Test
  void risingToTheTopSetbacksRequirementsAndVotesAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Senator Varga shot to the top of the party's target list in 2017.",
        published).events()).isEmpty();
    assertThat(analyse("The court struck a blow to a campaign to abolish the council.", published)
        .events()).isEmpty();
    assertThat(analyse("Students can enroll in other programs to meet the in-person requirements.",
        published).events()).isEmpty();
    assertThat(triggers("Republicans may not capture the same kind of voter energy this year."
        + " Holm won despite Varga capturing about a half-million more votes. Rebels captured the"
        + " town of Selm on Monday.", Event.Type.SEIZE)).containsExactly("captured");
    // a time is no actor
    assertThat(analyse("A pandemic is a bad time to be attacking immigrants.", published)
        .events()).flatExtracting(Event::participants)
        .noneMatch(p -> p.role() == Event.Role.ACTOR);
  }

  @Test
  void theRulesAgainstFigurativeBlowsLeaveRealOnesAlone() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    // the object's head decides, not a word that modifies it
    assertThat(triggers("A gunman killed a law enforcement officer in Selm. Bandits shot two cattle"
        + " herders near Kessel. Police shot a video journalist in Velka.", Event.Type.ATTACK))
        .containsExactly("killed", "shot", "shot");
    // a strike on a building's section, a move to strike, a city fought for
    assertThat(triggers("A missile struck a section of the building in Selm.", Event.Type.ATTACK))
        .containsExactly("struck");
    assertThat(triggers("The general's move to strike Kessel drew condemnation.",
        Event.Type.ATTACK)).containsExactly("strike");
    assertThat(triggers("The Taliban are fighting to retake Kunduz.", Event.Type.ATTACK))
        .containsExactly("fighting");
    assertThat(triggers("The houses were bombed out by government jets in Selm.",
        Event.Type.ATTACK)).containsExactly("bombed");
    assertThat(triggers("Iran has trained a network of militias in Kessel.", Event.Type.TRAIN))
        .containsExactly("trained");
    assertThat(triggers("Rebels captured the Energy Ministry building in Selm.", Event.Type.SEIZE))
        .containsExactly("captured");
    assertThat(triggers("President Varga removed the cabinet secretary on Monday.",
        Event.Type.DISMISS)).containsExactly("removed");
  }

  @Test
  void aSitesTermsAJurorStruckAndWeightGainedAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("By signing up, you agree to our Privacy Policy and Terms.", published)
        .events()).isEmpty();
    assertThat(analyse("Visit the Selm Herald's homepage for more stories.", published).events())
        .isEmpty();
    assertThat(analyse("The prosecutor used a peremptory strike to remove Ana Ruiz from the jury.",
        published).events()).extracting(Event::type).doesNotContain(Event.Type.ATTACK);
    assertThat(analyse("The party's policy team acquired added weight after the pandemic.",
        published).events()).isEmpty();
    assertThat(triggers("Kessel agreed to the ceasefire on Monday.", Event.Type.AGREE))
        .containsExactly("agreed");
  }

  @Test
  void talksGivenPrescriptionsSignedSeatsWonAndFuelOnTheFireAreNoEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Volunteers do everything from giving talks at elementary schools to"
        + " running drills.", published).events()).isEmpty();
    assertThat(analyse("Doctors sign medical prescriptions with their ID cards.", published)
        .events()).isEmpty();
    assertThat(triggers("Republicans occupy 53 of the 100 seats. The Greens took control of the"
        + " Senate in 2018. Rebels took control of the airport in Selm.", Event.Type.SEIZE))
        .containsExactly("took");
    assertThat(analyse("A guilty verdict would pour gasoline on the fire of the culture wars.",
        published).events()).isEmpty();
    assertThat(triggers("The long nomination fight goes on. Democrats killed censure on Monday.",
        Event.Type.ATTACK)).isEmpty();
    Analysis a = analyse("Volunteers held 500 events for Varga, while the candidate himself has"
        + " visited four times this season.", published);
    assertThat(a.events()).flatExtracting(Event::participants)
        .noneMatch(p -> p.span().text().contains("times"));
  }

  @Test
  void theReviewsCasesKeepTheirEvents() {
    LocalDate published = LocalDate.of(2025, 3, 14);
    assertThat(triggers("Kessel agreed to the terms of the ceasefire proposal.", Event.Type.AGREE))
        .containsExactly("agreed");
    assertThat(triggers("Rival political factions fought in the streets of Selm.",
        Event.Type.ATTACK)).containsExactly("fought");
    assertThat(triggers("Rioters took control of the Senate chamber in Selm.", Event.Type.SEIZE))
        .containsExactly("took");
    assertThat(triggers("The two leaders signed copies of the peace agreement in Selm.",
        Event.Type.AGREE)).containsExactly("signed");
    assertThat(triggers("Critics call the bill an assault by the council on the rule of law.",
        Event.Type.CONDEMN)).containsExactly("assault");
  }

  @Test
  void anAgeIsPartOfItsNounAndAWeaponDoesNothing() {
    // fictional
    assertThat(roleIn("Police arrested a 26-year-old man in Brenn.", Event.Type.ARREST,
        Event.Role.TARGET)).containsExactly("\"a 26-year-old man\"");
    Analysis a = analyse("Varga got a gun and shot Holm. Police fired projectiles at the crowd.",
        LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.ATTACK)
        .allSatisfy(e -> assertThat(e.participants()).noneMatch(p -> p.span().text()
            .matches("a gun|projectiles")));
  }

  @Test
  void aDeathDenouncedIsTheDeathNotItsVictim() {
    Event e = only(analyse("The mayor denounced the death of Anton Holm.",
        LocalDate.of(2025, 3, 14)), Event.Type.CONDEMN);
    assertThat(role(e, Event.Role.TARGET)).containsExactly("\"the death of Anton Holm\"");
  }

  @Test
  void aNameGivenOrAnElectedOfficeHeldIsNoAppointment() {
    // fictional
    Analysis a = analyse("The boy was named after President Holm. A democratically elected"
        + " president was ousted by the army. Voters elected a new mayor.",
        LocalDate.of(2025, 3, 14));
    assertThat(a.events()).filteredOn(e -> e.type() == Event.Type.APPOINT)
        .extracting(e -> e.trigger().text()).containsExactly("elected");
    // an adverb after "was" is no noun phrase's: the election is reported
    assertThat(only(analyse("Karl Brenner was unanimously elected speaker on Monday.",
        LocalDate.of(2025, 3, 14)), Event.Type.APPOINT).trigger().text()).isEqualTo("elected");
    assertThat(role(only(a, Event.Type.DISMISS), Event.Role.TARGET))
        .containsExactly("\"A democratically elected president\"");
  }

  @Test
  void aPlaceListTakesOnlyPlaces() {
    // fictional: Anton Holm's hostility is no place the protests were in
    Analysis a = analyse("Anton Holm spoke. The council condemned protests by farmers in"
        + " Charlottesville, Virginia, and Anton Holm's open hostility.",
        LocalDate.of(2025, 3, 14));
    assertThat(role(only(a, Event.Type.PROTEST), Event.Role.LOCATION))
        .contains("charlottesville").noneMatch(p -> p.contains("hostility")
            || p.startsWith("person:"));
  }

  @Test
  void aClashOfWordsAndFiguresOfTakingAreNoFight() {
    // fictional
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertThat(analyse("The lawmakers clashed over an amendment on Tuesday.", d).events())
        .noneMatch(e -> e.type() == Event.Type.ATTACK);
    assertThat(only(analyse("Protesters clashed with police on Sunday.", d), Event.Type.ATTACK)
        .trigger().text()).isEqualTo("clashed");
    assertThat(analyse("Holm tried to seize the center stage. The senators came back to take up"
        + " gun control legislation. Varga suffered an epileptic seizure. The plant powers the"
        + " capture of carbon dioxide. The senator was captured by a sketch artist.", d).events())
        .noneMatch(e -> e.type() == Event.Type.SEIZE);
    assertThat(only(analyse("Rebels seized the airport at dawn.", d), Event.Type.SEIZE)
        .trigger().text()).isEqualTo("seized");
  }

  @Test
  void firingAPersonOrProjectilesIsDismissalOrAttack() {
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertThat(only(analyse("He forced Ostmark to fire the country's chief prosecutor.", d),
        Event.Type.DISMISS).trigger().text()).isEqualTo("fire");
    assertThat(only(analyse("Police fired projectiles at the crowd.", d), Event.Type.ATTACK)
        .participants()).noneMatch(p -> p.span().text().contains("projectiles"));
  }

  @Test
  void aMarchNamedForACauseIsNoMonth() {
    Analysis a = analyse("Thousands joined the March for Life on Friday. The vote is due in"
        + " March.", LocalDate.of(2025, 1, 14));
    assertThat(a.times()).extracting(t -> t.text()).containsExactly("Friday", "March");
  }

  @Test
  void idiomsReceptionsMarketsAndPageTermsAreNoEvents() {
    // fictional
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertThat(analyse("“I don't think it's a big deal,” Varga said. It is no big deal. The"
        + " port's plan met with bipartisan resistance and would meet the Paris goals. Berek shot"
        + " back, “That is not true.” Demand for flights has collapsed. Testing demand has led to"
        + " a shortage. By signing up you agree to receive email alerts. The college instructed"
        + " students to stay away. Olsen took part in weight training. Workers who struck out on"
        + " their own are many. The case dates back to 1905 and deals with the constitutionality"
        + " of a levy.", d).events()).isEmpty();
    // and the events they look like still are
    Analysis a = analyse("Ostmark signed a big deal with Valdoria. Varga met Berek in Selm."
        + " Troops shot back at the gunmen. Protesters demanded the minister's resignation."
        + " Foreign instructors trained the recruits.", d);
    assertThat(a.events()).extracting(e -> e.type()).contains(Event.Type.AGREE,
        Event.Type.MEET, Event.Type.ATTACK, Event.Type.DEMAND, Event.Type.TRAIN);
  }

  @Test
  void aRallyInASentenceAboutCandidatesIsCampaigningNotProtest() {
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertThat(analyse("The president went at Varga again during a rally in Selm. Neither"
        + " candidate has called off a rally.", d).events())
        .noneMatch(e -> e.type() == Event.Type.PROTEST);
    assertThat(analyse("Protesters held a rally against the levy outside the statehouse.", d)
        .events()).anyMatch(e -> e.type() == Event.Type.PROTEST);
  }

  @Test
  void aMeetingWithOpponentsAProtestRallyAndDemandsMadeStayEvents() {
    // fictional, from a review of the rules above
    LocalDate d = LocalDate.of(2025, 3, 14);
    assertThat(analyse("Varga met with opposition leaders in Selm.", d).events())
        .anyMatch(e -> e.type() == Event.Type.MEET);
    assertThat(analyse("Tens of thousands joined a rally in Selm demanding that President Holm"
        + " step down.", d).events()).anyMatch(e -> e.type() == Event.Type.PROTEST);
    assertThat(analyse("The hackers issued a ransom demand of $4.5 million. The demand for his"
        + " resignation grew louder.", d).events())
        .filteredOn(e -> e.type() == Event.Type.DEMAND).hasSize(2);
    assertThat(analyse("Residents were instructed to evacuate the valley.", d).events())
        .noneMatch(e -> e.type() == Event.Type.TRAIN);
  }
}
