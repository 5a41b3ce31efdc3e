package io.newsflow.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, 4-byte big-endian schema id, then the Avro binary encoding.
 */
public final class ConfluentWireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {
    }

    /** The schema id of a framed record; throws with a reason an operator can act on when the bytes are not framed. */
    public static int schemaId(String topic, byte[] bytes) {
        if (bytes == null || bytes.length < HEADER_SIZE) {
            throw new SerializationException("Not Confluent Avro on topic " + topic + ": "
                    + (bytes == null ? "null value" : bytes.length + " bytes, shorter than the 5-byte header"));
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("Not Confluent Avro on topic %s: magic byte 0x%02x, expected 0x00",
                    topic, bytes[0] & 0xff));
        }
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }

    public static ByteBuffer header(int schemaId, int payloadSizeHint) {
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_SIZE + payloadSizeHint);
        buffer.put(MAGIC_BYTE).putInt(schemaId);
        return buffer;
    }
}
