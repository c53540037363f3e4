package org.parallax.model.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A temporal expression, normalised against the article's publication date.
 *
 * @param begin first character, inclusive
 * @param end last character, exclusive
 * @param text the covered text ("in September", "last year")
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET} (TIMEX3 types)
 * @param value TIMEX3 value: ISO date, possibly partial ({@code 2023-11}, {@code 2024-09}), a
 *     duration ({@code P2Y}) or a set; when unresolved, the underspecified value ({@code
 *     XXXX-WXX-4}) or null
 * @param resolved whether {@code value} is a complete calendar value or duration
 * @param reason why it is unresolved ("no publication date to anchor 'Thursday'"), or null
 */
public record TimeExpression(int begin, int end, String text, String type, @Nullable String value,
    boolean resolved, @Nullable String reason) {}
