package org.parallax.story;

/**
 * Disjoint sets over {@code 0..size-1}, growing one element at a time; {@link #union} makes the
 * smaller root the root (deterministic), {@link #attach} a chosen one.
 */
public final class UnionFind {
  private int[] parent;
  private int size;

  /** An empty forest; {@link #add} grows it. */
  public UnionFind() {
    this(0);
  }

  public UnionFind(int n) {
    parent = new int[Math.max(16, n)];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    size = n;
  }

  /** Adds a set of its own and returns its element. */
  public int add() {
    if (size == parent.length) {
      parent = java.util.Arrays.copyOf(parent, size * 2);
    }
    parent[size] = size;
    return size++;
  }

  /** The root of {@code i}'s set. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}. */
  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Joins {@code other}'s set into {@code keep}'s, whose root stays the root. */
  public void attach(int keep, int other) {
    int rk = find(keep);
    int ro = find(other);
    if (rk != ro) {
      parent[ro] = rk;
    }
  }
}
