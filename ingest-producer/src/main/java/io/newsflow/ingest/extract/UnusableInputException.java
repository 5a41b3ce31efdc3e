package io.newsflow.ingest.extract;

/**
 * The page cannot yield an article. The message is a short human reason ("empty file",
 * "binary content (NUL bytes)", ...) meant for dead-letter headers and logs, without the file name.
 */
public final class UnusableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnusableInputException(String reason) {
        super(reason);
    }
}
