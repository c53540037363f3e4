package org.parallax.model.nlp;

/**
 * One token.
 *
 * @param index position in its sentence, from 0
 * @param begin first character in the text, inclusive
 * @param end last character, exclusive
 * @param word the token as written
 * @param lemma dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner the toolkit's entity tag ({@code PERSON}, {@code LOCATION}, {@code DATE}, … or
 *     {@code O})
 */
public record Token(int index, int begin, int end, String word, String lemma, String pos,
    String ner) {
  public Token {
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException("token needs index >= 0 and 0 <= begin <= end, got index="
          + index + ", begin=" + begin + ", end=" + end);
    }
  }

  /** Whether this is a verb (any VB* tag). */
  public boolean isVerb() {
    return pos.startsWith("VB");
  }
}
