/**
 * The Parallax domain model: immutable records validated in their compact constructors, and the
 * small interfaces that stages implement. Offsets are character offsets into an article's {@code
 * text}, half-open {@code [begin, end)}.
 */
@NullMarked
package org.parallax.model;

import org.jspecify.annotations.NullMarked;
