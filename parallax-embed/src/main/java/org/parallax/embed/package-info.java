/**
 * Sentence embeddings: {@link org.parallax.embed.SentenceEmbedder} turns text into unit vectors
 * whose dot product is their cosine similarity. ONNX Runtime and the tokenizer stay inside this
 * package.
 */
@NullMarked
package org.parallax.embed;

import org.jspecify.annotations.NullMarked;
