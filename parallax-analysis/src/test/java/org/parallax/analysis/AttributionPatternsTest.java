package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.Analysis;
import org.parallax.model.analysis.Attribution;
import org.parallax.model.analysis.FramingCue;
import org.parallax.model.analysis.Span;

/** Attribution shapes of news prose, on sentences written for these tests (fictional people). */
class AttributionPatternsTest {
  private static List<String> found(String text) {
    Analysis a = EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
    return a.attributions().stream()
        .map(x -> (x.source().span() == null ? "-" : x.source().span().text()) + " | "
            + x.cue().text() + " | " + x.content().text())
        .toList();
  }

  @Test
  void whatSourcesToldRunsPastAnAuxiliaryAndAGerundBesideANounIsNoCue() {
    // the parse hangs the clause after "told me that" elsewhere: its auxiliary serves the verb
    assertThat(found("Sources told me that after initial hesitance in dealing with Mr. Berek's"
        + " posts about Ms. Ruiz, the council has accelerated work on a stricter rulebook."))
        .contains("Sources | told | that after initial hesitance in dealing with Mr. Berek's"
            + " posts about Ms. Ruiz, the council has accelerated work on a stricter rulebook");
    // "information and reporting that refute …": a noun, and a relative clause after it
    assertThat(found("One idea is to link to reliable information and reporting that refute"
        + " the posts."))
        .noneMatch(x -> x.contains("| reporting |"));
    // a tag after the words it reports is no part of what they report, and reports them
    Analysis tagged = EventExtractorTest.analyse("Officials told Reuters that despite the storm,"
        + " the port is ready to reopen on Monday, the agency reported.",
        LocalDate.of(2025, 5, 2));
    assertThat(tagged.attributions()).filteredOn(x -> x.cue().text().equals("told"))
        .singleElement().satisfies(x -> {
          assertThat(x.content().text()).isEqualTo("that despite the storm, the port is ready"
              + " to reopen on Monday");
          assertThat(x.parent()).isNotNull();
        });
    // a relative pronoun that speaks stands for the phrase before it
    assertThat(EventExtractorTest.analyse("She was a favourite of the national media, which was"
        + " portraying her as a reformer.", LocalDate.of(2025, 5, 2)).attributions())
        .filteredOn(x -> x.source().span() != null
            && x.source().span().text().equals("which"))
        .singleElement().satisfies(x -> assertThat(x.source().text())
            .isEqualTo("which (the national media)"));
    assertThat(EventExtractorTest.analyse("The mayor cited a port survey which says the levy is"
        + " fair.", LocalDate.of(2025, 5, 2)).attributions())
        .filteredOn(x -> x.cue().text().equals("says"))
        .singleElement().satisfies(x -> assertThat(x.source().text())
            .isEqualTo("which (a port survey)"));
    // a gerund coordinated with another verb stays a cue
    assertThat(found("The mayor answered by sharing a clip of the audio and claiming that the"
        + " levy was fair.")).anyMatch(x -> x.contains("| claiming |"));
  }

  @Test
  void aPostEmbeddedInTheTextIsItsAuthorsWordsThoughUnquoted() {
    // the post's paragraph ends with its signature: name, handle, date; its links are dropped
    Analysis a = EventExtractorTest.analyse("The mayor answered on Tuesday.\n\nGreat day for"
        + " the harbour \u2014 thanks to every volunteer! A disgraceful levy is gone."
        + " pic.twitter.com/x1Y2z3 \u2014 Mayor Tomas Berek (@tberek) May 1, 2025\n\nThe"
        + " council did not reply.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("\u2014"))
        .singleElement().satisfies(x -> {
          assertThat(x.source().span().text()).isEqualTo("Mayor Tomas Berek");
          assertThat(x.source().entity()).isNotNull();
          assertThat(x.content().text()).isEqualTo("Great day for the harbour \u2014 thanks to"
              + " every volunteer! A disgraceful levy is gone.");
          assertThat(x.direct()).isTrue();
        });
    // so its loaded words are a quotation's, not the outlet's narration
    assertThat(a.framing()).filteredOn(f -> f.text().contains("disgraceful"))
        .allSatisfy(f -> assertThat(f.voice()).isEqualTo(FramingCue.Voice.QUOTE));
    // a post in quotation marks signed with links: the whole name, initial and all
    assertThat(found("\u201cThe harbour stands with its workers.\u201d \u2014 President Tomas"
        + " J. Berek https://t.co/aB12cD pic.twitter.com/eF34gH"))
        .containsExactly("President Tomas J. Berek | \u2014 | The harbour stands with its"
            + " workers");
    // a quoted post signed on the next line, with a date written day first
    assertThat(found("\u201cWe will not back down.\u201d\n\u2014 Ana Ruiz (@anaruiz) 1 May 2025"))
        .containsExactly("Ana Ruiz | \u2014 | We will not back down");
    // a campaign account is its candidate's
    assertThat(EventExtractorTest.analyse("Vote early, vote often! #harbour \u2014 Ana Ruiz for"
        + " Council (@RuizForCouncil) May 1, 2025", LocalDate.of(2025, 5, 2)).attributions())
        .singleElement().satisfies(x -> assertThat(x.source().entity()).contains("ruiz"));
    // a signature alone on its line signs the paragraph above only when it ends as a post does
    assertThat(found("The mayor shared a video of the rally on Thursday.\n\n\u2014 Tomas"
        + " Berek (@tberek) May 1, 2025")).isEmpty();
    // a dash in running prose before a handle is no signature without a paragraph end
    assertThat(found("The union \u2014 Harbour Workers (@hwu) \u2014 called a strike."))
        .noneMatch(x -> x.contains("| \u2014 |"));
  }

  @Test
  void aParagraphAnnouncedByAColonIsTheSpeakersWordsThoughUnquoted() {
    Analysis a = EventExtractorTest.analyse("Mayor Tomas Berek said he regretted the ruling."
        + "\n\nThe mayor told the Courier:\n\nAs I say, I strongly disagree with this ruling of"
        + " the court. I think the levy has been fair for centuries.\n\nThe council met on"
        + " Monday.", LocalDate.of(2025, 5, 2));
    Attribution told = a.attributions().stream().filter(x -> x.cue().text().equals("told"))
        .findFirst().orElseThrow();
    assertThat(told.content().text()).isEqualTo("As I say, I strongly disagree with this ruling"
        + " of the court. I think the levy has been fair for centuries");
    assertThat(told.direct()).isTrue();
    // its "I" is the mayor
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("I"))
        .isNotEmpty().allSatisfy(x -> assertThat(x.source().entity())
            .isEqualTo(told.source().entity()));
    // a heading after the colon is no speech
    assertThat(found("The mayor told the Courier:\n\nLevy row\n\nThe council met."))
        .noneMatch(x -> x.contains("Levy row"));
  }

  @Test
  void whomAQuotationIsToldIsNotWhatWasSaid() {
    assertThat(found("Before flying home, Berek told reporters, \u201cI strongly disagree with"
        + " this judgment.\u201d")).containsExactly("Berek | told | I strongly disagree with this"
            + " judgment");
    assertThat(found("Varga told the crowd: \"We will win this fight.\""))
        .containsExactly("Varga | told | We will win this fight");
    assertThat(found("Berek told reporters that the levy, \u201ca fair measure,\u201d would"
        + " stay.")).containsExactly("Berek | told | that the levy, \u201ca fair measure,\u201d"
            + " would stay");
  }

  @Test
  void aPronounAfterAnOpeningPhraseWithoutACommaIsTheSubjectBefore() {
    assertHeIsBerek("Mayor Tomas Berek has been attending the summit in Brno where he met"
        + " Tuesday with Governor Piet Olsen. Before flying back to Trellin he told reporters,"
        + " \u201cI strongly disagree with this judgment.\u201d");
  }

  @Test
  void anOrderOpeningAQuotationIsNoSpeechVerb() {
    assertThat(found("'Call it Phase Two,' said Tomas Berek, the union leader."))
        .containsExactly("Tomas Berek, the union leader | said | Call it Phase Two");
    // the addressee before a colon is not what was said
    assertThat(found("Berek urged Olsen: \"Tell us the truth. That's your duty as a mayor.\""))
        .containsExactly("Berek | urged | Tell us the truth. That's your duty as a mayor");
  }

  @Test
  void aMannerIsNoSource() {
    assertThat(found("Workers ask only for the freedom to live according to the faith in their"
        + " own hearts.")).noneMatch(x -> x.contains("| according to |"));
    assertThat(found("The vote went according to plan.")).isEmpty();
    assertThat(found("The harbour grew 2 percent according to the data."))
        .containsExactly("the data | according to | The harbour grew 2 percent");
    assertThat(found("He was injured according to his lawyer."))
        .containsExactly("his lawyer | according to | He was injured");
    assertThat(found("The officers acted according to the law.")).isEmpty();
  }

  @Test
  void theNameAfterAnInvertedSayIsTheSpeakerThoughTheParseFoundASubject() {
    assertThat(found("\u201cThe dockers being called in are not clerks who might have heard"
        + " something\u201d but seasoned pilots, says Ilse Varga, a professor of shipping at the"
        + " University of Trellin.")).anyMatch(x -> x.startsWith("Ilse Varga"))
        .noneMatch(x -> x.startsWith("seasoned pilots"));
  }

  @Test
  void aTextAParticipleDescribesSpeaksNotTheSentencesSubject() {
    assertThat(found("Councillors had pointed to a placard with an excerpt from Varga's book"
        + " saying that the levy was wrong.")).containsExactly("an excerpt from Varga's book |"
            + " saying | that the levy was wrong");
    // who issues or carries the text speaks through it
    assertThat(found("The harbour board issued a statement calling the strike unlawful."))
        .allMatch(x -> x.startsWith("The harbour board |"));
  }

  @Test
  void writingAWorkIsNoStatement() {
    assertThat(found("Varga says she learned about the port from a friend; she is currently"
        + " writing a novel set in Trellin.")).noneMatch(x -> x.contains("| writing |"));
    assertThat(found("Varga wrote that the levy was unfair."))
        .containsExactly("Varga | wrote | that the levy was unfair");
  }

  @Test
  void aVerbTheParseHungOnTheSpeakerIsNoPartOfIt() {
    assertThat(found("The harbour board released a partial record of the call, which revealed"
        + " Berek did in fact ask Olsen to help the union lawyer Ilse Varga investigate the"
        + " levy.")).contains("Berek | ask | to help the union lawyer Ilse Varga investigate"
            + " the levy");
    // nor an adverb at its end
    assertThat(found("The Harbour Courier first reported the closure of the port."))
        .isNotEmpty().allMatch(x -> x.startsWith("The Harbour Courier |"));
  }

  @Test
  void aClauseWithItsOwnSubjectBeforeTheCueIsWhatWasSaid() {
    // the parser hangs the clause on "said" as an adverbial one: what was said all the same,
    // and the words after the cue only where and when
    assertThat(found("Valdoria\u2019s army is intensifying its cooperation with Ostmark, Berek"
        + " said at the first talks between Valdoria and the northern countries\u2019 new league."))
        .containsExactly("Berek | said | Valdoria\u2019s army is intensifying its cooperation"
            + " with Ostmark");
    // a clause made a circumstance by its first word stays one
    assertThat(found("After the talks ended, Tomas Berek said at a news conference that the"
        + " army would leave."))
        .containsExactly("Tomas Berek | said | that the army would leave");
  }

  @Test
  void hailingSomethingAsSomethingIsAPositionTaken() {
    assertThat(found("The Ostmark minister hailed Valdoria as a \u201csincere and constant"
        + " ally.\u201d"))
        .containsExactly("The Ostmark minister | hailed | Valdoria as a \u201csincere and"
            + " constant ally");
    assertThat(found("Tomas Berek touted the plan as a fair and lasting deal."))
        .containsExactly("Tomas Berek | touted | the plan as a fair and lasting deal");
    // hailing a taxi, hailing from a town: no one says anything
    assertThat(found("Fans hailed a taxi outside the stadium.")).isEmpty();
    assertThat(found("Smith, who hails from Ohio, said the plan was fine."))
        .containsExactly("Smith, who hails from Ohio | said | the plan was fine");
  }

