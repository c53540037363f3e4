package org.parallax.model.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened (or is said, denied or planned to happen), of one of a closed set of
 * types (see docs/CODEBOOK.md).
 *
 * @param id {@code e1}, {@code e2}, … in text order of the trigger
 * @param type what kind of event
 * @param trigger the word or words that name it ("severed", "the severing", "meeting")
 * @param participants who or what takes part, by role
 * @param time the temporal expression that dates it, or null when the text does not say
 *     (unknown)
 * @param negated whether the text says it did not happen ("did not attack")
 * @param modality whether it is reported as having happened, as possible or as intended
 * @param attribution the attribution whose content reports it, or null when the outlet
 *     asserts it in its own narration
 */
public record Event(String id, Type type, Span trigger, List<Participant> participants,
    @Nullable TimeExpression time, boolean negated, Modality modality,
    @Nullable String attribution) {
  public Event {
    participants = List.copyOf(participants);
  }

  /** Event types, after PLOVER's, narrowed to what contested international news reports. */
  public enum Type {
    /** Says another did wrong: "accused Kyiv of supporting terrorist groups". */
    ACCUSE,
    /** Expresses disapproval: "strongly condemned the government's support". */
    CONDEMN,
    /** Says something is not so: "denied purchasing drones". */
    DENY,
    /** Asks for something with insistence: "demanded the withdrawal of troops". */
    DEMAND,
    /** Warns of harm to come: "threatened to close the border". */
    THREATEN,
    /** Public protest: "thousands protested in the capital". */
    PROTEST,
    /** Ends or suspends diplomatic ties: "severed diplomatic relations with Ukraine". */
    SEVER_RELATIONS,
    /** Meets or holds talks: "a meeting in Moscow", "held talks with". */
    MEET,
    /** Agrees or signs an agreement: "signed a defence pact". */
    AGREE,
    /** Gives support, aid or supplies: "supplied them with military equipment". */
    SUPPORT,
    /** Trains or instructs people: "trained fighters in drone warfare". */
    TRAIN,
    /** Sends forces or equipment somewhere: "deployed troops to the border". */
    DEPLOY,
    /** Uses force: attacks, strikes, shootings, bombings, killings, fighting. */
    ATTACK,
    /** Takes control of a place, person or thing by force: "captured the town". */
    SEIZE,
    /** Arrests or detains: "police arrested the suspect". */
    ARREST,
    /** Imposes sanctions or embargoes: "sanctioned three banks". */
    SANCTION,
    /** Appoints, hires or elects someone to a post: "named him coach". */
    APPOINT,
    /** Dismisses or removes someone from a post, or resigns: "fired the coach". */
    DISMISS,
    /** Buys or takes over a company or asset: "agreed to acquire the firm". */
    ACQUIRE,
    /** A natural or industrial disaster: "an earthquake struck". */
    DISASTER;

    /**
     * Whether events of this type happen at a place, which names them and tells them apart: an
     * attack, a disaster, a protest ("the El Paso shooting"; two reports of a shooting in one
     * town on one day are one).
     */
    public boolean placed() {
      return this == ATTACK || this == DISASTER || this == PROTEST;
    }
  }

  /** Whether an event is reported as real, possible or intended. */
  public enum Modality {
    /** Reported as having happened or happening. */
    ASSERTED,
    /** Under a modal of possibility or condition: "could attack", "if they sign". */
    POSSIBLE,
    /** Planned, promised, threatened or in the future: "will meet", "plans to deploy". */
    FUTURE
  }

  /**
   * One participant.
   *
   * @param role its role in the event
   * @param entity the entity id it resolves to (a capital or "the Kiev regime" gives the
   *     government's entity), or null for a description that names no entity ("the militants")
   * @param span where the text names it
   */
  public record Participant(Role role, @Nullable String entity, Span span) {}

  /** Participant roles. */
  public enum Role {
    /** Who does it. */
    ACTOR,
    /** Who or what it is done to or with. */
    TARGET,
    /** Where it happens. */
    LOCATION
  }
}
