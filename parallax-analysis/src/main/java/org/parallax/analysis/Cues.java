package org.parallax.analysis;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parallax.model.analysis.Stance;

/** Verbs and phrases that credit a source, with the stance each expresses. */
final class Cues {
  static final Map<String, Stance> VERBS = Map.ofEntries(
      Map.entry("say", Stance.ASSERT), Map.entry("tell", Stance.ASSERT),
      Map.entry("add", Stance.ASSERT), Map.entry("state", Stance.ASSERT),
      Map.entry("announce", Stance.ASSERT), Map.entry("report", Stance.ASSERT),
      Map.entry("write", Stance.ASSERT), Map.entry("note", Stance.ASSERT),
      Map.entry("stress", Stance.ASSERT), Map.entry("explain", Stance.ASSERT),
      Map.entry("insist", Stance.ASSERT), Map.entry("warn", Stance.ASSERT),
      Map.entry("declare", Stance.ASSERT), Map.entry("confirm", Stance.ASSERT),
      Map.entry("reveal", Stance.ASSERT), Map.entry("argue", Stance.ASSERT),
      Map.entry("emphasize", Stance.ASSERT), Map.entry("emphasise", Stance.ASSERT),
      Map.entry("acknowledge", Stance.ASSERT), Map.entry("admit", Stance.ASSERT),
      Map.entry("tweet", Stance.ASSERT), Map.entry("post", Stance.ASSERT),
      Map.entry("predict", Stance.ASSERT), Map.entry("promise", Stance.ASSERT),
      Map.entry("reply", Stance.ASSERT), Map.entry("respond", Stance.ASSERT),
      Map.entry("assert", Stance.ASSERT), Map.entry("maintain", Stance.ASSERT),
      Map.entry("believe", Stance.HEDGE), Map.entry("think", Stance.HEDGE),
      Map.entry("suggest", Stance.HEDGE), Map.entry("estimate", Stance.HEDGE),
      Map.entry("claim", Stance.CLAIM), Map.entry("allege", Stance.CLAIM),
      Map.entry("deny", Stance.DENY), Map.entry("reject", Stance.DENY),
      Map.entry("dismiss", Stance.DENY), Map.entry("refute", Stance.DENY),
      Map.entry("dispute", Stance.DENY), Map.entry("rebut", Stance.DENY),
      Map.entry("accuse", Stance.ACCUSE), Map.entry("blame", Stance.ACCUSE),
      Map.entry("condemn", Stance.CONDEMN), Map.entry("denounce", Stance.CONDEMN),
      Map.entry("learn", Stance.ASSERT), Map.entry("show", Stance.ASSERT),
      Map.entry("find", Stance.ASSERT), Map.entry("indicate", Stance.ASSERT),
      Map.entry("conclude", Stance.ASSERT), Map.entry("contend", Stance.ASSERT),
      Map.entry("caution", Stance.ASSERT), Map.entry("recall", Stance.ASSERT),
      Map.entry("concede", Stance.ASSERT), Map.entry("complain", Stance.ASSERT),
      Map.entry("vow", Stance.ASSERT), Map.entry("pledge", Stance.ASSERT),
      Map.entry("ask", Stance.ASSERT), Map.entry("urge", Stance.ASSERT),
      Map.entry("charge", Stance.ACCUSE), Map.entry("criticize", Stance.CONDEMN),
      Map.entry("criticise", Stance.CONDEMN), Map.entry("slam", Stance.CONDEMN),
      // attitude and reporting verbs (PARC-style attributions of positions and intentions)
      Map.entry("call", Stance.ASSERT), Map.entry("agree", Stance.ASSERT),
      Map.entry("want", Stance.ASSERT), Map.entry("plan", Stance.ASSERT),
      Map.entry("describe", Stance.ASSERT), Map.entry("decline", Stance.ASSERT),
      Map.entry("question", Stance.CLAIM), Map.entry("refuse", Stance.ASSERT),
      Map.entry("mention", Stance.ASSERT), Map.entry("expect", Stance.ASSERT),
      Map.entry("continue", Stance.ASSERT), Map.entry("blast", Stance.CONDEMN),
      Map.entry("attack", Stance.CONDEMN), Map.entry("worry", Stance.ASSERT),
      Map.entry("hope", Stance.ASSERT), Map.entry("fear", Stance.ASSERT),
      Map.entry("propose", Stance.ASSERT), Map.entry("demand", Stance.ASSERT),
      Map.entry("seem", Stance.HEDGE), Map.entry("appear", Stance.HEDGE),
      Map.entry("know", Stance.ASSERT), Map.entry("point", Stance.ASSERT),
      Map.entry("quote", Stance.ASSERT), Map.entry("cite", Stance.ASSERT),
      // positions taken towards someone or something (PolNeAR's attitudes): cues with their
      // object ("endorsed Trump", "praised the deal"), see POSITIONS
      Map.entry("endorse", Stance.ASSERT), Map.entry("praise", Stance.ASSERT),
      Map.entry("hail", Stance.ASSERT), Map.entry("tout", Stance.ASSERT),
      Map.entry("defend", Stance.ASSERT), Map.entry("oppose", Stance.ASSERT),
      // how someone sees something: cues only with "as" ("sees Cruz as a uniter"), see SEEN_AS
      Map.entry("see", Stance.ASSERT), Map.entry("view", Stance.ASSERT),
      Map.entry("regard", Stance.ASSERT), Map.entry("identify", Stance.ASSERT),
      Map.entry("rate", Stance.ASSERT), Map.entry("label", Stance.ASSERT),
      Map.entry("brand", Stance.ASSERT), Map.entry("characterize", Stance.ASSERT),
      Map.entry("characterise", Stance.ASSERT), Map.entry("portray", Stance.ASSERT),
      Map.entry("depict", Stance.ASSERT),
      Map.entry("discuss", Stance.ASSERT), Map.entry("echo", Stance.ASSERT),
      Map.entry("chant", Stance.ASSERT),
      // manners of saying and of condemning that news writes for "said" and "criticised"
      Map.entry("scoff", Stance.ASSERT), Map.entry("quip", Stance.ASSERT),
      Map.entry("joke", Stance.ASSERT), Map.entry("boast", Stance.ASSERT),
      Map.entry("brag", Stance.ASSERT), Map.entry("lament", Stance.ASSERT),
      Map.entry("bemoan", Stance.ASSERT), Map.entry("reiterate", Stance.ASSERT),
      Map.entry("retort", Stance.ASSERT), Map.entry("assure", Stance.ASSERT),
      Map.entry("testify", Stance.ASSERT), Map.entry("speculate", Stance.HEDGE),
      Map.entry("decry", Stance.CONDEMN), Map.entry("deplore", Stance.CONDEMN),
      Map.entry("lambaste", Stance.CONDEMN), Map.entry("lambast", Stance.CONDEMN),
      Map.entry("chastise", Stance.CONDEMN), Map.entry("rebuke", Stance.CONDEMN),
      Map.entry("castigate", Stance.CONDEMN), Map.entry("excoriate", Stance.CONDEMN),
      Map.entry("berate", Stance.CONDEMN));

