/**
 * The CoreNLP adapter: {@link org.parallax.corenlp.CoreNlpParser} runs the pipeline and returns
 * {@link org.parallax.model.nlp.ParsedText}. CoreNLP's own types never leave this package.
 */
@NullMarked
package org.parallax.corenlp;

import org.jspecify.annotations.NullMarked;
