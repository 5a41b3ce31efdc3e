package io.newsflow.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class ContentFingerprintTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> equivalentBodies() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("The talks \u201cended\u201d on Saturday.", "the talks \"ended\" on saturday"),
                org.junit.jupiter.params.provider.Arguments.of("Line one.\n\nLine   two.", "line one line two"),
                org.junit.jupiter.params.provider.Arguments.of("\ufb01nal \uff21\uff22\uff23 \u2014 done", "final abc done"),
                org.junit.jupiter.params.provider.Arguments.of("  leading and trailing  ", "leading and trailing"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("equivalentBodies")
    void normalisationFoldsCaseQuotesWhitespaceAndCompatibilityForms(String body, String expected) {
        assertThat(ContentFingerprint.normalise(body)).isEqualTo(expected.replace("\"", "").trim())
                .isEqualTo(ContentFingerprint.normalise(expected));
    }

    @Test
    void sameStoryInOtherChromeHashesTheSameAndAnEditDoesNot() {
        String story = "Russia and Turkey opened a joint centre.\n\nIt began work on Saturday.";
        assertThat(ContentFingerprint.of(story)).isEqualTo(ContentFingerprint.of(story.replace("\n\n", "\r\n") + "\n"))
                .hasSize(64);
        assertThat(ContentFingerprint.of(story)).isNotEqualTo(ContentFingerprint.of(story.replace("Saturday", "Sunday")));
    }

    @Test
    void partitionIsStableAndInRange() {
        String fingerprint = ContentFingerprint.of("some body");
        for (int partitions = 1; partitions <= 12; partitions++) {
            int p = ContentFingerprint.partition(fingerprint, partitions);
            assertThat(p).isBetween(0, partitions - 1).isEqualTo(ContentFingerprint.partition(fingerprint, partitions));
        }
    }
}