  @Test
  void aNameRightBeforeTheVerbSpeaksThoughTheParseMadeItAnApposition() {
    assertThat(found("In a speech last month at the Harbour Summit in Brno, a major gathering of"
        + " shipowners, Tomas Berek touted his government\u2019s work on behalf of small ports."))
        .containsExactly("Tomas Berek | touted | his government\u2019s work");
    assertThat(found("The leader of the union, Tomas Berek, said the strike would go on."))
        .containsExactly("The leader of the union, Tomas Berek | said | the strike would go on");
  }

  @Test
  void aVerbOfPositionAfterACommaIsNoInvertedSpeechVerb() {
    // "…, said Caddell" names its speaker after the verb; "…, touts its policies" does not
    assertThat(found("The party\u2019s advertisement boasts the country\u2019s job growth, touts"
        + " its harbour policies and revels in the defeat of the rebels.")).isEmpty();
    assertThat(found("\u201cWe will not give up,\u201d said Tomas Berek, the union leader."))
        .containsExactly("Tomas Berek, the union leader | said | We will not give up");
    // after a quotation, a verb of position inverts as "said" does
    assertThat(found("\u201cWe made mistakes,\u201d acknowledged Berek."))
        .containsExactly("Berek | acknowledged | We made mistakes");
  }

  @Test
  void aColonEndingTheCuesParagraphAnnouncesTheQuotationAfterIt() {
    assertThat(found("In a report by the local paper The Harbour Times, Tomas Berek said:\n\n"
        + "\u201cCash remains exposed to abuse. This measure targets large payments.\u201d"))
        .containsExactly("Tomas Berek | said: | Cash remains exposed to abuse. This measure"
            + " targets large payments");
    assertThat(found("The harbour will close. Tomas Berek told reporters:\n\n\"Cash remains"
        + " exposed to abuse.\"\n\nThe port reopened on Friday."))
        .containsExactly("Tomas Berek | told | Cash remains exposed to abuse");
    // a clause before the colon is what was said
    assertThat(found("Tomas Berek said the plan had three parts:\n\n\u201cCash comes"
        + " first.\u201d"))
        .contains("Tomas Berek | said | the plan had three parts");
    // a circumstance between the cue and the colon: the quotation after it is what was said
    assertThat(found("Tomas Berek tweeted on Friday: \"Very sad news from the port last night."
        + " My thoughts are with the family.\""))
        .singleElement().satisfies(x -> assertThat(x).startsWith("Tomas Berek | tweeted")
            .endsWith("| Very sad news from the port last night. My thoughts are with the"
                + " family"));
    // a quotation of several paragraphs, the first left open
    assertThat(found("Tomas Berek said:\n\n\u201cCash remains exposed to abuse.\n\n\u201cWe"
        + " will not stop there.\u201d"))
        .singleElement().satisfies(x -> assertThat(x).startsWith("Tomas Berek | said: | Cash"
            + " remains exposed to abuse.").contains("We will not stop there"));
  }

  @Test
  void aParticipleAfterAReportedClauseIsItsSpeakers() {
    // not the subject of the clause reported: the speaker goes on
    assertThat(found("Berek claimed that the operation to capture the leader never occurred,"
        + " proposing that the government fabricated the raid."))
        .containsExactly("Berek | claimed | that the operation to capture the leader never"
            + " occurred", "Berek | proposing | that the government fabricated the raid");
    assertThat(found("Berek said the plan was dead, adding that talks would resume in May."))
        .containsExactly("Berek | said | the plan was dead",
            "Berek | adding | that talks would resume in May");
    // one hop up only: the speaker of the clause, not the one who reports the speaker
    assertThat(found("Reuters reported that Berek said the plan was dead, adding that talks"
        + " would resume."))
        .contains("Berek | adding | that talks would resume");
    // what the participle says follows it, not the circumstance before its far speaker
    assertThat(found("On Friday, Berek told reporters that harbour leaders are coming up with new"
        + " checks for ship owners, calling for \"common-sense\" checks."))
        .contains("Berek | calling for | \"common-sense\" checks");
    // a participle of mind is the reported clause's subject's
    assertThat(found("Mark Bray, a historian, said European groups adopted the term in the"
        + " 1930s, hoping to reclaim its meaning after the war."))
        .contains("European groups | hoping | to reclaim its meaning after the war");
  }

  @Test
  void aNamingCalledIsNoSpeechAndARelativeClausesNamedSubjectAlleges() {
    assertThat(found("For most of the decade, the firm worked only in Ostmark, while a separate"
        + " company in Brno called Harbour Systems held the license to sell the software there."))
        .isEmpty();
    assertThat(found("The minister called Berek a liar on Monday."))
        .containsExactly("The minister | called | Berek a liar on Monday");
    // "the behavior [that] Varga has alleged": she alleges the behavior, not what is said of it
    assertThat(found("What I do know is that the behavior Ana Varga has plausibly alleged about"
        + " the minister is going to be a major liability for him."))
        .containsExactly("Ana Varga | has plausibly alleged | the behavior");
    // the verb's own object is what it says of: no relative clause
    assertThat(found("The group Amnesty International has condemned the arrests."))
        .noneMatch(x -> x.endsWith("| The group"));
    // a word for a person before the name is a title
    assertThat(found("Her current coach John Henwood did not respond immediately to a request for"
        + " comment."))
        .containsExactly("Her current coach John Henwood | did not respond | immediately to a"
            + " request for comment");
  }

  @Test
  void aParticipleAfterARelativeClauseIsTheMainSubjects() {
    assertThat(found("Berek, meanwhile, doubled down on harbour claims that have shipping experts"
        + " appalled, tweeting Tuesday:\n\n\u201cCases are going up because we are testing far"
        + " more than any other port!\u201d"))
        .containsExactly("Berek | tweeting Tuesday: | Cases are going up because we are testing"
            + " far more than any other port!");
  }

  @Test
  void theSubjectOfAParticipleInAWithPhraseSpeaks() {
    // not "the talks", the subject of the verb the phrase hangs on
    assertThat(found("The talks broke down with the Ostmark delegates calling the offer"
        + " \"insulting\" and accusing Valdoria of stalling."))
        .contains("the Ostmark delegates | calling | the offer \"insulting",
            "the Ostmark delegates | accusing | Valdoria of stalling");
    // a name after "of" or "with" right before the participle; what it said of something
    assertThat(found("The ferry will sail with a new engine with Kessel Lines chief Ana Ruiz"
        + " stating that the old one was unsafe."))
        .contains("Kessel Lines chief Ana Ruiz | stating | that the old one was unsafe");
    assertThat(found("He was remanded in custody, with Judge Petra Hale saying of the reports:"
        + " \"They are not impressive.\""))
        .contains("Judge Petra Hale | saying | They are not impressive");
    // "warned of two dangers:" says the dangers, not only what follows the colon
    assertThat(found("The agency warned of two dangers: floods and looting."))
        .noneMatch(x -> x.endsWith("| floods and looting"));
  }

  @Test
  void singleQuotationMarksQuoteAsBritishOutletsWriteThem() {
    for (String[] m : new String[][] {{"'", "'"}, {"‘", "’"}}) {
      String o = m[0];
      String c = m[1];
      Analysis a = EventExtractorTest.analyse(o + "The water will rise by spring," + c
          + " said one engineer. " + o + "We are ready." + c + "\n\nHer lawyer Tom Reed said the"
          + " vote was a " + o + "mutiny" + c + " by the council.", LocalDate.of(2025, 5, 2));
      assertThat(a.attributions()).filteredOn(x -> x.source().span().text().equals("one engineer"))
          .singleElement().satisfies(x -> {
            assertThat(x.direct()).isTrue();
            assertThat(x.contentParts()).extracting(Span::text)
                .containsExactly("The water will rise by spring", "We are ready");
          });
      assertThat(a.framing()).filteredOn(f -> f.kind() == FramingCue.Kind.SCARE_QUOTES)
          .extracting(FramingCue::text).containsExactly("mutiny");
    }
    // apostrophes are no quotation marks: elisions, a plural's possessive, a decade
    assertThat(AttributionExtractor.quoteSpans("The players' union played rock 'n' roll in the"
        + " '90s, didn't it? 'Tis so.")).isEmpty();
    // a scare quote ending in "s" does not run on into the next one
    String scare = "Trump's 'Chinese virus' remark sparked 'outrage' among MPs.";
    assertThat(AttributionExtractor.quoteSpans(scare)).extracting(q -> scare.substring(q[0], q[1]))
        .containsExactly("'Chinese virus'", "'outrage'");
    String text = "'The players' union is strong,' she said.";
    assertThat(AttributionExtractor.quoteSpans(text))
        .singleElement().satisfies(q -> assertThat(text.substring(q[0], q[1]))
            .isEqualTo("'The players' union is strong,'"));
  }

