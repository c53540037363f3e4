package org.parallax.model.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Who said what: a source, a cue and a content, inside an article.
 *
 * @param id {@code a1}, {@code a2}, … in text order of the cue
 * @param parent the attribution whose content holds this one ("the newspaper quoted sources as
 *     saying …": the sources' attribution is the child of the newspaper's), or null when the
 *     article itself (the outlet) carries it
 * @param source who is credited
 * @param cue the words that credit ("said", "according to", "quoted … as saying")
 * @param content what is credited
 * @param direct whether the content is a direct quotation
 * @param stance what the source does with the content
 */
public record Attribution(String id, @Nullable String parent, Source source, Span cue,
    Span content, boolean direct, Stance stance) {

  /**
   * Whether nobody is credited: the outlet's own hedge ("Melania seems to have vanished"), whose
   * content is still the outlet's narration.
   */
  public boolean unsourced() {
    return source.span() == null && source.entity() == null;
  }

  /**
   * The credited source.
   *
   * @param span where the text names it, or null when implicit
   * @param entity the id of the entity it resolves to, or null when it is a description that
   *     names no entity ("military experts", "sources linked to the Ukrainian intelligence")
   */
  public record Source(@Nullable Span span, @Nullable String entity) {}
}
