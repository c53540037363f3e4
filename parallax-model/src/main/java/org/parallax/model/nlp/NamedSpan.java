package org.parallax.model.nlp;

import org.jspecify.annotations.Nullable;

/**
 * A span the toolkit recognised: an entity mention or a temporal expression.
 *
 * @param sentence index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token, inclusive
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text
 * @param type {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}, {@code DATE},
 *     {@code TIME}, {@code DURATION}, {@code SET}, …
 * @param timexValue the TIMEX3 value of a temporal span as the toolkit gave it (may be
 *     underspecified, e.g. {@code XXXX-09}), else null
 * @param timexAltValue the toolkit's alternative (relative) value, e.g. {@code THIS P1Y OFFSET
 *     P-1Y}, else null
 */
public record NamedSpan(int sentence, int firstToken, int lastToken, int begin, int end,
    String text, String type, @Nullable String timexValue, @Nullable String timexAltValue) {

  public boolean isTemporal() {
    return type.equals("DATE") || type.equals("TIME") || type.equals("DURATION")
        || type.equals("SET");
  }
}
