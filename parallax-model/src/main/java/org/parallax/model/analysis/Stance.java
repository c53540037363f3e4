package org.parallax.model.analysis;

/** What the source does with the content it is credited with. */
public enum Stance {
  /** States it ("said", "told", "announced"). */
  ASSERT,
  /** Denies or rejects it ("denied", "rejected"). */
  DENY,
  /** Accuses someone ("accused", "blamed"). */
  ACCUSE,
  /** Condemns ("condemned", "denounced"). */
  CONDEMN,
  /** Claims it, a verb that distances the reporter ("claimed", "alleged"). */
  CLAIM,
  /** Reported with a hedge ("reportedly", "allegedly", "may have"). */
  HEDGE
}
