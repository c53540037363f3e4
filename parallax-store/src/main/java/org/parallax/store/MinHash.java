package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * MinHash signatures over word 5-shingles, for near-duplicate detection with locality-sensitive
 * hashing: {@value #BANDS} bands of {@value #ROWS} rows, so pairs with Jaccard similarity around
 * 0.5 and above meet in some band.
 */
public final class MinHash {
  public static final int BANDS = 16;
  public static final int ROWS = 4;
  public static final int SIZE = BANDS * ROWS;
  private static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /** The signature of {@code text}; all {@code Long.MAX_VALUE} for a text without words. */
  public static long[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    String[] w = Arrays.stream(words).filter(x -> !x.isEmpty()).toArray(String[]::new);
    if (w.length == 0) {
      return sig;
    }
    for (int i = 0; i < Math.max(1, w.length - SHINGLE + 1); i++) {
      String shingle = String.join(" ", Arrays.copyOfRange(w, i, Math.min(w.length, i + SHINGLE)));
      long h = hash(shingle);
      for (int k = 0; k < SIZE; k++) {
        long v = mix(h ^ SEEDS[k]);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** The fraction of equal positions: an estimate of the Jaccard similarity of the shingles. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** The LSH bucket of band {@code band}. */
  public static long bucket(long[] sig, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h * 31 + sig[band * ROWS + r]);
    }
    return h;
  }

  public static String encode(long[] sig) {
    StringBuilder sb = new StringBuilder(SIZE * 17);
    for (int i = 0; i < sig.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(Long.toHexString(sig[i]));
    }
    return sb.toString();
  }

  public static long[] decode(String s) {
    String[] parts = s.split(",");
    if (parts.length != SIZE) {
      throw new IllegalArgumentException("MinHash signature must have " + SIZE + " values, got "
          + parts.length);
    }
    long[] sig = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = Long.parseUnsignedLong(parts[i], 16);
    }
    return sig;
  }

  /** A 64-bit hash of a string (FNV-1a over UTF-8, then mixed). */
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
