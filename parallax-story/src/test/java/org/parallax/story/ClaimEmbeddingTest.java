package org.parallax.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.analysis.EntityType;
import org.parallax.model.analysis.Stance;

/** Claim groups aligned by the real sentence embedder against the word rule (fictional texts). */
class ClaimEmbeddingTest {
  /** Reports the detention. */
  static Analysed courier() {
    String text = "Ostmark border guards detained four journalists near the river crossing,"
        + " the Valdorian foreign ministry said.";
    return new Fixtures("c1", "courier.example", "Evening Courier", LocalDate.of(2031, 5, 2),
        "Journalists held at the border", text)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdorian")
        .attribution("a1", "the Valdorian foreign ministry", "valdoria", "said",
            "Ostmark border guards detained four journalists near the river crossing",
            Stance.ASSERT)
        .build();
  }

  /**
   * The same detention in other words (one content word shared), and a different statement worded
   * like the first outlet's (four content words shared).
   */
  static Analysed gazette() {
    String text = "Ostmark troops detained four reporters at the frontier, Valdoria says."
        + " Ostmark border guards reopened the river crossing to lorries, traders said.";
    return new Fixtures("g1", "gazette.example", "Harbour Gazette", LocalDate.of(2031, 5, 3),
        "Reporters held", text)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
        .attribution("a1", "Valdoria", "valdoria", "says",
            "Ostmark troops detained four reporters at the frontier", Stance.ASSERT)
        .attribution("a2", "traders", null, "said",
            "Ostmark border guards reopened the river crossing to lorries", Stance.ASSERT)
        .build();
  }

  /** Each group as its claims' article and verb (the first word ending in "ed"). */
  static List<String> groupsOf(Comparison c) {
    return c.claimGroups().stream().map(g -> g.claims().stream()
        .map(x -> x.articleId() + ":" + Arrays.stream(x.content().text().split(" "))
            .filter(w -> w.endsWith("ed")).findFirst().orElse("?"))
        .sorted().toList().toString()).sorted().toList();
  }

  @Test
  void embeddingsGroupTheParaphraseAndSeparateTheLookalikeTheWordsConfuse() {
    List<Analysed> items = List.of(courier(), gazette());
    Comparison words = Comparison.of("s", items, n -> false, null, null);
    Comparison meaning = Comparison.of("s", items, n -> false, null,
        SentenceEmbedder.shared()::embed);
    assertThat(groupsOf(words)).containsExactly("[c1:detained, g1:reopened]", "[g1:detained]");
    assertThat(groupsOf(meaning)).containsExactly("[c1:detained, g1:detained]", "[g1:reopened]");
    Comparison.ClaimGroup shared = meaning.claimGroups().get(0);
    assertThat(shared.claims()).hasSize(2);
    assertThat(shared.outlets()).containsEntry("courier.example", Comparison.Status.NAMED_SOURCE)
        .containsEntry("gazette.example", Comparison.Status.NAMED_SOURCE);
  }

  @Test
  void claimsTheModelGivesNoVectorAreAlignedByTheirWords() {
    Comparison c = Comparison.of("s", List.of(courier(), gazette()), n -> false, null,
        text -> null);
    assertThat(groupsOf(c)).containsExactly("[c1:detained, g1:reopened]", "[g1:detained]");
  }

  @Test
  void twoClaimsOfOneSentenceInTwoOutletsMakeTwoGroupsNotAContradiction() {
    String text = "Valdoria has pledged to stay out of the Northern Pact and refused to join"
        + " sanctions against Ostmark.";
    List<Analysed> both = new java.util.ArrayList<>();
    for (String[] o : new String[][] {{"w1", "herald.example", "Northwind Herald"},
        {"w2", "ledger.example", "Capital Ledger"}}) {
      both.add(new Fixtures(o[0], o[1], o[2], LocalDate.of(2031, 3, 3), "Valdoria and the Pact",
          text)
          .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdoria")
          .entity("pact", "Northern Pact", EntityType.ORGANIZATION, "Northern Pact")
          .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
          .attribution("a1", "Valdoria", "valdoria", "pledged", "to stay out of the Northern Pact",
              Stance.ASSERT)
          .attribution("a2", "Valdoria", "valdoria", "refused",
              "to join sanctions against Ostmark", Stance.ASSERT)
          .build());
    }
    // each claim is embedded by its sentence, so the two of one sentence have one vector
    Comparison c = Comparison.of("line-w", both, name -> false, null,
        SentenceEmbedder.shared()::embed);
    assertThat(c.claimGroups()).hasSize(2).allSatisfy(g -> {
      assertThat(g.claims()).hasSize(2);
      assertThat(g.contradiction()).isFalse();
    });
  }

  /** An article of its own whose one claim is {@code content}, said by the Valdorian ministry. */
  static Analysed saying(String id, int day, String content) {
    String text = content + ", the Valdorian foreign ministry said.";
    return new Fixtures(id, id + ".example", "Outlet " + id, LocalDate.of(2031, 5, day),
        "Border", text)
        .entity("ostmark", "Ostmark", EntityType.LOCATION, "Ostmark")
        .entity("valdoria", "Valdoria", EntityType.LOCATION, "Valdorian")
        .attribution("a1", "the Valdorian foreign ministry", "valdoria", "said", content,
            Stance.ASSERT)
        .build();
  }

  @Test
  void aChainOfLikePairsIsNotOneGroupWhenItsEndsSayDifferentThings() {
    // three outlets: the first two claims read alike (cosine 0.71), and so do the last two, but
    // the first and the last not at all; joined pair by pair they made one group of three
    List<Analysed> items = List.of(
        saying("a", 2, "Ostmark guards detained four reporters at the crossing"),
        saying("b", 3, "Ostmark guards detained and later freed four reporters"),
        saying("c", 4, "Ostmark later freed four reporters without charge"));
    double r = Math.sqrt(0.5);
    java.util.function.Function<String, float[]> model = text -> text.contains("detained and")
        ? new float[] {(float) r, (float) r} : text.contains("detained")
        ? new float[] {1, 0} : new float[] {0, 1};
    Comparison c = Comparison.of("s", items, n -> false, null, model::apply);
    assertThat(groupsOf(c)).containsExactly("[a:detained, b:detained]", "[c:freed]");
    // all three alike: one group
    Comparison alike = Comparison.of("s", items, n -> false, null, text -> new float[] {1, 0});
    assertThat(alike.claimGroups()).hasSize(1);
    assertThat(alike.claimGroups().get(0).claims()).hasSize(3);
  }
}
