/** Evaluation of Parallax stages on real annotated data ({@code parallax eval}). */
@NullMarked
package org.parallax.eval;

import org.jspecify.annotations.NullMarked;
