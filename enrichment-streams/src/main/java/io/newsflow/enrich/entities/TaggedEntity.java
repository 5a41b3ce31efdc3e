package io.newsflow.enrich.entities;

import java.util.List;

/**
 * An entity an article mentions.
 *
 * @param id        kind in lower case, ':' and the slug of the canonical name, e.g. {@code person:vladimir-putin}
 * @param canonical the name every surface form resolves to ("Putin" → "Vladimir Putin")
 * @param text      the first surface form (in the body; in the title when the body never names it)
 * @param mentions  body mentions in text order; empty when only the title names the entity
 * @param salient   named in the title or in the body's first paragraph
 */
public record TaggedEntity(String id, String canonical, EntityKind kind, String text, List<Mention> mentions,
                           boolean salient) {
    public TaggedEntity {
        mentions = List.copyOf(mentions);
    }
}
