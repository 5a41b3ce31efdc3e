package io.newsflow.enrich.tagging;

import io.newsflow.enrich.dates.DateMention;
import io.newsflow.enrich.dates.DateTagger;
import io.newsflow.enrich.entities.EntityTagger;
import io.newsflow.enrich.entities.TaggedEntity;
import io.newsflow.schema.DateTag;
import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.EnrichedArticle;
import io.newsflow.schema.EntityMention;
import io.newsflow.schema.EntityTag;
import io.newsflow.schema.EntityType;
import io.newsflow.schema.Provenance;
import io.newsflow.schema.RawArticle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Tags one article with entities and dates and builds the EnrichedArticle. Stateless and thread-safe. */
public final class ArticleEnricher {
    private final EntityTagger entities;
    private final DateTagger dates;
    private final Clock clock;

    public ArticleEnricher(EntityTagger entities, DateTagger dates, Clock clock) {
        this.entities = entities;
        this.dates = dates;
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle article, DedupVerdict verdict) {
        List<EntityTag> entityTags = entities.tag(article.getTitle(), article.getBody()).stream()
                .map(ArticleEnricher::toAvro).toList();
        // The reference date (a caption's date) only matters when the page states no publication date.
        List<DateTag> dateTags = dates.tag(article.getBody(), publicationDate(article), referenceDate(article)).stream()
                .map(ArticleEnricher::toAvro).toList();
        Provenance provenance = Provenance.newBuilder(article.getProvenance()).setEnrichedAt(clock.instant()).build();
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getArticleId())
                .setTitle(article.getTitle())
                .setBody(article.getBody())
                .setPublishedDate(article.getPublishedDate())
                .setUpdatedDate(article.getUpdatedDate())
                .setSource(article.getSource())
                .setByline(article.getByline())
                .setLanguage(article.getLanguage())
                .setEntities(entityTags)
                .setDates(dateTags)
                .setDedup(verdict)
                .setProvenance(provenance)
                .build();
    }

    /** The anchor for relative dates: the stated publication date, else none (the tagger then leaves them out). */
    static LocalDate publicationDate(RawArticle article) {
        return isoDate(article.getPublishedDate());
    }

    /**
     * The latest full date the extractor saw on the article (captions, datelines), which the tagger falls back on
     * when there is no publication date; null in records written before the field existed.
     */
    static LocalDate referenceDate(RawArticle article) {
        return isoDate(article.getReferenceDate());
    }

    private static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static EntityTag toAvro(TaggedEntity entity) {
        return EntityTag.newBuilder()
                .setId(entity.id())
                .setCanonical(entity.canonical())
                .setType(EntityType.valueOf(entity.kind().name()))
                .setText(entity.text())
                .setMentions(entity.mentions().stream()
                        .map(m -> EntityMention.newBuilder().setText(m.text()).setStart(m.start()).setEnd(m.end()).build())
                        .toList())
                .setMentionCount(entity.mentions().size())
                .setSalient(entity.salient())
                .build();
    }

    private static DateTag toAvro(DateMention date) {
        return DateTag.newBuilder().setText(date.text()).setValue(date.value()).setStart(date.start()).setEnd(date.end())
                .setRelative(date.relative()).build();
    }
}
