package io.newsflow.enrich.dedup;

import io.newsflow.schema.DedupVerdict;
import io.newsflow.schema.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An article with its verdict on the internal topic between the single-partition dedup step and the parallel
 * tagging: plain Avro binary of the two records, no registry (only this application reads that topic; drain it
 * before an upgrade that changes RawArticle or DedupVerdict).
 */
public final class DedupResultSerde implements Serde<DedupResult> {
    private final SpecificDatumWriter<RawArticle> articleWriter = new SpecificDatumWriter<>(RawArticle.class);
    private final SpecificDatumWriter<DedupVerdict> verdictWriter = new SpecificDatumWriter<>(DedupVerdict.class);
    private final SpecificDatumReader<RawArticle> articleReader = new SpecificDatumReader<>(RawArticle.class);
    private final SpecificDatumReader<DedupVerdict> verdictReader = new SpecificDatumReader<>(DedupVerdict.class);

    @Override
    public Serializer<DedupResult> serializer() {
        return (topic, result) -> {
            if (result == null) {
                return null;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
                articleWriter.write(result.article(), encoder);
                verdictWriter.write(result.verdict(), encoder);
                encoder.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<DedupResult> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
                return new DedupResult(articleReader.read(null, decoder), verdictReader.read(null, decoder));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
