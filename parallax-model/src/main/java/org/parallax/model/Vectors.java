package org.parallax.model;

/** Dense float vectors (sentence embeddings): cosine of unit vectors and scaling to unit length. */
public final class Vectors {
  private Vectors() {}

  /** The cosine of two unit vectors (their dot product); 0 when either is zero. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length
          + " dimensions cannot be compared");
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** {@code v} scaled to unit length (in place, and returned); the zero vector stays zero. */
  public static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }
}
