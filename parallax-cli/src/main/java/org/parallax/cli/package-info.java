/** The {@code parallax} command line. */
@NullMarked
package org.parallax.cli;

import org.jspecify.annotations.NullMarked;
