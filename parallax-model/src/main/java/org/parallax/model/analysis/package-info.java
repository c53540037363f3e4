/**
 * What analysis finds in one article: resolved entities with their spelling variants, temporal
 * expressions normalised against the publication date, and attributions with their chains.
 * Offsets are into {@code Article.text}, half-open.
 */
@NullMarked
package org.parallax.model.analysis;

import org.jspecify.annotations.NullMarked;
