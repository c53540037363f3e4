/**
 * Stories across outlets: {@link org.parallax.story.StoryLinker} links analysed articles into
 * stories (one real-world event and its reports) and storylines (related stories of one
 * narrative over months), incrementally, with blocking instead of an all-pairs pass; {@link
 * org.parallax.story.Comparison} lines the outlets of a story up against each other: timeline,
 * claim groups, framing by actor and voice, sourcing.
 */
@NullMarked
package org.parallax.story;

import org.jspecify.annotations.NullMarked;
