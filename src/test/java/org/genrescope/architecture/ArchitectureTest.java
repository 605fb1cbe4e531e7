package org.genrescope.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rules of ../shared/docs/ARCHITECTURE.md, checked on every build. */
/**
 * Plain JUnit tests rather than ArchUnit's own engine: under Surefire 3.5 with JUnit 5.14 the engine
 * discovered this class but ran none of its rules, a silent pass.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.genrescope");

    private static final ArchRule layersFollowTheDataFlow = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("task").definedBy("org.genrescope.task..")
            .layer("files").definedBy("org.genrescope.files..")
            .layer("settings").definedBy("org.genrescope.settings..")
            .layer("data").definedBy("org.genrescope.data..")
            .layer("features").definedBy("org.genrescope.features..")
            .layer("model").definedBy("org.genrescope.model..")
            .layer("analysis").definedBy("org.genrescope.analysis..")
            .layer("session").definedBy("org.genrescope.session..")
            .layer("plot").definedBy("org.genrescope.plot..")
            .layer("figures").definedBy("org.genrescope.figures..")
            .layer("ui").definedBy("org.genrescope.ui..")
            .layer("cli").definedBy("org.genrescope.cli..")
            .layer("app").definedBy("org.genrescope.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("figures").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("plot").mayOnlyBeAccessedByLayers("figures", "ui", "cli", "app")
            .whereLayer("session").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("session", "figures", "ui", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("analysis", "session", "figures", "ui", "cli", "app")
            .whereLayer("features").mayOnlyBeAccessedByLayers("model", "analysis", "session", "ui", "cli", "app")
            .whereLayer("data").mayOnlyBeAccessedByLayers("features", "model", "analysis", "ui", "cli", "app")
            .because("data flows one way: files -> data -> features -> model -> analysis -> ui/cli, and app wires them; "
                    + "figures turns analysis results into plot figures, one builder for the window and the files");

    private static final String SPATIAL = "org.genrescope.model.spatial..";
    private static final String NATIVES = "org.genrescope.model.natives..";
    private static final String NUMERIC = "org.genrescope.model.numeric..";

    private static final ArchRule modelPackagesStayIndependent = slices().matching("org.genrescope.model.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage(SPATIAL))
            .ignoreDependency(alwaysTrue(), resideInAPackage(NATIVES))
            .ignoreDependency(alwaysTrue(), resideInAPackage(NUMERIC))
            .because("embedding, clustering, metrics and projection are separate rooms the pipeline combines; "
                    + "model.spatial (ADR 0009: one KD-tree, not one per room), model.natives (ADR 0010: native "
                    + "libraries loaded once, uninterruptibly) and model.numeric (ADR 0012: one copy of each numeric "
                    + "loop) are the shared bases they may all use");

    private static final ArchRule nativesIsABaseThatDependsOnNoModelPackage = classes().that().resideInAPackage(NATIVES)
            .should().onlyDependOnClassesThat().resideInAnyPackage(NATIVES, "org.genrescope.task..", "java..",
                    "org.bytedeco.javacpp..", "org.slf4j..")
            .because("a shared base must sit below every model package it serves (ADR 0010), and it knows JavaCPP's "
                    + "loader, not the libraries of any one room");

    private static final ArchRule spatialIsABaseThatDependsOnNoModelPackage = classes().that().resideInAPackage(SPATIAL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SPATIAL, "org.genrescope.task..", "java..")
            .because("a shared base must sit below every model package it serves (ADR 0009), or the rooms would "
                    + "depend on each other through it");

    private static final ArchRule numericIsABaseThatDependsOnNothingOfOurs = classes().that().resideInAPackage(NUMERIC)
            .should().onlyDependOnClassesThat().resideInAnyPackage(NUMERIC, "java..")
            .because("the numeric loops sit below every model package (ADR 0012); anything more would let the rooms "
                    + "reach each other through them");

    private static final ArchRule noCycles = slices().matching("org.genrescope.(*)..").should().beFreeOfCycles()
            .because("package cycles make layers meaningless");

    private static final ArchRule theFloorsDependOnNothingOfOurs = noClasses()
            .that().resideInAnyPackage("org.genrescope.task..", "org.genrescope.files..", "org.genrescope.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("org.genrescope.data..", "org.genrescope.features..",
                    "org.genrescope.model..", "org.genrescope.analysis..", "org.genrescope.plot..", "org.genrescope.ui..",
                    "org.genrescope.cli..", "org.genrescope.app..")
            .because("task, files and settings are the shared floor every layer may stand on");

    private static final ArchRule javafxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("org.genrescope.ui..", "org.genrescope.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the whole pipeline must run headless");

    private static final ArchRule dl4jOnlyInTheEmbedding = noClasses().that().resideOutsideOfPackage("org.genrescope.model.embedding..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("DL4J/ND4J start native code and belong to the autoencoder alone");

    private static final ArchRule smileOnlyInTheModel = noClasses().that().resideOutsideOfPackage("org.genrescope.model..")
            .should().dependOnClassesThat().resideInAnyPackage("smile..")
            .because("Smile is a model library");

    private static final ArchRule tablesawOnlyInData = noClasses().that().resideOutsideOfPackage("org.genrescope.data..")
            .should().dependOnClassesThat().resideInAnyPackage("tech.tablesaw..", "com.univocity..")
            .because("file parsing belongs to the data layer");

    private static final ArchRule noPrintingFromTheLibraryLayers = noClasses().that().resideInAnyPackage(
                    "org.genrescope.data..", "org.genrescope.features..", "org.genrescope.model..", "org.genrescope.analysis..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("library layers report through listeners and logging; only the cli and app talk to the console");

    @Test
    void layersFollowTheDataFlow() {
        layersFollowTheDataFlow.check(CLASSES);
    }

    @Test
    void modelPackagesStayIndependent() {
        modelPackagesStayIndependent.check(CLASSES);
    }

    @Test
    void spatialIsABaseThatDependsOnNoModelPackage() {
        spatialIsABaseThatDependsOnNoModelPackage.check(CLASSES);
    }

    @Test
    void nativesIsABaseThatDependsOnNoModelPackage() {
        nativesIsABaseThatDependsOnNoModelPackage.check(CLASSES);
    }

    @Test
    void numericIsABaseThatDependsOnNothingOfOurs() {
        numericIsABaseThatDependsOnNothingOfOurs.check(CLASSES);
    }

    @Test
    void noCycles() {
        noCycles.check(CLASSES);
    }

    @Test
    void javafxOnlyInTheUi() {
        javafxOnlyInTheUi.check(CLASSES);
    }

    @Test
    void dl4jOnlyInTheEmbedding() {
        dl4jOnlyInTheEmbedding.check(CLASSES);
    }

    @Test
    void smileOnlyInTheModel() {
        smileOnlyInTheModel.check(CLASSES);
    }

    @Test
    void tablesawOnlyInData() {
        tablesawOnlyInData.check(CLASSES);
    }

    @Test
    void noPrintingFromTheLibraryLayers() {
        noPrintingFromTheLibraryLayers.check(CLASSES);
    }

    private static final ArchRule viewModelsUseNoToolkit = noClasses().that().resideInAPackage("org.genrescope.ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
            .orShould().dependOnClassesThat().belongToAnyOf(javafx.application.Platform.class)
            .because("view models hold state as properties and are tested without a toolkit; views bind (ADR 0014)");

    @Test
    void viewModelsUseNoToolkit() {
        viewModelsUseNoToolkit.check(CLASSES);
    }

    @Test
    void theFloorsDependOnNothingOfOurs() {
        theFloorsDependOnNothingOfOurs.check(CLASSES);
    }
}
