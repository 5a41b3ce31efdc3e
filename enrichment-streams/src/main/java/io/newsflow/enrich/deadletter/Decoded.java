package io.newsflow.enrich.deadletter;

/** Either a value the next stage can use, or the dead letter saying why there is none. */
public record Decoded<T>(T value, DeadLetter deadLetter) {
    public static <T> Decoded<T> ok(T value) {
        return new Decoded<>(value, null);
    }

    public static <T> Decoded<T> failed(DeadLetter deadLetter) {
        return new Decoded<>(null, deadLetter);
    }

    public boolean isFailed() {
        return deadLetter != null;
    }
}
