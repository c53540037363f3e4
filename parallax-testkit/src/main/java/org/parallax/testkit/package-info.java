/** Helpers shared by the tests of every module. */
@NullMarked
package org.parallax.testkit;

import org.jspecify.annotations.NullMarked;
