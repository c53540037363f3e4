package org.parallax.ingest.internal;

import org.jsoup.nodes.Element;

/**
 * A run of text between block boundaries in a page, with how much of it is link text.
 *
 * @param text the collapsed text
 * @param linkChars characters of {@code text} that sit inside links
 * @param block the nearest block element that holds the run
 */
record Segment(String text, int linkChars, Element block) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
