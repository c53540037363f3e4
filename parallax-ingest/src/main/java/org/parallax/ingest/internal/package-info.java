/** Implementation details of the readers; not API. */
@NullMarked
package org.parallax.ingest.internal;

import org.jspecify.annotations.NullMarked;