  @Test
  void aQuotationGoesOnInTheQuotationsOfTheParagraphsAfterIt() {
    Analysis a = EventExtractorTest.analyse("The mayor spoke briefly, saying: \"I'm happy.\n\n"
        + "\"I thank the council.\"\n\n\"And my family.\"\n\n\"We won,\" Reed added.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().startsWith("saying"))
        .singleElement().satisfies(x -> {
          assertThat(x.direct()).isTrue();
          assertThat(x.contentParts()).extracting(Span::text)
              .containsExactly("I'm happy", "I thank the council", "And my family");
        });
  }

  @Test
  void aCircumstanceAfterTheCueIsNotWhatWasSaid() {
    // the splitter ends the quotation's sentence at "!": the quotation is what she wrote
    assertThat(found("\"The dam must close!\" Marsh wrote on Friday."))
        .containsExactly("Marsh | wrote | The dam must close!");
    assertThat(found("\"Is this the end?\" Marsh told reporters."))
        .containsExactly("Marsh | told | Is this the end?");
    // (and a joke is said: "joked that" is a cue of its own, inside the radio's report)
    assertThat(found("According to Kessel Radio he joked that the dam was safe."))
        .containsExactly("Kessel Radio | According to | he joked that the dam was safe",
            "he | joked | that the dam was safe");
  }

  @Test
  void aBylinesCreditAndAnIdiomOfDecidingSayNothing() {
    assertThat(found("Mulvihill reported from Kessel. Staff writer Ana Kral reported from"
        + " Brenn and Selm.")).isEmpty();
    // the quotation's "calls the shots" is no cue of its own; the participle after "he said,"
    // is what he did besides, not what he said
    assertThat(found("“The mayor calls the shots,” he said, promising to publish a paper."))
        .containsExactly("he | said | The mayor calls the shots",
            "he | promising | to publish a paper");
  }

  @Test
  void aQuotationBeforeTheTagIsWhatWasSaidNotTheCircumstanceAfterIt() {
    assertThat(found("“I came here legally,” she said, her voice swelling."))
        .containsExactly("she | said | I came here legally");
    // a complaint whose words are not told: its content would be the next speaker's tag
    assertThat(found("Kessel Radio edited the story after the mayor complained, the station's"
        + " editor said Monday."))
        .noneMatch(x -> x.contains("| complained |"))
        .anyMatch(x -> x.startsWith("the station's editor | said | Kessel Radio edited"));
    assertThat(found("“We have no plan,” Halm said when asked about the port."))
        .contains("Halm | said | We have no plan");
    assertThat(found("“I came here legally,” she said that night, her voice swelling."))
        .containsExactly("she | said | I came here legally");
    // after a dateline and a dash the quotation still opens the clause
    assertThat(found("BRUSSELS (AP) — “We are not leaving,” Halm told reporters on Monday."))
        .anyMatch(x -> x.startsWith("Halm | told | We are not leaving"));
    // scare quotes closing an opening phrase are no quotation of the speaker's
    assertThat(found("Citing the “emergency,” the governor announced plans to close schools."))
        .contains("the governor | announced | plans to close schools");
    // a clause after the cue is what was said: the quotation belongs to the phrase before
    assertThat(found("Noting that the port is “in a new phase,” Halm says the city could"
        + " still lose its funds."))
        .contains("Halm | says | the city could still lose its funds");
  }

  @Test
  void wordsShapedLikeSpeechThatSayNothing() {
    // a participle as an adjective, "as far as we can tell", a time where the content should be
    assertThat(found("The judge said he would consider the suggestion that the accused would go"
        + " into treatment. Kessel Mobile said it sent warning notifications."
        + " As far as we can tell, both phones could benefit. The exchange is in 72nd place per"
        + " reported volume. Tarsk Capital made a voluntary offer announced on Nov 4."))
        .containsExactly("The judge | said | he would consider the suggestion that the accused"
            + " would go into treatment",
            "Kessel Mobile | said | it sent warning notifications");
    // those accused by no one named: no speaker; with an agent the participle is speech
    assertThat(found("Kaine defended people accused of rape or murder."))
        .noneMatch(x -> x.contains("| accused"));
    // the speaker's verb outside "as far as I know" is a cue; a passive's infinitive is content
    assertThat(found("\"As far as I know,\" she said, \"the plan is dead.\""))
        .anyMatch(x -> x.startsWith("she | said |"));
    assertThat(found("Residents were urged by officials to evacuate."))
        .containsExactly("officials | were urged | to evacuate");
    // to withhold is no denial
    assertThat(found("A judge denied the request. The agency denied the families entry. Ostmark"
        + " denied the accusations."))
        .containsExactly("Ostmark | denied | the accusations");
    // a plural noun the tagger made a verb is no cue
    assertThat(found("I argued that religious liberty claims deserved to prevail. The agency"
        + " reports suggest a rise."))
        .noneMatch(x -> x.contains("| claims |") || x.contains("| reports |"));
    // an agent's "of" after "accused" is what they accuse of, not who they are
    assertThat(found("The mayor was accused by two former aides of fraud."))
        .anyMatch(x -> x.startsWith("two former aides | was accused |"));
    // a gerund the parse hangs on its object is still a cue
    assertThat(found("She started off by emphasizing that wages must rise."))
        .anyMatch(x -> x.contains("| emphasizing |"));
  }

  @Test
  void aPassiveCueSaysWhatItsSubjectIsUnlessAReasonFollowsItsAgent() {
    assertThat(found("The Eastbrook plant was first announced by Governor Helen Marsh in 2013 as"
        + " part of efforts to improve the economy."))
        .containsExactly("Governor Helen Marsh | was first announced | The Eastbrook plant");
    // a tagger's participle with a subject of its own is a past tense: "by phone" is no agent
    assertThat(found("Tom Reed, the governor of the province, said by phone that the body was"
        + " examined at the hospital."))
        .containsExactly("Tom Reed, the governor of the province | said | that the body was"
            + " examined at the hospital");
  }

  @Test
  void aParticipleOpeningTheSentenceSaysWhatStandsBeforeTheSpeakersComma() {
    assertThat(found("Calling the death of the prisoner \"unlawful\", the panel recommended an"
        + " impartial investigation."))
        .contains("the panel | Calling | the death of the prisoner \"unlawful");
    assertThat(found("Denying any wrongdoing, the minister said he would stay in office."))
        .containsExactly("the minister | Denying | any wrongdoing",
            "the minister | said | he would stay in office");
  }

  @Test
  void aParticipleAfterAQuotationIsTheQuotingSpeakers() {
    // not the subject of a verb inside the quotation ("he"), and her content ends at its comma
    assertThat(found("Helen Marsh said she was \"just not sure where he is going,\" adding that"
        + " her plan had been checked by outside experts."))
        .containsExactly("Helen Marsh | said | she was \"just not sure where he is going",
            "Helen Marsh | adding | that her plan had been checked by outside experts");
  }

  @Test
  void aTopicBeforeAColonIsNoSpeakerWhenTheSpeakerIsNamedAfterIt() {
    assertThat(found("General election: Farage says the party will contest every seat."))
        .containsExactly("Farage | says | the party will contest every seat");
  }

  @Test
  void aDatelineWithAnAgencyInParenthesesIsNoPartOfTheSpeaker() {
    assertThat(found("Washington (CNN) Senator Ana Ruiz said on Thursday that the dam held."))
        .containsExactly("Senator Ana Ruiz | said on Thursday | that the dam held");
    assertThat(found("New Orleans, Louisiana (AP) The mayor said the levees held."))
        .containsExactly("The mayor | said | the levees held");
  }

  @Test
  void anOrganisationNamedWithItsKindIsThatOrganisation() {
    Analysis a = EventExtractorTest.analyse("\"The port is closed,\" the Reuters news agency"
        + " quoted him as saying.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("quoted"))
        .extracting(x -> x.source().entity()).containsExactly("reuters");
  }

  @Test
  void aHyphenatedGivenNameTheTaggerCouldNotTypeIsAPersonsName() {
    // the tagger calls "Han Ji-won" MISC and "won" a participle; the comma and "a lawmaker"
    // make it a person, and the name is the whole source
    Analysis a = EventExtractorTest.analyse("Han Ji-won, a lawmaker, said the plan was dead.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).singleElement().satisfies(x -> {
      assertThat(x.source().span().text()).isEqualTo("Han Ji-won, a lawmaker");
      assertThat(x.source().entity()).isEqualTo("person:han-ji-won");
    });
  }

  @Test
  void heAfterADescribedSpeakerIsThatSpeakerNotTheLastNamedMan() {
    Analysis a = EventExtractorTest.analyse("Government spokesman Petr Holan denied the report on"
        + " Monday.\n\nA former officer of the agency, who left the service last year and asked"
        + " not to be named, told the paper that the unit was real. He said he did not know what"
        + " it had done.",
        LocalDate.of(2025, 5, 2));
    // "He" and the "he" of what he said are the officer, whom the text does not name
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equalsIgnoreCase("he"))
        .hasSize(2).extracting(x -> x.source().entity()).containsOnlyNulls();
  }

