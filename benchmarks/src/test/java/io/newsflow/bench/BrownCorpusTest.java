package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrownCorpusTest {
    @Test
    void untagsTokensIntoReadableParagraphs() {
        String tagged = "\n\n\tThe/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Friday/nr ``/`` no/at "
                + "evidence/nn ''/'' was/bedz found/vbn ,/, it/pps did/dod n't/* say/vb ./.\n\n\n\tSecond/od one/cd ./.\n";
        List<String> paragraphs = BrownCorpus.paragraphs(tagged);
        assertThat(paragraphs).containsExactly(
                "The Fulton County Grand Jury said Friday \" no evidence \" was found, it didn't say.", "Second one.");
    }
}
