package io.newsflow.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DateDevSetTest {
    private static final Path DEV_SET = Path.of("src/test/resources/devset-dates");

    @Test
    void printsScores() {
        DateScorer.Report report = new DateScorer().score(DEV_SET);
        report.print(System.out, true);
    }
}
