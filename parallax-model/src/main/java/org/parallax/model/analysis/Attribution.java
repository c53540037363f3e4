package org.parallax.model.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who said what: a source, a cue and a content, inside an article.
 *
 * @param id {@code a1}, {@code a2}, … in text order of the cue
 * @param parent the attribution whose content holds this one ("the newspaper quoted sources as
 *     saying …": the sources' attribution is the child of the newspaper's), or null when the
 *     article itself (the outlet) carries it
 * @param source who is credited
 * @param cue the words that credit ("said", "according to", "quoted … as saying")
 * @param content what is credited: from its first word to its last, the cue between them when
 *     the cue interrupts it ("“A,” she said. “B.”"; see {@code contentParts})
 * @param direct whether the content is a direct quotation
 * @param stance what the source does with the content
 * @param contentParts the stretches of the content that are the source's: one, equal to {@code
 *     content}, or several when the cue's clause interrupts the content ("“A,” she said. “B.”",
 *     "A, he said, B")
 */
public record Attribution(String id, @Nullable String parent, Source source, Span cue,
    Span content, boolean direct, Stance stance, List<Span> contentParts) {

  public Attribution {
    contentParts = contentParts == null || contentParts.isEmpty() ? List.of(content)
        : List.copyOf(contentParts);
  }

  /** An attribution whose content is one stretch of text. */
  public Attribution(String id, @Nullable String parent, Source source, Span cue, Span content,
      boolean direct, Stance stance) {
    this(id, parent, source, cue, content, direct, stance, List.of(content));
  }

  /** Whether {@code [begin, end)} lies inside one of the content's parts. */
  public boolean contentHolds(int begin, int end) {
    for (Span p : contentParts) {
      if (p.begin() <= begin && end <= p.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code span} lies inside one of the content's parts. */
  public boolean contentHolds(Span span) {
    return contentHolds(span.begin(), span.end());
  }

  /** The content's words: its parts joined by " … " (the cue between them left out). */
  public String contentText() {
    return String.join(" … ", contentParts.stream().map(Span::text).toList());
  }

  /**
   * Whether the cue says the source did not say it: "its sources did not allege that …", "would
   * not say whether …", "never claimed", "did not deny", "cannot confirm"; or refused to
   * ("refused to confirm that …", "declined to say whether …"). The content is then not the
   * source's claim (nor, after "did not deny", its denial), though the text still tells it.
   */
  public boolean negated() {
    if (NEGATED_CUE.matcher(cue.text()).find()) {
      return true;
    }
    // the refusal is the cue's own verb, not one inside what was said ("said Moscow refused to
    // discuss a ceasefire" is said)
    java.util.regex.Matcher m = REFUSAL.matcher(cue.text());
    return m.find() && (m.group(1) != null || REFUSED.matcher(content.text()).lookingAt());
  }

  /**
   * Whether the cue puts the saying ahead of the text or asks for it: "will announce", "should
   * explain", "must answer", "also will say" ("Now they will say we blew up our own dam", "the
   * government should explain why …"). The source has not said the content (yet): it is the
   * words of whoever tells it. Not "would", which news also uses for speech told in the past
   * ("she would later say"), nor "must have said", nor "I will say", "we must say" (said there
   * and then). The cue holds the auxiliaries right before its verb only: "is going to say" and
   * "has to explain" are not read.
   */
  public boolean notYetSaid() {
    if (!NOT_YET.matcher(cue.text()).lookingAt()) {
      return false;
    }
    // "I will just say …", "I must say …", "I'll tell you what …": said there and then
    String who = source.span() == null ? "" : source.span().text();
    return !who.matches("(?i)I|we");
  }

  private static final java.util.regex.Pattern NOT_YET = java.util.regex.Pattern.compile(
      "(?i)(?:(?:also|still|just|now|then|\\w+ly)\\s+)?(?:will|shall|[’']ll|should"
      + "|must(?!\\s+have\\b))\\b");

  private static final java.util.regex.Pattern NEGATED_CUE =
      java.util.regex.Pattern.compile("(?i)\\b(?:not|never|cannot)\\b|n[’']t\\b");
  /** "refused to confirm", "declined to say whether": a refusal of speech is no speech. */
  private static final String SPEAK = "to\\s+(?:\\w+ly\\s+)?(?:confirm|say|comment|discuss"
      + "|disclose|reveal|specify|elaborate|name|identify|answer|speculate|explain|divulge"
      + "|testify"
      // a reply, not an act: "declined to respond to questions", not "to respond militarily"
      + "|respond\\s+to\\s+(?:(?:a|an|the|several|repeated|multiple|our|my|his|her|their)\\s+)?"
      + "(?:questions?|requests?|inquir\\w+|quer\\w+|messages?|e-?mails?|calls?|comment))\\b";
  /** The cue's verb of refusal, with (group 1) its "to say" when the cue holds it. */
  private static final java.util.regex.Pattern REFUSAL = java.util.regex.Pattern.compile(
      "(?i)\\b(?:refus|declin)\\w*(\\s+" + SPEAK
          + "(?:\\s+(?:on|about|of|for|against|to))?)?$");
  private static final java.util.regex.Pattern REFUSED =
      java.util.regex.Pattern.compile("(?i)" + SPEAK);

  /**
   * Whether nobody is credited: the outlet's own hedge ("Melania seems to have vanished"), whose
   * content is still the outlet's narration.
   */
  public boolean unsourced() {
    return source.span() == null && source.entity() == null;
  }

  /**
   * Whether the outlet passes on, without naming anyone, what others say: an unsourced
   * attribution cued by "reportedly", "allegedly", "purportedly" or "supposedly" ("The FBI is
   * reportedly preparing …"). Unlike the outlet's own hedge ("seems"), its content is reported,
   * not narrated: an unnamed source's.
   */
  public boolean reportedByNoOne() {
    return unsourced() && REPORTED.matcher(cue.text()).matches();
  }

  private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
      "(?i)reportedly|allegedly|purportedly|supposedly");

  /**
   * The credited source.
   *
   * @param span where the text names it, or null when implicit
   * @param entity the id of the entity it resolves to, or null when it is a description that
   *     names no entity ("military experts", "sources linked to the Ukrainian intelligence")
   * @param refersTo for a "they" that stands for no one entity, the noun phrase it stands for
   *     ("the authorities of Burkina Faso, Mali and Niger sent a letter … in which they
   *     condemned …"), else null
   */
  public record Source(@Nullable Span span, @Nullable String entity, @Nullable Span refersTo) {
    /** A source that is no pronoun standing for a phrase. */
    public Source(@Nullable Span span, @Nullable String entity) {
      this(span, entity, null);
    }

    /** The source as a reader should see it: "they (the authorities of Mali and Niger)". */
    public @Nullable String text() {
      if (span == null) {
        return null;
      }
      return refersTo == null ? span.text() : span.text() + " (" + refersTo.text() + ")";
    }
  }
}
