package io.newsflow.registry;

/** A registry call failed; the message names the URL, the subject or id, and what the registry said. */
public class SchemaRegistryException extends RuntimeException {
    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** HTTP status, or -1 when the registry could not be reached. */
    public int status() {
        return status;
    }

    /** Confluent error_code from the response body (e.g. 40401 subject not found, 409 incompatible), or -1. */
    public int errorCode() {
        return errorCode;
    }

    /** True when retrying may help: unreachable, 5xx, 429. */
    public boolean retriable() {
        return status == -1 || status >= 500 || status == 429;
    }
}