  /** Verbs of seeing something as something: cues only with an "as" phrase. */
  static final java.util.Set<String> SEEN_AS = java.util.Set.of("see", "view", "regard",
      "identify", "rate", "label", "brand", "characterize", "characterise", "portray", "depict",
      "hail");

  /** Verbs whose object is the position taken: cues with an object as well as with a clause. */
  static final java.util.Set<String> POSITIONS = java.util.Set.of("acknowledge", "describe",
      "endorse", "propose", "praise", "tout", "defend", "oppose", "mention", "discuss",
      "echo", "chant", "question");

  /** Verbs that are cues only with a clausal complement ("found that …", not "found bodies"). */
  static final java.util.Set<String> WEAK = java.util.Set.of("learn", "show", "find", "indicate",
      "conclude", "recall", "ask", "urge", "admit", "acknowledge", "charge", "post", "reveal",
      "predict", "promise", "vow", "pledge", "believe", "think", "estimate", "agree", "want",
      "plan", "decline", "continue", "attack", "worry", "hope", "fear", "seem", "appear", "know",
      "point", "expect", "refuse", "question", "describe", "mention", "propose", "demand",
      "endorse", "praise", "hail", "tout", "defend", "oppose", "see", "view", "regard",
      "identify", "rate", "dispute", "rebut",
      "label", "brand", "characterize", "characterise", "portray", "depict", "discuss", "echo",
      "chant", "scoff", "joke", "boast", "brag", "assure", "testify", "speculate", "lament",
      "bemoan", "maintain");

  /**
   * Verbs of mind: with "I", "we" or "you" inside a quotation ("“I think that's why …”") they
   * hedge the speaker's own words rather than credit another source.
   */
  static final java.util.Set<String> MENTAL = java.util.Set.of("think", "know", "believe",
      "want", "expect", "hope", "fear", "worry", "guess", "feel", "suppose", "seem", "appear");

  /** Nouns for a statement that a possessor made, with the stance each reports. */
  static final Map<String, Stance> NOUNS = Map.ofEntries(
      Map.entry("claim", Stance.CLAIM), Map.entry("assertion", Stance.CLAIM),
      Map.entry("allegation", Stance.ACCUSE), Map.entry("accusation", Stance.ACCUSE),
      Map.entry("charge", Stance.ACCUSE), Map.entry("denial", Stance.DENY),
      Map.entry("statement", Stance.ASSERT), Map.entry("insistence", Stance.ASSERT),
      Map.entry("contention", Stance.ASSERT), Map.entry("argument", Stance.ASSERT),
      Map.entry("suggestion", Stance.HEDGE), Map.entry("warning", Stance.ASSERT),
      Map.entry("announcement", Stance.ASSERT), Map.entry("admission", Stance.ASSERT),
      Map.entry("comment", Stance.ASSERT), Map.entry("remark", Stance.ASSERT),
      Map.entry("promise", Stance.ASSERT), Map.entry("pledge", Stance.ASSERT),
      Map.entry("vow", Stance.ASSERT), Map.entry("conclusion", Stance.ASSERT),
      Map.entry("belief", Stance.HEDGE));

  /**
   * The {@link #HEDGES} by which an outlet passes on what others say without naming them
   * ({@code Attribution.reportedByNoOne} reads the same words).
   */
  static final java.util.Set<String> REPORTED = java.util.Set.of("reportedly", "allegedly",
      "purportedly", "supposedly");

  /** Hedging adverbs: content carrying one is reported with distance. */
  static final java.util.Set<String> HEDGES = java.util.Set.of("reportedly", "allegedly",
      "purportedly", "supposedly", "apparently", "ostensibly");

  private Cues() {}

  static @Nullable Stance verb(String lemma) {
    return VERBS.get(lemma);
  }
}
