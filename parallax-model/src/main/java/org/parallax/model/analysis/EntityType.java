package org.parallax.model.analysis;

/** The kinds of entities Parallax resolves. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  /** Countries, cities, regions, seats of power. */
  LOCATION,
  /** Armed groups, movements, nationalities and other groups of people. */
  GROUP,
  MISC
}
