/**
 * Analysis of one article on top of a {@link org.parallax.model.nlp.TextParser}: {@link
 * org.parallax.analysis.TimeResolver}, entity resolution against the gazetteer, attribution
 * chains. Start at {@link org.parallax.analysis.Analyzer}.
 */
@NullMarked
package org.parallax.analysis;

import org.jspecify.annotations.NullMarked;
