package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.analysis.FramingCue;

/**
 * Loaded words found from word valence and news frequency rather than the team's list, through the
 * real CoreNLP pipeline (fictional sentences).
 */
class LoadedWordsTest {
  private static List<String> cues(String text) {
    return SharedAnalyzer.get().framingOnly(text).stream()
        .filter(c -> c.kind() == FramingCue.Kind.LOADED_TERM || c.kind() == FramingCue.Kind.LABEL)
        .map(c -> c.kind() + ":" + c.text()).toList();
  }

  @Test
  void aStrongAdjectiveTakesItsIntensifierAndItsNoun() {
    assertThat(cues("The council's utterly shameful decision angered the town."))
        .containsExactly("LOADED_TERM:utterly shameful decision");
  }

  @Test
  void ordinaryNewsWordsAreNotLoadedEvenWhenEmotional() {
    // "clear", "free", "attack" and "death" carry valence, but most news uses them
    assertThat(cues("It is clear that the free clinic saw an attack and a death on Monday."))
        .isEmpty();
  }

  @Test
  void aNegativeWordForAPersonIsALabel() {
    assertThat(cues("The mayor called his rival a liar and a corrupt ringleader."))
        .contains("LABEL:liar");
  }

  @Test
  void wordsOfTradeAndLawAreNotJudgements() {
    assertThat(cues("Ostmark's crude exports fell as a crude oil tanker waited and Brent crude"
        + " rose; the grand jury heard the case.")).isEmpty();
    assertThat(cues("The council's crude and grand plan angered the town.")).isNotEmpty();
    // the law's, the accounts' and medicine's words before or after what they name
    assertThat(cues("The mayor faces criminal charges after a criminal investigation; gross"
        + " domestic product fell; a suicide bomb vest was found; cancer patients waited."))
        .isEmpty();
    assertThat(cues("The clerk died of cancer in May, and his wife fell ill with clinical"
        + " depression.")).isEmpty();
    // the same words as judgements
    assertThat(cues("The council called the levy a cancer on the harbour and its plan"
        + " criminal.")).isNotEmpty();
  }

  @Test
  void peopleHarmedAreNotLabelled() {
    assertThat(cues("The storm left casualties and hostages in Veldmark.")).isEmpty();
  }

  @Test
  void namesAreNotLoadedWords() {
    assertThat(cues("Delegates met at Glorious Harbor Hall in Veldmark.")).isEmpty();
  }

  @Test
  void praiseIsLoadedButNoLabel() {
    assertThat(cues("Brave soldiers and heroic firefighters cleared the Veldmark road."))
        .noneMatch(c -> c.startsWith("LABEL"));
  }

  @Test
  void anIntensifierThatIsLoadedItselfJoinsTheNextCueOnce() {
    assertThat(cues("The council's terribly shameful decision angered the town."))
        .containsExactly("LOADED_TERM:terribly shameful decision");
  }

  @Test
  void aPluralOfACommonWordIsCommonToo() {
    // "crisis" and "killing" are everyday news words; their plurals are no rarer in meaning
    assertThat(cues("The region saw two crises and a string of killings.")).isEmpty();
  }

  @Test
  void mildPraiseIsCourtesyNotLoaded() {
    assertThat(cues("The shop respectfully asks that visitors keep to the paths, and the guides"
        + " were helpful.")).isEmpty();
    assertThat(cues("The council thanked the brave volunteers.")).containsExactly(
        "LOADED_TERM:brave volunteers");
  }

  @Test
  void aSurnameInTheAnimacyListMakesNoWordForPeople() {
    // CoreNLP's animacy list holds "Shock" (a surname) but no lower-case "shock"
    assertThat(cues("The economist worried about sudden shocks to the harbour towns."))
        .noneMatch(c -> c.startsWith("LABEL"));
    assertThat(cues("The mayor called them liars.")).contains("LABEL:liars");
  }

  @Test
  void aDayAfterTheAdjectiveIsNotItsNoun() {
    assertThat(cues("Residents condemned the council's shameful decision yesterday."))
        .containsExactly("LOADED_TERM:shameful decision");
    assertThat(cues("I am still furious today, the mayor said.")).containsExactly(
        "LOADED_TERM:furious");
  }

  @Test
  void aPlightIsNoName() {
    assertThat(cues("Medics carried an injured woman and a frightened teenager from the bus."))
        .isEmpty();
    assertThat(cues("The mayor called his rival a vile crook."))
        .contains("LABEL:vile crook");
  }

  @Test
  void aWordForPeopleBeforeANounLabelsTheCompound() {
    assertThat(cues("The senator called the inquiry a witch hunt and warned of killer robots."))
        .containsExactly("LABEL:witch hunt", "LABEL:killer robots");
    assertThat(cues("The senator called his rival a witch.")).contains("LABEL:witch");
    assertThat(cues("We will not let the council bully us, the union said.")).isEmpty();
  }

  @Test
  void wordsOfMedicineTheCoronerAndProtestAreNotJudgements() {
    // fictional; "peacefully", "traumatic", "fatal" and "contempt" carry valence
    assertThat(cues("The mayor thanked those protesting peacefully. The guard suffered a"
        + " traumatic brain injury in a fatal shooting, and the officer fatally shot a man. The"
        + " clerk was held in contempt of court after suicidal thoughts were reported.")).isEmpty();
    assertThat(cues("The council showed its contempt for the town.")).isNotEmpty();
    // epidemiology's and the law's
    assertThat(cues("The fatality rate rose, and the clerk was charged with a felony and faces"
        + " felony charges.")).isEmpty();
  }
}
