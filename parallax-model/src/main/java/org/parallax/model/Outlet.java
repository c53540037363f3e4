package org.parallax.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publisher of articles, as known to the outlet registry.
 *
 * @param id the outlet's registrable domain (e.g. {@code tass.com}), or {@code unknown}
 * @param name display name (e.g. {@code TASS})
 * @param country ISO 3166-1 alpha-2 code of the home country, or null when not known
 * @param kind what kind of organisation it is
 * @param aliases other names and bylines by which text refers to it ({@code /TASS/}, {@code ТАСС})
 * @param factuality Media Bias/Fact Check factuality label, or null
 * @param bias Media Bias/Fact Check bias label, or null
 */
public record Outlet(
    String id,
    String name,
    @Nullable String country,
    OutletKind kind,
    List<String> aliases,
    @Nullable String factuality,
    @Nullable String bias) {

  /** The id of the outlet used when an article names none and no domain is known. */
  public static final String UNKNOWN_ID = "unknown";

  public Outlet {
    if (id.isBlank()) {
      throw new IllegalArgumentException("outlet id must not be blank");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("outlet name must not be blank (id " + id + ")");
    }
    aliases = List.copyOf(aliases);
  }

  /** An outlet not in the registry, known only by its domain (or {@link #UNKNOWN_ID}). */
  public static Outlet unregistered(String domain) {
    return new Outlet(domain, domain, null, OutletKind.UNKNOWN, List.of(), null, null);
  }
}
