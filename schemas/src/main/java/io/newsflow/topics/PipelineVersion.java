package io.newsflow.topics;

/** The version stamped into every record's provenance: the jar's Implementation-Version, or "dev" from an IDE. */
public final class PipelineVersion {
    private PipelineVersion() {
    }

    public static String current() {
        String version = PipelineVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
