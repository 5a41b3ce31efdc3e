package io.newsflow.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Architecture rules as tests (the Debezium way): stages stay independent, shared code stays at the bottom. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.newsflow");

    static final ArchRule sharedContractDependsOnNoStage = noClasses()
            .that().resideInAnyPackage("io.newsflow.schema..", "io.newsflow.serde..", "io.newsflow.registry..",
                    "io.newsflow.topics..", "io.newsflow.content..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
                    "io.newsflow.sink..", "io.newsflow.platform..", "io.newsflow.cli..");

    static final ArchRule stagesDoNotDependOnEachOther = noClasses()
            .that().resideInAnyPackage("io.newsflow.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.enrich..", "io.newsflow.sink..", "io.newsflow.cli..");

    static final ArchRule enrichmentIsIndependentOfOtherStages = noClasses()
            .that().resideInAnyPackage("io.newsflow.enrich..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.sink..",
                    "io.newsflow.platform..", "io.newsflow.cli..");

    static final ArchRule sinkIsIndependentOfOtherStages = noClasses()
            .that().resideInAnyPackage("io.newsflow.sink..")
            .should().dependOnClassesThat().resideInAnyPackage("io.newsflow.ingest..", "io.newsflow.enrich..",
                    "io.newsflow.platform..", "io.newsflow.cli..");

    static final ArchRule taggersDoNotTouchKafka = noClasses()
            .that().resideInAnyPackage("io.newsflow.enrich.entities..", "io.newsflow.enrich.dates..", "io.newsflow.ingest.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..");

    static final ArchRule noGrabBagClasses = noClasses()
            .should().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
            .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Manager");

    @Test
    void sharedContractDependsOnNoStage() {
        sharedContractDependsOnNoStage.check(CLASSES);
    }

    @Test
    void ingestDependsOnNoOtherStage() {
        stagesDoNotDependOnEachOther.check(CLASSES);
    }

    @Test
    void enrichmentDependsOnNoOtherStage() {
        enrichmentIsIndependentOfOtherStages.check(CLASSES);
    }

    @Test
    void sinkDependsOnNoOtherStage() {
        sinkIsIndependentOfOtherStages.check(CLASSES);
    }

    @Test
    void taggersAndExtractorArePlainJava() {
        taggersDoNotTouchKafka.check(CLASSES);
    }

    @Test
    void noGrabBagClassNames() {
        noGrabBagClasses.check(CLASSES);
    }

    @Test
    void theImportSeesEveryStage() {
        // Guards the rules above against passing on an empty import.
        org.assertj.core.api.Assertions.assertThat(CLASSES.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("schema", "serde", "registry", "topics", "ingest", "enrich", "sink", "platform", "cli");
    }
}
