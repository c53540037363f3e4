package org.parallax.model;

import java.util.Locale;

/** What kind of organisation publishes an outlet, as recorded in the outlet registry. */
public enum OutletKind {
  /** A state-owned news agency (TASS, Xinhua, Ukrinform). */
  STATE_AGENCY("state-agency"),
  /** State-funded or state-controlled media that is not an agency (RT, CGTN). */
  STATE_AFFILIATED("state-affiliated"),
  /** An editorially independent public service broadcaster (BBC, Deutsche Welle). */
  PUBLIC_BROADCASTER("public-broadcaster"),
  /** A wire service that is not state-owned (Reuters, AP, AFP). */
  AGENCY("agency"),
  /** A privately owned outlet. */
  PRIVATE("private"),
  /** A non-profit outlet. */
  NONPROFIT("nonprofit"),
  /** Not in the registry. */
  UNKNOWN("unknown");

  private final String label;

  OutletKind(String label) {
    this.label = label;
  }

  /** The registry's spelling, e.g. {@code state-agency}. */
  public String label() {
    return label;
  }

  /**
   * Parses a registry spelling such as {@code state-affiliated}.
   *
   * @throws IllegalArgumentException naming the allowed values when {@code label} is none of them
   */
  public static OutletKind fromLabel(String label) {
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (OutletKind kind : values()) {
      if (kind.label.equals(wanted)) {
        return kind;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (OutletKind kind : values()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(kind.label);
    }
    throw new IllegalArgumentException(
        "outlet kind must be one of " + allowed + ", got '" + label + "'");
  }
}