  @Test
  void heAfterADescribedSpeakerIsNotAManNamedInWhatTheSpeakerSaid() {
    Analysis a = EventExtractorTest.analyse("The premier, who earlier visited the graveyard,"
        + " said: \"The people must be thankful to Oskar Velmund for their freedom.\" He said the"
        + " northern areas had great potential.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("He"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isNull());
    // in indirect speech the man named is who "he" is
    Analysis b = EventExtractorTest.analyse("The prosecutor said Ivo Brand had wired the money to"
        + " Kessel. He denied the charges on Monday.", LocalDate.of(2025, 5, 2));
    assertThat(b.attributions()).filteredOn(x -> x.cue().text().startsWith("denied"))
        .singleElement().satisfies(x -> assertThat(x.source().entity())
            .isEqualTo("person:ivo-brand"));
  }

  @Test
  void aDescriptionWithTheNameInAppositionIsThatPerson() {
    Analysis a = EventExtractorTest.analyse("The Valdorian foreign minister, Irina Vaskova, said"
        + " on Tuesday that the dam had been attacked. The government's spokesman, Teodor Halm,"
        + " denied any involvement.", LocalDate.of(2025, 5, 6));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("said on Tuesday"))
        .extracting(x -> x.source().entity()).containsExactly("person:irina-vaskova");
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("denied"))
        .extracting(x -> x.source().entity()).containsExactly("person:teodor-halm");
    // no comma: the parser hangs the name on the description as a bare dep
    Analysis b = EventExtractorTest.analyse("Tarsk Analytics chief economist Mirela Dussek said"
        + " the economy would slow.", LocalDate.of(2025, 5, 6));
    assertThat(b.attributions()).extracting(x -> x.source().entity())
        .containsExactly("person:mirela-dussek");
  }

  @Test
  void sheIsTheWomanNamedInAppositionNotTheManWhoseNameSaysNothing() {
    // "Dragan" is in no list of given names; "Marta Kelling" is named only in apposition
    Analysis a = EventExtractorTest.analyse("Council spokesman Dragan Voss said the ferry would"
        + " sail. The harbour's new director, Marta Kelling, said on Monday that the pier was"
        + " unsafe. She has not shown the survey she says the council holds.",
        LocalDate.of(2025, 5, 6));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("says"))
        .extracting(x -> x.source().entity()).containsExactly("person:marta-kelling");
  }

  @Test
  void aTitleGivesThePersonAGenderTheFirstNameDoesNot() {
    // CoreNLP's list of given names holds "Aurel" as a woman's; "King" says otherwise, and makes
    // the one-word name a person a pronoun can stand for
    Analysis a = EventExtractorTest.analyse("The director of the institute, Dr Emrik Sulev,"
        + " warned of aftershocks. King Aurel II expressed his condolences and said he would"
        + " visit the region on Friday.", LocalDate.of(2025, 5, 8));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("visit"))
        .flatExtracting(e -> e.participants()).filteredOn(p -> p.role()
            == org.parallax.model.analysis.Event.Role.ACTOR)
        .extracting(p -> p.entity()).containsExactly("person:aurel");
    // the regnal numeral is part of the speaker's name
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("said"))
        .extracting(x -> x.source().entity()).containsExactly("person:aurel");
  }

  @Test
  void theVerbAfterACitingPhraseIsTheMainVerbNotAParticiple() {
    // the tagger reads "reported" as a participle after the phrase and the parser hangs it on
    // "officials"; the sentence's main verb it is
    assertThat(found("The Morrow Gazette, citing three \"officials close to the harbour"
        + " authority\", reported on Friday that the ferry had been sold."))
        .contains("The Morrow Gazette | reported on Friday | that the ferry had been sold",
            "three \"officials close to the harbour authority\" | citing |"
                + " that the ferry had been sold");
  }

  @Test
  void aSpeakerBeforeACitingPhraseSpeaksThoughTheParseMadeTheParticipleTheRoot() {
    // the parser makes "citing" the root of the whole sentence; the speaker and the clause are
    // read from the sentence parsed without the phrase, and the participle of the cited
    // person's noun phrase stays in it
    assertThat(found("On Tuesday Morrowpress, citing a person briefed on the inquiry, suggested"
        + " the ferry may have sunk."))
        .contains("Morrowpress | suggested | the ferry may have sunk",
            "a person briefed on the inquiry | citing | the ferry may have sunk");
  }

  @Test
  void aVerbOfTellingWithTwoObjectsTellsTheSecond() {
    assertThat(found("The mayor is telling the farmers a very simple story."))
        .containsExactly("The mayor | is telling | a very simple story");
    // what "call" names is part of what is said
    assertThat(found("The mayor called the dam a disaster."))
        .containsExactly("The mayor | called | the dam a disaster");
  }

  @Test
  void whatIsSaidOfTheNounARelativeClauseDescribesIncludesTheNoun() {
    Analysis a = EventExtractorTest.analyse("The minister has not made public the evidence she"
        + " says Tarsk holds.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).singleElement()
        .satisfies(x -> assertThat(x.contentText()).isEqualTo("the evidence … Tarsk holds"));
    Analysis b = EventExtractorTest.analyse("Tarsk blames the blast on the Selm Guard, which"
        + " Ardena calls a terrorist group.", LocalDate.of(2025, 5, 2));
    assertThat(b.attributions()).filteredOn(x -> x.cue().text().equals("calls")).singleElement()
        .satisfies(x -> assertThat(x.contentText())
            .isEqualTo("the Selm Guard … a terrorist group"));
    // an election called (convened) names nothing
    Analysis c = EventExtractorTest.analyse("Tarsk walked out of the snap election, which the"
        + " president called on Monday.", LocalDate.of(2025, 5, 2));
    assertThat(c.attributions()).noneMatch(x -> x.contentText().contains("snap election"));
  }

  @Test
  void aComplementizerTheParseMadeTheComplementOpensWhatWasSaid() {
    // the parser makes "that" the complement of "told" and hangs its clause on a name
    assertThat(found("The Harven Monitor reported that two sources close to Tarsk military"
        + " intelligence had told it that a reconnaissance team from the Military Intelligence"
        + " Directorate's Unit 44 photographed the dam's spillway building."))
        .anyMatch(x -> x.startsWith("two sources close to Tarsk military intelligence | had told |"
            + " that a reconnaissance team"));
  }

  @Test
  void aBareNameAfterTheAddresseeIsNoContent() {
    // the parser makes "OSTPRESS" a complement of "told"; the quotation before is what was told
    assertThat(found("\"This is a fabricated story, based on invented sources, published by a"
        + " newspaper that serves the Kessl regime,\" Halm told the state agency OSTPRESS,"
        + " according to a transcript posted on the agency's website."))
        .anyMatch(x -> x.startsWith("Halm | told | This is a fabricated story"));
  }

  @Test
  void aThatClauseAfterACitingPhraseIsWhatWasReported() {
    assertThat(found("The claim came from the Morrow Gazette, which reported on Friday, citing two"
        + " officials, that the ferry had been sold to a Tarsk company."))
        .contains("which | reported | that the ferry had been sold to a Tarsk company",
            "two officials | citing | that the ferry had been sold to a Tarsk company");
  }

  @Test
  void whereAndHowSomethingWasSaidAreNoSpeakersOfTheirOwn() {
    // the report is where the institute said it; asking for anonymity and a habit of spelling
    // are no claims
    assertThat(found("Many older houses were never reinforced, the institute said last year in a"
        + " report to parliament."))
        .containsExactly("the institute | said | Many older houses were never reinforced");
    assertThat(found("A former officer, who asked not to be named, told the paper that the unit"
        + " was real.")).noneMatch(x -> x.contains("| asked |"));
    assertThat(found("Minister Ilse Velmund - Ilse Welmund, as our state media insist on spelling"
        + " her - has said that the dam was safe.")).noneMatch(x -> x.contains("insist"));
  }

  @Test
  void aDenialOfThatDeniesWhatWasJustSaid() {
    assertThat(found("The Tarsk agency suggested that the volunteers had caused the blast"
        + " themselves. The volunteers denied that."))
        .contains("The volunteers | denied | that the volunteers had caused the blast themselves");
    // a report is the media's: not the spokesman's statement just before
    assertThat(found("The Morrow Gazette reported that a team had photographed the dam in April."
        + " A spokesman said the ministry does not comment on intelligence matters. In Tarsk, the"
        + " government rejected the report."))
        .anyMatch(x -> x.endsWith("| rejected | the report"));
  }

  @Test
  void speechReportedInsideAQuotationEndsAtItsClosingMark() {
    Analysis a = EventExtractorTest.analyse("\u201cThe ministers are telling the farmers a"
        + " comforting story, and nobody has checked it,\u201d said Dr Anja Pell, who teaches"
        + " hydrology.", LocalDate.of(2025, 5, 8));
    Attribution inner = a.attributions().stream()
        .filter(x -> x.cue().text().equals("are telling")).findFirst().orElseThrow();
    assertThat(inner.content().text()).doesNotContain("said").endsWith("nobody has checked it");
    assertThat(a.attributions()).filteredOn(x -> x.id().equals(inner.parent()))
        .extracting(x -> x.cue().text()).containsExactly("said");
  }

  @Test
  void aTranscriptTurnTheNerMissedIsStillItsSpeaker() {
    // the CRF tags "Bret" inside the turns but not "Gail" before her colon
    Analysis a = EventExtractorTest.analyse("Gail: Bret, what did you make of the vote on the"
        + " dam?\n\nBret: It was a mess, Gail, and you know it.\n\nGail: Then we agree.",
        LocalDate.of(2025, 5, 6));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("Gail"))
        .isNotEmpty().extracting(x -> x.source().entity()).containsOnly("person:gail");
  }

  @Test
  void aReportFindsWhereTheParserTookItsParticipleForTheVerb() {
    // the parser makes "released" the main verb and "found" its dependent
    assertThat(found("A Tarsk University poll released in late August found that most voters"
        + " wanted a change."))
        .anyMatch(x -> x.startsWith("A Tarsk University poll") && x.contains("| found | that"));
  }

  @Test
  void aClauseTheParserLeftUnlabelledStillMakesFindACue() {
    // "found" takes "Lindqvist" as its object and "would raise" as a bare dep
    assertThat(found("One study found Lindqvist would actually raise taxes on 8 million families."))
        .anyMatch(x -> x.startsWith("One study | found |") && x.contains("would actually raise"));
  }

  @Test
  void speakerAfterTheVerb() {
    assertThat(found("The new levy would outstrip the savings, said Ferrandi."))
        .containsExactly("Ferrandi | said | The new levy would outstrip the savings");
  }

  @Test
  void aQuotationTheSentenceSplitterCut() {
    // the splitter ends a sentence inside the quotation; the content is the whole quotation
    assertThat(found("“The harbour was empty. Nobody came back,” said Okafor."))
        .containsExactly("Okafor | said | The harbour was empty. Nobody came back");
    assertThat(found("“Who pays for the bridge?” Lindqvist said."))
        .containsExactly("Lindqvist | said | Who pays for the bridge?");
  }

  @Test
  void secondConjunctSharesTheSubject() {
    assertThat(found("Mayor Ilse Varga toured the flooded district and said the dam had held."))
        .contains("Mayor Ilse Varga | said | the dam had held");
  }

  @Test
  void aQuotedSpeakersOwnHedgeIsNotANewSource() {
    assertThat(found("“I think the vote was fair,” Varga said."))
        .containsExactly("Varga | said | I think the vote was fair");
  }

  @Test
  void intentionsWithAnInfinitive() {
    assertThat(found("The ministry plans to close the border crossing at Trellin."))
        .containsExactly("The ministry | plans | to close the border crossing at Trellin");
  }

  @Test
  void aQuotationAfterTheCueIsTakenWhole() {
    assertThat(found("Okafor said: “The harbour was empty. Nobody came back.”"))
        .containsExactly("Okafor | said: | The harbour was empty. Nobody came back");
  }

  @Test
  void whoIsToActBelongsToTheContent() {
    assertThat(found("The mayor urged residents to leave the valley."))
        .containsExactly("The mayor | urged | residents to leave the valley");
    assertThat(found("The union called on the council to reopen the bridge."))
        .containsExactly("The union | called on | the council to reopen the bridge");
  }

  @Test
  void headlinesAndSignatures() {
    assertThat(found("Varga: The dam will hold through the winter"))
        .containsExactly("Varga | : | The dam will hold through the winter");
    // inside a paragraph, the colon's content ends with its sentence
    assertThat(found("The council met on Monday. Varga: the dam will hold through the winter."
        + " The bridge reopened later.\n\nThe ferry did not."))
        .containsExactly("Varga | : | the dam will hold through the winter");
    assertThat(found("“We will rebuild the harbour.” ― Amaru Quispe"))
        .containsExactly("Amaru Quispe | ― | We will rebuild the harbour");
  }

  @Test
  void speakerTheParseLostIsReadOffTheSurface() {
    assertThat(found("In a May meeting with the planning board of the Harbour Gazette Okafor"
        + " said that the ferry service may need to be cut."))
        .anyMatch(x -> x.startsWith("Harbour Gazette Okafor | said | that the ferry service"));
  }

  @Test
  void aParticipleDescribesTheSpeakerItDoesNotSpeak() {
    assertThat(found("Varga, speaking to farmers in Trellin, said the dam had held."))
        .anyMatch(x -> x.startsWith("Varga | said | "));
  }

  @Test
  void aDashInRunningProseSignsNothingAndAQuotationKeepsItsFirstWord() {
    assertThat(found("Members of the “Harbour Club” – Okafor, Varga and Lindqvist – met on"
        + " Monday."))
        .isEmpty();
    assertThat(found("“For years, we were ignored,” Okafor said."))
        .containsExactly("Okafor | said | For years, we were ignored");
  }

  @Test
  void aCircumstanceBeforeTheSpeakerIsNotWhatWasSaid() {
    assertThat(found("After the vote on the dam, which was delayed by protests, Governor Okafor"
        + " called for the formation of a new harbour board."))
        .containsExactly("Governor Okafor | called for | the formation of a new harbour board");
    assertThat(found("Before the adverts were pulled, the councillor Ana Varga called the"
        + " campaign an “outrageous” misuse of public money."))
        .containsExactly("the councillor Ana Varga | called | the campaign an “outrageous” misuse"
            + " of public money");
    assertThat(found("In the coming weeks, the harbour board will reopen the crossing, Okafor said"
        + " on Tuesday."))
        .anyMatch(x -> x.startsWith("Okafor | said | In the coming weeks"));
  }

  @Test
  void aParticipleWithItsAgentSaysWhatItsNounIs() {
    assertThat(found("The harbour plan announced last week by the ministry was dropped on"
        + " Monday."))
        .containsExactly("the ministry | announced | The harbour plan");
  }

  @Test
  void aBareThisOrThatInfersAndCreditsNobody() {
    assertThat(found("The harbour board sold its stake in March. This suggests that the port"
        + " will close."))
        .containsExactly("- | suggests | that the port will close");
    assertThat(found("Okafor wrote a report that says the port will close."))
        .anyMatch(x -> x.startsWith("that | says"));
    assertThat(found("Okafor said this shows the vote was rigged."))
        .noneMatch(x -> x.startsWith("- | shows"));
    // an "it" that stands for no one infers too; one that stands for a body speaks
    assertThat(found("The harbour board sold its stake in March. It does show how quickly the"
        + " port has fallen."))
        .containsExactly("- | does show | how quickly the port has fallen");
    assertThat(found("The Tarsk Harbour Authority met on Monday. It said that the port will"
        + " close."))
        .containsExactly("It | said | that the port will close");
  }

  @Test
  void evidenceShowsWhatItShowsButAFinderOfThingsSaysNothing() {
    assertThat(found("Harbour polls show a close contest in the north."))
        .containsExactly("Harbour polls | show | a close contest in the north");
    assertThat(found("A 2014 study by the Tarsk institute found 31 cases of fraud."))
        .containsExactly("A 2014 study by the Tarsk institute | found | 31 cases of fraud");
    assertThat(found("Harbour police found the bodies of two fishermen on Monday.")).isEmpty();
    assertThat(found("Okafor spent $20,000 on the adverts, harbour board records show."))
        .containsExactly("harbour board records | show | Okafor spent $20,000 on the adverts");
    assertThat(found("Okafor spoke in the wake of a new poll showing the toll's support"
        + " dropping.")).containsExactly("a new poll | showing | the toll's support dropping");
  }

  @Test
  void referringToIsTheSpeakersTopic() {
    assertThat(found("“It is a revolution,” Okafor said, referring to the harbour workers."))
        .contains("Okafor | said | It is a revolution",
            "Okafor | referring to | the harbour workers");
    assertThat(found("Okafor said the toll would be settled by May, referring to the harbour"
        + " vote.")).contains("Okafor | said | the toll would be settled by May");
  }

  @Test
  void whatTheReviewFoundIsNoSpeech() {
    // a list after a label names no speaker; a condition is not a question; ground held is no
    // position; a finding of bodies is no finding of fact; a request after a quotation is no
    // question; an imperative after a quotation has no speaker after it
    assertThat(found("Tags: Harbour Toll, Okafor Vote, Election Season")).isEmpty();
    assertThat(found("Customers can ask for a refund if the ferry is cancelled."))
        .noneMatch(x -> x.contains("if the ferry"));
    assertThat(found("Valdorian troops defended the city for months.")).isEmpty();
    assertThat(found("A police investigation found the bodies of three men.")).isEmpty();
    assertThat(found("“Thanks,” she said, and asked for the bill."))
        .noneMatch(x -> x.contains("| asked |"));
    assertThat(found("“Be careful.” Tell your children.")).isEmpty();
    assertThat(found("When asked about, say, the toll, Okafor changed the subject."))
        .noneMatch(x -> x.endsWith("| "));
  }

  @Test
  void soCalledIsNoSpeech() {
    assertThat(found("The so-called harbour establishment and the so called toll rebels met."))
        .isEmpty();
  }

  @Test
  void aPositionTakenIsCreditedWithItsObject() {
    assertThat(found("Okafor described the toll as a tax on the poor."))
        .containsExactly("Okafor | described | the toll as a tax on the poor");
    assertThat(found("The harbour union endorsed Okafor on Monday."))
        .containsExactly("The harbour union | endorsed | Okafor");
    assertThat(found("Okafor acknowledged the union's uphill battle."))
        .containsExactly("Okafor | acknowledged | the union's uphill battle");
    assertThat(found("The mayor proposed a toll on harbour traffic."))
        .containsExactly("The mayor | proposed | a toll on harbour traffic");
    assertThat(found("The beams support the roof of the old harbour hall.")).isEmpty();
    assertThat(found("Harbour workers see the toll as a tax on the poor."))
        .containsExactly("Harbour workers | see | the toll as a tax on the poor");
    assertThat(found("Okafor saw him at the harbour again in 1999. We will see what happens."))
        .isEmpty();
  }

  @Test
  void aSpeakerWithAReducedRelativeSpeaksThoughTheParseHangsTheVerbOnTheClause() {
    // the parser takes "interviewed" / "seen" for the main verb and "said" for an auxiliary
    assertThat(found("Harbour workers interviewed at the docks this week, including Mr. Okafor,"
        + " said they had no problem with the toll."))
        .contains("Harbour workers interviewed at the docks this week, including Mr. Okafor"
            + " | said | they had no problem with the toll");
    assertThat(found("A copy of the 2013 port authority memo seen by reporters said inspectors"
        + " were unable to find the cause."))
        .contains("A copy of the 2013 port authority memo seen by reporters | said |"
            + " inspectors were unable to find the cause");
  }

  @Test
  void aNameTheTaggerMisreadStillSpeaksAfterItsVerb() {
    assertThat(found("“It is not just a harbour. It is a cause,” said Devine."))
        .anyMatch(x -> x.startsWith("Devine | said |"));
  }

  @Test
  void aQuestionIsWhatWasAskedAndAnUnnamedAskerIsNoSource() {
    assertThat(found("Asked if he would run again, Okafor said no."))
        .contains("- | Asked | if he would run again");
    assertThat(found("Asked about the harbour toll, Okafor said it would rise."))
        .contains("- | Asked about | the harbour toll");
    assertThat(found("Okafor told reporters on Monday when asked whether the toll would rise"
        + " that it would not.")).anyMatch(x -> x.startsWith("- | asked | whether the toll"));
    assertThat(found("Okafor shook hands and asked workers if they planned to vote."))
        .contains("Okafor | asked | if they planned to vote");
    assertThat(found("“Can we win the harbour vote?” Okafor asked."))
        .contains("Okafor | asked | Can we win the harbour vote?");
    assertThat(found("“How big is that wall?” asked the boy, who wore a red cap."))
        .contains("the boy, who wore a red cap | asked | How big is that wall?");
    assertThat(found("Okafor asked the board to delay the vote."))
        .noneMatch(x -> x.startsWith("-"));
  }

  @Test
  void aPassiveWithoutItsAgentNamesNobody() {
    assertThat(found("Harbour traffic slowed sharply in May, while the toll is expected to rise"
        + " in June, economists said."))
        .contains("- | is expected | the toll is expected to rise in June")
        .allMatch(x -> x.startsWith("economists | said") || x.startsWith("- | is expected"));
    assertThat(found("Okafor is expected to deliver a speech at the harbour tonight."))
        .containsExactly("- | is expected | Okafor is expected to deliver a speech at the harbour"
            + " tonight");
    assertThat(found("Tarsk Motors describes the Vela as a simple motorcycle that is expected to"
        + " go on sale in May.")).noneMatch(x -> x.startsWith("Tarsk Motors | is expected"))
        .contains("- | is expected | a simple motorcycle that is expected to go on sale in May");
  }

  @Test
  void addingAThingAndAllToldSayNothing() {
    assertThat(found("Valdorian employers added 128,000 jobs in October, and retailers added"
        + " 6,100. The new strap adds a padded band over the top of the head.")).isEmpty();
    assertThat(found("All told, the ministry's report pointed to a sturdy harbour trade."))
        .isEmpty();
    assertThat(found("Okafor added that the harbour would reopen in May."))
        .containsExactly("Okafor | added | that the harbour would reopen in May");
    assertThat(found("“We will reopen in May,” Okafor added."))
        .containsExactly("Okafor | added | We will reopen in May");
    assertThat(found("Okafor added a note of caution about the harbour."))
        .anyMatch(x -> x.startsWith("Okafor | added"));
    assertThat(found("Okafor spoke on Monday, adding Valdoria will keep the harbour open."))
        .anyMatch(x -> x.endsWith("| adding | Valdoria will keep the harbour open"));
  }

  private static List<org.parallax.model.nlp.Token> tagged(String... wordSlashPos) {
    List<org.parallax.model.nlp.Token> out = new java.util.ArrayList<>();
    int at = 0;
    for (String w : wordSlashPos) {
      String[] c = w.split("/");
      out.add(new org.parallax.model.nlp.Token(out.size(), at, at + c[0].length(), c[0], c[0],
          c[1], "O"));
      at += c[0].length() + 1;
    }
    return out;
  }

  @Test
  void aDayOrAPrepositionsObjectBeforeTheVerbIsNotItsSpeaker() {
    // when the parse leaves "said"/"called" without a subject, the name right before it speaks …
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("the/DT", "rally/NN", "ended/VBD", "Okafor/NNP", "said/VBD"), 4))
        .containsExactly(3, 3, 3);
    // … but not a day, nor the object of a preposition ("… on Monday called for …")
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("delegates/NNS", "touring/VBG", "docks/NNS", "on/IN", "Monday/NNP",
            "called/VBN"), 5)).isNull();
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("delegates/NNS", "from/IN", "Trellin/NNP", "called/VBN"), 3)).isNull();
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("the/DT", "report/NN", "Monday/NNP", "said/VBD"), 3)).isNull();
    // a day between the name and the verb is left out; a subordinator is no preposition
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("Okafor/NNP", "Monday/NNP", "said/VBD"), 2)).containsExactly(0, 0, 0);
    assertThat(AttributionExtractor.surfaceSpeaker(
        tagged("talks/NNS", "stalled/VBD", "because/IN", "Okafor/NNP", "said/VBD"), 4))
        .containsExactly(3, 3, 3);
  }

  @Test
  void aReducedPassiveOfFindIsNoCue() {
    assertThat(found("Any inspectors found to have taken payments will be dismissed."))
        .isEmpty();
  }

  @Test
  void aRelativePronounSpeaksForItsAntecedent() {
    Analysis a = EventExtractorTest.analyse("The delegation met Ilse Varga, who said the dam"
        + " had held.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).anySatisfy(x -> {
      assertThat(x.source().span().text()).isEqualTo("who");
      assertThat(x.source().entity()).isNotNull();
    });
  }

  @Test
  void aRelativePronounAfterAnAppositionSpeaksForTheNameItDescribes() {
    Analysis a = EventExtractorTest.analyse("Senators heard from Tomas Berek, the committee"
        + " chairman, who told reporters that the dam was safe.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span().text().equals("who"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isNotNull()
            .isEqualTo(a.entities().stream().filter(e -> e.name().equals("Tomas Berek"))
                .findFirst().orElseThrow().id()));
    // a party and state between the name and "who" are not who speaks
    Analysis party = EventExtractorTest.analyse("Sen. Ilse Varga, D-Mass., who has said she will"
        + " not take corporate money, spoke on Friday.", LocalDate.of(2025, 5, 2));
    assertThat(party.attributions()).filteredOn(x -> x.source().span().text().equals("who"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isEqualTo(
            party.entities().stream().filter(e -> e.name().equals("Ilse Varga")).findFirst()
                .orElseThrow().id()));
  }

  @Test
  void aParticipleThatDescribesTheSourceIsNotPartOfIt() {
    assertThat(found("The Veldish Harbour Caucus, led by Rep. Ilse Varga (D-Trellin), condemned"
        + " the closure of the docks."))
        .containsExactly("The Veldish Harbour Caucus | condemned | the closure of the docks");
  }

  @Test
  void aSpeechVerbInTheInfinitiveSaysNothingYet() {
    assertThat(found("There is no point in trying to claim that the harbour will reopen soon."))
        .isEmpty();
  }

  @Test
  void anUnclosedParenthesisInASourceIsClosedOrCut() {
    String text = "Rep. Tomas Berek (D-Trellin) said it. Rep. Ilse Varga (D-Trellin said it.";
    int open = text.indexOf("Rep. Ilse");
    assertThat(AttributionExtractor.withoutCitation(text, new org.parallax.model.analysis.Span(0,
        27, text.substring(0, 27))).text()).isEqualTo("Rep. Tomas Berek (D-Trellin)");
    assertThat(AttributionExtractor.withoutCitation(text, new org.parallax.model.analysis.Span(
        open, open + 26, text.substring(open, open + 26))).text()).isEqualTo("Rep. Ilse Varga");
  }

  @Test
  void aChargeAnotherSpeakerRejectsAfterTheComma() {
    // parsers make "a charge" the subject and the speaker its apposition
    assertThat(found("Lindenau accused Varga of buying votes, a charge Varga's office rejected."))
        .containsExactlyInAnyOrder("Lindenau | accused | Varga of buying votes",
            "Varga's office | rejected | Varga of buying votes");
    // a verb with a complement of its own is no such shape
    assertThat(found("Officials said 30 dockers died, a figure the union said was inflated."))
        .noneMatch(x -> x.startsWith("the union | said | Officials"));
    // in narration the denial holds the clause before the comma
    assertThat(found("Police arrested five dockers at Trellin, a claim the union has denied."))
        .contains("the union | has denied | Police arrested five dockers at Trellin");
  }

  @Test
  void theDayIsNotPartOfTheSpeaker() {
    assertThat(found("Mayor Ilse Varga on Tuesday accused the port of dumping waste."))
        .containsExactly("Mayor Ilse Varga | accused | the port of dumping waste");
  }

  @Test
  void theSpeakerOfAPassiveIsItsAgent() {
    // with no "be" the parser calls Varga the participle's subject; she is the one criticised
    assertThat(found("The levy has split the council, with Mayor Ilse Varga blasted by dockers"
        + " for calling it fair at a meeting last week."))
        .contains("dockers | blasted | for calling it fair at a meeting last week")
        .noneMatch(x -> x.startsWith("Mayor Ilse Varga | blasted"));
    assertThat(found("The report was denied by the Trellin port authority on Monday."))
        .containsExactly("the Trellin port authority | was denied | The report");
    // not said: a passive of a verb that is a cue only in the active
    assertThat(found("The monitor maintained by the embassy showed the air was bad."))
        .noneMatch(x -> x.contains("| maintained |"));
    Analysis a = EventExtractorTest.analyse("The levy has split the council, with Mayor Ilse"
        + " Varga blasted by dockers for calling it fair.", LocalDate.of(2025, 5, 2));
    assertThat(a.events()).filteredOn(e -> e.trigger().text().equals("blasted")).singleElement()
        .satisfies(e -> assertThat(e.participants()).extracting(p -> p.role() + " "
            + p.span().text()).contains("ACTOR dockers", "TARGET Mayor Ilse Varga"));
  }

  @Test
  void aCompanyNamedAfterACountryIsNotThatCountry() {
    Analysis a = EventExtractorTest.analyse("Kestrel Motor India has announced that it sold 3,536"
        + " cars in October. India said the tariff would stay.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("has announced"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isNotEqualTo("india").isNotNull());
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("said"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isEqualTo("india"));
  }

  @Test
  void aLongSpeakerAfterTheVerbIsNotTheContent() {
    assertThat(found("\u201cIt is a sad day for the harbour,\u201d said Ivo Marrant, the older"
        + " brother of Jan Marrant, whose family fears he is among the missing."))
        .anyMatch(x -> x.startsWith("Ivo Marrant") && x.endsWith("| It is a sad day for the harbour"))
        .noneMatch(x -> x.endsWith("whose family fears he is among the missing"));
  }

  @Test
  void aCapitalisedPlaceBeforeTheOpeningColonIsADatelineNotASpeaker() {
    // fictional events: a wire story's dateline in the "PLACE:" form
    assertThat(found("NAIROBI: Factory output in Valdoria fell for a third month in March, the"
        + " Valdorian statistics office said on Friday.\n\nGAIL: Then we agree."))
        .noneMatch(x -> x.startsWith("NAIROBI"))
        .anyMatch(x -> x.endsWith("| said | Factory output in Valdoria fell for a third month in"
            + " March"))
        .anyMatch(x -> x.startsWith("GAIL | :"));
    // a label in capitals names nobody: "STOCKS:" in a market round-up
    assertThat(found("STOCKS: Futures on the Ostburg index extend their gains, last up 0.4%."))
        .noneMatch(x -> x.startsWith("STOCKS"));
  }

  @Test
  void itAsTheSpeakerIsTheOrganisationThatSpokeBefore() {
    // fictional firms and ministry
    Analysis a = EventExtractorTest.analyse("Marrow Telecom said on Tuesday that it believes"
        + " the tender was fair to Kessel Networks. It has denied any wrongdoing in the tender.\n\n"
        + "The Valdorian government has told Marrow Telecom that it wants the network opened to"
        + " rivals.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equalsIgnoreCase("it"))
        .extracting(x -> x.cue().text(), x -> x.source().entity())
        .containsExactly(tuple("believes", "organization:marrow-telecom"),
            tuple("has denied", "organization:marrow-telecom"),
            // the government is only described: the "it" of what it said is no firm named before
            tuple("wants", null));
  }

  @Test
  void theDepartmentAndTheCompanyAreTheOrganisationsTheTextNamed() {
    // fictional
    Analysis a = EventExtractorTest.analyse("The Valdorian Labour Department said on Friday that"
        + " 12,000 jobs were added in March. Marrow Telecom said it would hire 300 engineers.\n\n"
        + "The company said the new staff would start in May. The department said wages rose.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().startsWith("The "))
        .extracting(x -> x.source().span().text(), x -> x.source().entity())
        .contains(tuple("The company", "organization:marrow-telecom"));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("The department"))
        .extracting(x -> x.source().entity()).containsExactly(a.attributions().get(0).source()
            .entity()).doesNotContainNull();
  }

  @Test
  void iInsideAQuotationIsItsSpeaker() {
    // fictional
    Analysis a = EventExtractorTest.analyse("“I said that he was a thief,” Irina Vaskova said."
        + " “I was not calling him names; I was describing him.”\n\nI said last week that she was right.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("I") && x.source().span().begin() < 60)
        .isNotEmpty().extracting(x -> x.source().entity()).containsOnly("person:irina-vaskova");
    // a columnist's own "I" is no quoted speaker
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("I") && x.source().span().begin() > 60)
        .hasSize(1).extracting(x -> x.source().entity()).containsOnlyNulls();
  }

  @Test
  void believedToBeSetOffByCommasIsAHedgeNobodyIsNamedFor() {
    // fictional
    assertThat(found("The army handed over 18 fighters, believed to be Valdorian soldiers, to the"
        + " monitors. The suspects, thought to be foreign nationals, were detained on Monday."))
        .contains("- | believed | to be Valdorian soldiers", "- | thought | to be foreign nationals")
        .noneMatch(x -> x.startsWith("The army |") || x.startsWith("The suspects |"));
  }

  @Test
  void theSpeakerOfARelativeClauseWithoutItsThatIsTheSubjectBesideTheVerb() {
    // fictional; the parser gives "say" both "everything" and "they" as subjects
    assertThat(found("Irina Vaskova said voters should not believe everything they say unless"
        + " they come up with evidence."))
        .contains("they | say | everything")
        .noneMatch(x -> x.startsWith("everything |"));
  }

  @Test
  void aQuotationInterruptedByItsCueIsOneContentAndTheSpeakerIsBesideTheVerb() {
    // fictional; the parser gives "said" both "hope" and "he" as subjects
    assertThat(found("“My hope,” he said, “is that the dam will hold.”\n\nThese workers, Vaskova"
        + " explained, were paid too little."))
        .anyMatch(x -> x.startsWith("he | said | My hope") && x.endsWith("the dam will hold"))
        .anyMatch(x -> x.startsWith("Vaskova | explained |"))
        .noneMatch(x -> x.startsWith("My hope") || x.startsWith("These workers"));
  }

  @Test
  void whatWasSaidBeforeTheCueIsTheContentWhenAClauseOfCircumstanceFollows() {
    // fictional
    assertThat(found("Chancellor Irina Vaskova will host the Kessel envoy for talks in Ostburg"
        + " next Friday, a government spokeswoman said, as rebel forces resumed patrols in the"
        + " north."))
        .anyMatch(x -> x.startsWith("a government spokeswoman | said | Chancellor Irina Vaskova"
            + " will host"))
        .noneMatch(x -> x.endsWith("resumed patrols in the north"));
  }

  @Test
  void theCountryIsTheCountryNamedAsASubjectJustBefore() {
    // fictional events; the relative pronoun's antecedent is the name before its comma
    Analysis a = EventExtractorTest.analyse("Serbia wants to join the European Union, Irina Vaskova"
        + " said. The country has pledged to stay out of any alliance.\n\nFor Vaskova, who has"
        + " said that she will step down in May, it is the last summit.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("has pledged"))
        .extracting(x -> x.source().entity()).containsExactly("serbia");
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("has said"))
        .extracting(x -> x.source().entity()).containsExactly("person:irina-vaskova");
  }

  @Test
  void theStatementIsWhoeverIssuedIt() {
    // fictional
    Analysis a = EventExtractorTest.analyse("Marrow Telecom said in a statement on Friday that the"
        + " network was restored. The statement said no data had been lost.\n\nThe report said"
        + " the outage lasted six hours.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("The statement"))
        .extracting(x -> x.source().entity()).containsExactly("organization:marrow-telecom");
    // no report was named before: the report stays a document nobody is said to have issued
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("The report"))
        .hasSize(1).extracting(x -> x.source().entity()).containsOnlyNulls();
  }

  @Test
  void itAfterIsOrInsideAQuotationAndTheCompanyNamedInItsOwnSentence() {
    // fictional
    Analysis a = EventExtractorTest.analyse("Marrow Telecom said the tender was fair. It is worth"
        + " asking why the network failed. “If the students feel like it shows their work, we"
        + " would love them to send it,” said Irina Vaskova.\n\nKessel Networks said profits rose."
        + " Shares of Ostburg Rail fell 9% after the company said a key contract had lapsed.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equalsIgnoreCase("it"))
        .extracting(x -> x.source().entity()).containsOnlyNulls();
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("the company"))
        .extracting(x -> x.source().entity()).containsExactly("organization:ostburg-rail");
  }

  @Test
  void aQuotationTheSpeakersTagInterruptsIsOneContentInTwoParts() {
    // fictional
    Analysis a = EventExtractorTest.analyse("“The dam is safe,” said Irina Vaskova, the"
        + " minister. “We checked every gate. Nobody was hurt.”\n\n“If the river rises,” Teodor"
        + " Halm told reporters, “we will open the spillway.”\n\nBut the levees, he said, would"
        + " hold.\n\n“It was late,” Vaskova said. “The board said it would pay,” Halm added.",
        LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).extracting(x -> x.cue().text(), x -> x.contentText())
        .contains(
            tuple("said", "The dam is safe … We checked every gate. Nobody was hurt"),
            tuple("told", "If the river rises … we will open the spillway"),
            tuple("said", "the levees … would hold"),
            // the next quotation has a tag of its own: it is Halm's, not Vaskova's second part
            tuple("said", "It was late"),
            tuple("added", "The board said it would pay"));
    Attribution dam = a.attributions().stream()
        .filter(x -> x.contentText().startsWith("The dam")).findFirst().orElseThrow();
    // the content runs from the first part to the last, the tag between them
    assertThat(dam.content().text()).startsWith("The dam is safe,” said Irina Vaskova")
        .endsWith("Nobody was hurt");
    assertThat(dam.contentParts()).hasSize(2);
    assertThat(dam.contentHolds(dam.cue())).isFalse();
    assertThat(dam.source().entity()).isEqualTo("person:irina-vaskova");
    // "said" inside Halm's quotation is speech he reports: the board's, his content's child
    Attribution board = a.attributions().stream()
        .filter(x -> x.source().span() != null && x.source().span().text().equals("The board"))
        .findFirst().orElseThrow();
    Attribution halm = a.attributions().stream().filter(x -> x.cue().text().equals("added"))
        .findFirst().orElseThrow();
    assertThat(board.parent()).isEqualTo(halm.id());
  }

  @Test
  void aChainOfVerbsEndingInACueIsTheCue() {
    // fictional
    assertThat(found("Residents of Harven continued to call for an inquiry into the flood."))
        .containsExactly("Residents of Harven | continued to call for | an inquiry into the flood");
    assertThat(found("The ministry declined to endorse the harbour plan."))
        .containsExactly("The ministry | declined to endorse | the harbour plan");
    // an infinitive that is no cue stays the content
    assertThat(found("The ministry plans to close the border crossing at Trellin."))
        .containsExactly("The ministry | plans | to close the border crossing at Trellin");
  }

  @Test
  void aQuotationFillingTheNextParagraphGoesOnWithTheSpeaker() {
    // fictional
    Analysis a = EventExtractorTest.analyse("“The gates held,” said Teodor Halm.\n\n“We were"
        + " lucky. The river fell overnight.”\n\nThe town reopened on Friday. “It is over,” a"
        + " resident said.\n\n“Not yet,” Halm replied.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).extracting(x -> x.cue().text(), x -> x.contentText())
        .containsExactly(
            tuple("said", "The gates held … We were lucky. The river fell overnight"),
            // the next paragraph's quotation has its own tag
            tuple("said", "It is over"),
            tuple("replied", "Not yet"));
  }

  @Test
  void aVerbThatNeedsAClauseIntroducingOrTaggingAQuotation() {
    // fictional
    assertThat(found("Halm demanded: “Who pays for the bridge?”"))
        .containsExactly("Halm | demanded: | Who pays for the bridge?");
    assertThat(found("“Who pays for the bridge?” Halm demanded."))
        .containsExactly("Halm | demanded | Who pays for the bridge?");
    // with an object and no quotation it is no speech
    assertThat(found("Halm demanded a recount of the ballots.")).isEmpty();
  }

  @Test
  void positionsTakenAndThingsSeenAsSomething() {
    // fictional
    assertThat(found("The Harven Monitor rated the minister's claim as false."))
        .containsExactly("The Harven Monitor | rated | the minister's claim as false");
    assertThat(found("Vaskova echoed the warnings of the river authority."))
        .containsExactly("Vaskova | echoed | the warnings of the river authority");
    assertThat(found("Halm mentioned the flood of 1998 twice."))
        .containsExactly("Halm | mentioned | the flood of 1998");
    // without its "as", rating is no speech
    assertThat(found("The agency rated the bonds last week.")).isEmpty();
  }

  @Test
  void aSecondSpeechVerbJoinedToTheFirstEndsTheContentAndIsTheSpeakers() {
    // fictional; the parse joins "warned" to "hold" and gives it the dam as subject
    assertThat(found("Vaskova said the dam would hold and warned against panic buying in the"
        + " city.")).containsExactly("Vaskova | said | the dam would hold",
            "Vaskova | warned against | panic buying in the city");
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    // fictional, printed as archives print quotations
    Analysis a = EventExtractorTest.analyse("''The dam is safe,'' said Irina Vaskova. ''We"
        + " checked every gate.''", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).extracting(x -> x.contentText(), Attribution::direct)
        .containsExactly(tuple("The dam is safe … We checked every gate", true));
  }

  @Test
  void aCommonNounSpeakerAfterACommaWhomTheParserTookForAnApposition() {
    // fictional; the parse makes "lawmakers" an apposition of "farmers" and "said" a clause of
    // "insult"; the dateline before the dash and the circumstance after the day are no content
    assertThat(found("WASHINGTON ― The levy is an insult to all Valdorian farmers, senior rural"
        + " lawmakers said Friday afternoon, as they left the chamber."))
        .containsExactly("senior rural lawmakers | said | The levy is an insult to all Valdorian"
            + " farmers");
  }

  @Test
  void questioningAPositionIsACueQuestioningAPersonIsNot() {
    // fictional; the relative clause says what the dam is, not what was questioned
    assertThat(found("Some council members questioned the wisdom of the dam, which cost"
        + " millions.")).containsExactly("Some council members | questioned | the wisdom of the"
            + " dam");
    assertThat(found("Police questioned the driver for hours.")).isEmpty();
  }

  @Test
  void aNewsroomsOwnFindingTaggedAtTheEnd() {
    // fictional; the parser hangs "learned" on "kept" with no subject of its own
    assertThat(found("The minister kept the report from the cabinet, the Harven Monitor has"
        + " learned.")).containsExactly("the Harven Monitor | has learned | The minister kept the"
            + " report from the cabinet");
  }

  @Test
  void anAsClauseOfAVerbThatNeedsWhatWasSaidCommentsOnItsSentence() {
    // fictional
    assertThat(found("As several engineers have pointed out, the dam cannot hold another"
        + " flood.")).containsExactly("several engineers | have pointed out | the dam cannot hold"
            + " another flood");
    // "as" of time with a verb of doing: no speech
    assertThat(found("As the crowd chanted, the mayor left the hall.")).isEmpty();
  }

  @Test
  void anAsTagInsideTheSentenceSplitsWhatWasSaid() {
    // fictional; in the second the parser makes "Harven" the subject of "said"
    Analysis a = EventExtractorTest.analyse("The dam, as the engineers said, cannot hold another"
        + " flood.\n\nHarven, as one of the governor's advisers said, rarely gets two storms in a"
        + " row.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).extracting(x -> x.source().span().text(),
        Attribution::contentText).containsExactly(
            tuple("the engineers", "The dam … cannot hold another flood"),
            tuple("one of the governor's advisers", "Harven … rarely gets two storms in a row"));
  }

  @Test
  void callingSomeoneOnThePhoneOrCallingAMeetingIsNoSpeech() {
    // fictional
    assertThat(found("Vaskova called Teodor Halm on Friday to thank him.")).isEmpty();
    assertThat(found("The council called an emergency meeting to discuss the flood.")).isEmpty();
    assertThat(found("The mayor called off the parade.")).isEmpty();
    assertThat(found("Having said that, the river is still rising.")).isEmpty();
    // what someone is called is
    assertThat(found("Vaskova called Halm a liar on Tuesday."))
        .containsExactly("Vaskova | called | Halm a liar");
    assertThat(found("Halm called her vote on the dam a mistake."))
        .containsExactly("Halm | called | her vote on the dam a mistake");
    // a name given is no speech either
    assertThat(found("The mine stood near a mountain stream called Miracle Run.")).isEmpty();
    assertThat(found("The program, called Harven-5, lets investors buy visas.")).isEmpty();
    assertThat(found("One of the engineers who signed the letter called Halm a fraud."))
        .anyMatch(x -> x.contains("| called | Halm a fraud"));
  }

  @Test
  void citingAThingIsTheSpeakersCitingASourceIsTheSources() {
    // fictional
    assertThat(found("The dam \"has never been safer,\" Vaskova said on Monday, citing the new"
        + " gates and the repairs of 2019.")).containsExactly(
            "Vaskova | said | The dam \"has never been safer",
            "Vaskova | citing | the new gates and the repairs of 2019");
    assertThat(found("The Harven Power Company delayed the opening of the dam, citing supply"
        + " problems.")).containsExactly("The Harven Power Company | citing | supply problems");
    // a source cited is the source of what the sentence says
    assertThat(found("The agency raised its forecast for the river, citing officials in the"
        + " ministry.")).containsExactly("officials in the ministry | citing | The agency raised"
            + " its forecast for the river");
  }

  @Test
  void anOrderOrARequestIsNoSpeech() {
    // fictional
    assertThat(found("Mr. Halm, tell me what you are going to do about the dam.")).isEmpty();
    assertThat(found("Let everyone know that the dam is safe.")).isEmpty();
    assertThat(found("It goes without saying that the dam is safe.")).isEmpty();
    // a base form after its subject is no order
    assertThat(found("Halm and Vaskova, both engineers, say the dam is safe."))
        .containsExactly("Halm and Vaskova, both engineers | say | the dam is safe");
  }

  @Test
  void aReportsSourceKeepsTheParticipleThatDescribesIt() {
    // fictional; the parser makes "released" the main verb and "found" its dependent
    assertThat(found("A Harven University report released last year found that the dam was"
        + " unsafe.")).containsExactly("A Harven University report released last year | found |"
            + " that the dam was unsafe");
  }

  @Test
  void aBracketedEditorsNoteCreditsNoSource() {
    assertThat(found("Valdoria closed the border crossing at Brenn, officials said.\n\n[Editor's"
        + " note: This story was updated after the ministry said the crossing had reopened.]"))
        .containsExactly("officials | said | Valdoria closed the border crossing at Brenn");
  }

  @Test
  void refusingToActOrRejectingAProposalIsAPositionNotADenial() {
    // fictional
    Analysis a = EventExtractorTest.analyse("Valdoria has refused to join sanctions against"
        + " Ostmark. Vaskova rejected the idea of a border commission on Tuesday. Halm rejected"
        + " claims that the dam was unsafe. The ministry rejected reports of a deal with Ostmark."
        + " The council dismissed the plan as a stunt.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).extracting(x -> x.cue().text(), x -> x.stance())
        .containsExactly(tuple("has refused", org.parallax.model.analysis.Stance.ASSERT),
            tuple("rejected", org.parallax.model.analysis.Stance.ASSERT),
            tuple("rejected", org.parallax.model.analysis.Stance.DENY),
            tuple("rejected", org.parallax.model.analysis.Stance.DENY),
            tuple("dismissed", org.parallax.model.analysis.Stance.DENY));
    // statements written without "that", "as" after the phrase, a name: still denials
    Analysis b = EventExtractorTest.analyse("Halm rejected claims the bill would raise taxes."
        + " The council dismissed the ceasefire proposal as a ploy. Vaskova rejected Bill Halm's"
        + " account. The budget would cut pensions, a claim the union rejected. Ostmark rejected"
        + " the Valdorian government's offer of talks.", LocalDate.of(2025, 5, 2));
    assertThat(b.attributions()).extracting(x -> x.stance()).containsExactly(
        org.parallax.model.analysis.Stance.DENY, org.parallax.model.analysis.Stance.DENY,
        org.parallax.model.analysis.Stance.DENY, org.parallax.model.analysis.Stance.DENY,
        org.parallax.model.analysis.Stance.ASSERT);
    // a refusal to speak is still no speech
    Attribution refused = EventExtractorTest.analyse("The ministry refused to confirm that"
        + " Ostmark shelled Brenn.", LocalDate.of(2025, 5, 2)).attributions().get(0);
    assertThat(refused.negated()).isTrue();
    assertThat(EventExtractorTest.analyse("Halm refused to speculate about the cause of the"
        + " blast.", LocalDate.of(2025, 5, 2)).attributions())
        .singleElement().satisfies(x -> assertThat(x.negated()).isTrue());
  }

  @Test
  void anExhortationToRecallIsNoSpeech() {
    // fictional
    assertThat(found("If they will not show the remains, let us recall how the dam was"
        + " inspected in 2019.")).isEmpty();
    assertThat(found("The engineers checked the gates twice, and let's just say the dam"
        + " held.")).isEmpty();
  }

  @Test
  void whatWasUrgedIsTheWholeQuotationAfterTheCuesPreposition() {
    // fictional; the tagger reads "risk" as a noun and the parse finds a clause at its end
    assertThat(found("Halm did not speak, but the Valdorian embassy had previously urged against"
        + " \"transactions with Ostmark that risk triggering sanctions.\""))
        .contains("the Valdorian embassy | had previously urged against | transactions with"
            + " Ostmark that risk triggering sanctions");
  }

  @Test
  void anOwnHedgeBeforeASpeakersTagIsTheSpeakers() {
    Analysis a = EventExtractorTest.analyse("The ministry seemed to have ignored the farmers in"
        + " the north, Ana Ruiz said.", LocalDate.of(2025, 5, 2));
    Attribution said = a.attributions().stream()
        .filter(x -> x.cue().text().equals("said")).findFirst().orElseThrow();
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("seemed"))
        .singleElement().satisfies(h -> {
          assertThat(h.parent()).isEqualTo(said.id());
          assertThat(h.content().text()).doesNotContain("Ruiz");
        });
  }

  @Test
  void aPronounOutsideAQuotationIsNoPersonNamedOnlyInsideIt() {
    assertHeIsBerek("Mayor Tomas Berek spoke to the Courier on Monday."
        + "\n\n“Nobody did anything wrong. I won’t go back to [Piet] Olsen because that was"
        + " before my time,” he said.");
  }

  @Test
  void theSpeakerOfAQuotationThatOpensItsSentenceIsTheSubjectBeforeIt() {
    assertHeIsBerek("Tomas Berek, an adviser to Mayor Piet Olsen, spoke"
        + " to the Courier on Monday.\n\n“After the vote, I said the levy would fail,” he added.");
  }

  @Test
  void whoIsSeenOrHeardSayingSpeaks() {
    assertThat(found("Critics shared the clip on Monday. “The levy is theft,” Piet Olsen is seen"
        + " saying in a video posted by the union.")).contains(
            "Piet Olsen | saying | The levy is theft");
  }

  @Test
  void aParticipleAfterACommaSaysWhatFollowsIt() {
    assertThat(found("Appearing on “Harbour Morning” with anchor Ilse Varga, Olsen said that the"
        + " “bottom line” is the “degree to which nothing has changed anything,” noting the"
        + " release of more testimony from dockers.")).contains(
            "Olsen | noting | the release of more testimony from dockers");
  }

  @Test
  void toWhomAnAnswerWentIsNotWhatItSaid() {
    assertThat(found("Berek actually did respond to the staffer on Monday.")).isEmpty();
    assertThat(found("The mayor replied to the union on Tuesday.")).isEmpty();
  }

  @Test
  void aLongAppositionKeepsItsNameTheSubject() {
    assertHeIsBerek("Tomas Berek, a retired navy officer and harbour"
        + " adviser to Mayor Piet Olsen and Ilse Varga, told reporters on Monday.\n\n“After the"
        + " vote, I said the levy would fail,” he added.");
  }

  /** The one attribution whose source is "he" resolves to the text's Tomas Berek. */
  private static void assertHeIsBerek(String text) {
    Analysis a = EventExtractorTest.analyse(text, LocalDate.of(2025, 5, 2));
    String berek = a.entities().stream().filter(e -> e.name().equals("Tomas Berek"))
        .findFirst().orElseThrow().id();
    assertThat(a.attributions()).filteredOn(x -> x.source().span() != null
        && x.source().span().text().equals("he"))
        .singleElement().satisfies(x -> assertThat(x.source().entity()).isEqualTo(berek));
  }

  @Test
  void aDayAfterOneSpeechVerbIsNoPartOfTheNextSpeaker() {
    // "said Friday": the day dates Hallard's saying, not Olsen's name
    assertThat(found("Sen. Tom Hallard said Friday Governor Piet Olsen told him about the plan."))
        .anyMatch(x -> x.startsWith("Governor Piet Olsen | told"));
  }

  @Test
  void aSubjectBeforeADayAndATagsHeAfterAnotherName() {
    assertHeIsBerek("Tomas Berek on Wednesday vowed to stay in the race, citing the popularity"
        + " of his plans. He said he planned to attend a debate in Selm.");
    assertHeIsBerek("Piet Olsen won the primary in Selm.\n\n“One question is why it took the"
        + " party so long,” says Dr. Tomas Berek in an email.\n\nMaybe it was moderate voters in"
        + " general who lie behind the Olsen resurgence, he says.");
  }

  @Test
  void aClauseAfterAnOpeningCircumstanceIsWhatATagSays() {
    assertThat(found("In Kessel, two care homes requested that polling places in their buildings"
        + " be relocated, spokesman Piet Olsen said in an email."))
        .containsExactly("spokesman Piet Olsen | said | In Kessel, two care homes requested that"
            + " polling places in their buildings be relocated");
  }

  @Test
  void livesClaimedHeadingsAndThingsAddedAreNoSpeech() {
    assertThat(found("The illness has claimed nearly 4,700 lives worldwide.")).isEmpty();
    assertThat(found("Voters prefer candidates like, say, Senator Ilse Varga or Senator Piet"
        + " Holm.")).noneMatch(x -> x.contains("| say |"));
    assertThat(found("EDITOR’S NOTE — A look at the veracity of claims by political figures."))
        .isEmpty();
    assertThat(found("Kessel Foods and Harbour Grill add paid sick leave policies.")).isEmpty();
  }

  @Test
  void aSpeakerAfterTheVerbIsNoWordOfTheQuotationBefore() {
    assertThat(found("\"You need to identify the disease and who has it and who does not,\" said"
        + " Piet Olsen of Harbour Capital."))
        .containsExactly("Piet Olsen of Harbour Capital | said | You need to identify the disease"
            + " and who has it and who does not");
    assertThat(found("“We’re deeply concerned,” WHO head Ilse Varga told reporters last month."))
        .containsExactly("WHO head Ilse Varga | told | We’re deeply concerned");
  }

  @Test
  void aNameAfterARoleSaysWhoTheRoleIsAndADismissalOfPeopleIsNoDenial() {
    Analysis a = EventExtractorTest.analyse("A Varga ally on the panel, Rep. Piet Holm of Selm,"
        + " mocked the witness.\n\nThe top Republican on the panel, Rep. Tomas Berek of Kessel,"
        + " said the inquiry had a “perfectly good reason” to stop.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).filteredOn(x -> x.cue().text().equals("said"))
        .singleElement().satisfies(x -> assertThat(x.source().entity())
            .isEqualTo("person:tomas-berek"));
    assertThat(found("They dismissed or suspended more than 130,000 civil servants from their"
        + " jobs.")).isEmpty();
    assertThat(found("The ministry dismissed the report as propaganda."))
        .anyMatch(x -> x.contains("| dismissed |"));
    assertThat(found("Varga dismissed the whistleblower as a partisan."))
        .anyMatch(x -> x.contains("| dismissed |"));
  }

  @Test
  void aTagTheParseBuriedInTheClauseBeforeItReportsThatClause() {
    // the parse makes "removal" the subject of "said" and the minister its apposition
    assertThat(found("Kessel and Selm agreed on the text of a fishing accord that includes the"
        + " removal of quotas on Selmish boats in stages, Deputy Trade Minister Piet Olsen said,"
        + " as President Ana Ruiz confirmed that some levies will be cut."))
        .containsExactly("Deputy Trade Minister Piet Olsen | said | Kessel and Selm agreed on the"
            + " text of a fishing accord that includes the removal of quotas on Selmish boats in"
            + " stages", "President Ana Ruiz | confirmed | that some levies will be cut");
  }

  @Test
  void whereAWriterWroteANounAStudyHoldsAndStatesOnACalendarSayNothing() {
    assertThat(found("The delays reflect a failure, as we outline in the report, by the"
        + " managers of the port.")).noneMatch(x -> x.contains("| in |"));
    assertThat(found("No other factors in this study come close to these partisan gaps."))
        .isEmpty();
    assertThat(found("Both campaigns have had organizers in the Super Tuesday states for"
        + " months.")).isEmpty();
    // a poll still measures what it finds
    assertThat(found("Ruiz held a 24-point lead among young voters in a Selm Herald poll."))
        .containsExactly("a Selm Herald poll | in | Ruiz held a 24-point lead among young voters");
  }

  @Test
  void aTagThatInterruptsWithItsVerbFirstAndARelativeClauseTheParseMadeTheSpeaker() {
    assertThat(found("But the real winner of that deal, said Piet Olsen, a former envoy of Selm"
        + " to the council, was Kessel."))
        .containsExactly("Piet Olsen, a former envoy of Selm to the council | said | the real"
            + " winner of that deal, said Piet Olsen, a former envoy of Selm to the council, was"
            + " Kessel");
    assertThat(found("Those who want to see stricter enforcement said the law was an attempt to"
        + " dismantle the agency."))
        .containsExactly("Those who want to see stricter enforcement | said | the law was an"
            + " attempt to dismantle the agency");
    assertThat(found("Most of those who favor adding the charter to the constitution expect"
        + " little change.")).noneMatch(x -> x.contains("| adding |"));
    // the parse takes the aside's closing dash for the speaker
    assertThat(found("The longtime liberal activist – who was a member of the platform committee"
        + " during the 2018 dispute – maintains that Ms. Varga hijacked the deliberations."))
        .anyMatch(x -> x.startsWith("The longtime liberal activist | maintains |"));
    // a quotation inside a quotation closing with both marks at once
    assertThat(found("“We would never say, ‘We value clean air as a strength,’” says Pamela Olsen,"
        + " a longtime liberal activist."))
        .anyMatch(x -> x.startsWith("Pamela Olsen, a longtime liberal activist | says | We would"
            + " never say"));
    assertThat(found("“It was a wake-up call,” says Piet Olsen, author of “The Long Count,” which is"
        + " due out today."))
        .anyMatch(x -> x.startsWith("Piet Olsen, author of “The Long Count,” which is due out"
            + " | says |"));
  }

  @Test
  void aParticipleTheParserMadeAMarkerSpeaksForTheMainSubject() {
    // fictional
    assertThat(found("The senators also turned to the budget, saying the next governor should"
        + " cut taxes.")).containsExactly(
            "The senators | saying | the next governor should cut taxes");
  }

  @Test
  void mannersOfSayingAndCondemningAreCues() {
    // fictional
    assertThat(found("Holm scoffed that the charges were ridiculous.")).containsExactly(
        "Holm | scoffed | that the charges were ridiculous");
    assertThat(found("Varga retorted that the mayor should apologise.")).containsExactly(
        "Varga | retorted | that the mayor should apologise");
  }

  @Test
  void aResponseInDeedsATopicsLinkAndTheNounSayAreNoSpeech() {
    // fictional
    assertThat(found("Police responded with tear gas and rubber bullets.")).isEmpty();
    assertThat(found("The mayor responded with a statement that the curfew would hold."))
        .isNotEmpty();
    assertThat(found("The deal gives the council's say in the budget new weight.")).isEmpty();
    assertThat(found("Dam protests: How to avoid false reports online")).isEmpty();
  }

  @Test
  void theSpeakerIsThePersonAfterTheirPlaceNotThePlace() {
    // fictional person, real places
    Analysis a = EventExtractorTest.analyse("Louisville, Kentucky Mayor Karl Brenner announced"
        + " on Monday that the chief had been fired.", java.time.LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).singleElement().satisfies(x -> assertThat(x.source().entity())
        .isEqualTo("person:karl-brenner"));
  }

  @Test
  void speakersTheParseLosesAreReadOffTheSurface() {
    // fictional: a speech verb opening the sentence, its speaker after it
    assertThat(found("The mayor spoke first. Said Varga, “The levy is a tax on the poor.”"))
        .contains("Varga | Said | The levy is a tax on the poor");
    // a parenthesis between the speaker and the verb the parse left without a subject
    assertThat(found("Port chairwoman Anna Varga, also campaigning in Selm, said Berek is"
        + " ultimately responsible for the closure."))
        .contains("Port chairwoman Anna Varga | said | Berek is ultimately responsible for the"
            + " closure");
    // a verb that needs a clause tags a quotation before it, whatever follows the speaker
    assertThat(found("“My advice was not to do it,” recalled Piet Olsen, then envoy to Selm."))
        .anyMatch(x -> x.startsWith("Piet Olsen") && x.contains("| recalled | My advice"));
    assertThat(found("“It made the work hard,” Mr. Olsen recalled last week."))
        .contains("Mr. Olsen | recalled | It made the work hard");
    assertThat(found("The levy is fair, the port's former lawyer maintains."))
        .contains("the port's former lawyer | maintains | The levy is fair");
    // a sentence of the verb and its subject alone tags nothing (and reads no word before it)
    assertThat(found("Varga admitted.")).isEmpty();
  }

  @Test
  void turnsOfSpeechHoldingsAndRelativeClausesAreNotWhatWasSaid() {
    // fictional
    assertThat(found("Olsen said, “Let me tell you, the port has a future.”"))
        .noneMatch(x -> x.contains("| tell |"));
    assertThat(found("Varga maintains a wide lead over Berek in the port district.")).isEmpty();
    assertThat(found("“He did try to intimidate me,” said Olsen, who wrote about the port."))
        .noneMatch(x -> x.contains("| wrote") && x.contains("intimidate"));
  }

  @Test
  void aPersonHeadingTheTextAndReportedlyAreAttributions() {
    // fictional: a headline naming the speaker before a colon, no verb after it
    Analysis a = EventExtractorTest.analyse("Varga: No outside influence on the port inquiry\n\n"
        + "The chairwoman spoke on Monday.", LocalDate.of(2025, 5, 2));
    assertThat(a.attributions()).anySatisfy(x -> {
      assertThat(x.source().span().text()).isEqualTo("Varga");
      assertThat(x.content().text()).isEqualTo("No outside influence on the port inquiry");
    });
    // not a question about them
    assertThat(EventExtractorTest.analyse("Varga: Reformer or another career politician?\n\n"
        + "The chairwoman spoke on Monday.", LocalDate.of(2025, 5, 2)).attributions())
        .isEmpty();
    // "reportedly": the outlet passes on what it does not vouch for, naming no one
    Analysis r = EventExtractorTest.analyse("The port authority is reportedly preparing to"
        + " close the northern terminal.", LocalDate.of(2025, 5, 2));
    assertThat(r.attributions()).singleElement().satisfies(x -> {
      assertThat(x.unsourced()).isTrue();
      assertThat(x.cue().text()).isEqualTo("reportedly");
      assertThat(x.stance()).isEqualTo(org.parallax.model.analysis.Stance.HEDGE);
      assertThat(x.content().text()).isEqualTo("The port authority is reportedly preparing to"
          + " close the northern terminal");
    });
    // the clause it is on, not one joined to it; the word itself is the outlet's narration
    Analysis j = EventExtractorTest.analyse("Engineers reportedly had to open the gates by"
        + " hand, and the council evacuated the villages.", LocalDate.of(2025, 5, 2));
    assertThat(j.attributions()).singleElement().satisfies(x -> assertThat(x.content().text())
        .isEqualTo("Engineers reportedly had to open the gates by hand"));
    assertThat(j.framing()).filteredOn(f -> f.text().equals("reportedly"))
        .allSatisfy(f -> assertThat(f.voice()).isEqualTo(FramingCue.Voice.NARRATION));
    // inside what a named source says, the adverb is theirs
    assertThat(found("Police said the man allegedly fired at officers.")).containsExactly(
        "Police | said | the man allegedly fired at officers");
  }

  @Test
  void aStatementNounWithItsPossessorAndAThatClauseIsAnAttribution() {
    // fictional
    assertThat(found("Kessel rejected Valdoria's accusation that it trains militants in Selm."))
        .contains("Kessel | rejected | Valdoria's accusation that it trains militants in Selm",
            "Valdoria's | accusation | that it trains militants in Selm");
    assertThat(found("Despite Mr. Berek's claims that the levy raised $10 million, the port"
        + " lost money.")).contains("Mr. Berek's | claims | that the levy raised $10 million");
    // no possessor, no source; a relative clause is no content
    assertThat(found("The claim that the port was sold spread quickly.")).isEmpty();
    assertThat(found("He repeated the claim that he made last week.")).isEmpty();
  }

  @Test
  void aNameAfterTheVerbThatOpensAClauseIsWhatWasSaidOfNotTheSpeaker() {
    // fictional
    assertThat(found("Piet Olsen, another host on the channel, said Varga is \"clearly losing"
        + " it.\"")).noneMatch(x -> x.startsWith("Varga |"));
    // a tag inside the sentence the parse hung on the words before it as their apposition
    assertThat(EventExtractorTest.analyse("The shifting rhetoric, Varga added, also undercuts"
        + " the mayor's defense.", LocalDate.of(2025, 5, 2)).attributions()).singleElement()
        .satisfies(x -> {
          assertThat(x.source().span().text()).isEqualTo("Varga");
          assertThat(x.contentParts()).extracting(Span::text).containsExactly(
              "The shifting rhetoric", "also undercuts the mayor's defense");
        });
    // the outlet's counterpoint after what was said is not what was said; a concession is
    assertThat(found("Berek maintained that the risk remains very low, even as officials have"
        + " warned of the spread.")).contains("Berek | maintained | that the risk remains very"
            + " low");
    assertThat(found("Olsen said the plan would cost $150 million, even if its savings"
        + " materialized.")).contains("Olsen | said | the plan would cost $150 million, even if"
            + " its savings materialized");
    // a date ending what was said is not the speaker's
    assertThat(found("All classes will be taught online starting March 25, rector Anna Varga"
        + " said in a statement.")).containsExactly("rector Anna Varga | said | All classes will"
            + " be taught online starting March 25");
    // a bid turned down is no denial
    assertThat(EventExtractorTest.analyse("The justices denied the company's latest bid to end"
        + " the suit.", LocalDate.of(2025, 5, 2)).attributions())
        .noneMatch(x -> x.stance() == org.parallax.model.analysis.Stance.DENY);
  }

  @Test
  void aRelativeClauseAFeatureHeadlineAndADayAreNoSpeech() {
    // fictional, from a review of the rules above
    assertThat(found("Berek's claim that he made in 2019 was debunked."))
        .noneMatch(x -> x.contains("| claim |"));
    assertThat(EventExtractorTest.analyse("Anna Holm: A timeline of her career\n\nHolm was"
        + " born in Selm.", LocalDate.of(2025, 5, 2)).attributions()).isEmpty();
    assertThat(found("Asked Tuesday, “Is it over?” Holm said no."))
        .noneMatch(x -> x.startsWith("Tuesday |"));
  }
}
