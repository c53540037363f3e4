/**
 * What an NLP toolkit gives Parallax, as our own records: sentences, tokens with part of speech,
 * lemma and entity tag, named and temporal spans, and dependency edges for the sentences that
 * needed them. The CoreNLP adapter produces these; nothing else sees CoreNLP.
 */
@NullMarked
package org.parallax.model.nlp;

import org.jspecify.annotations.NullMarked;
