package org.genrescope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of ../shared/docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "org.genrescope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersFollowTheDataFlow = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("task").definedBy("org.genrescope.task..")
            .layer("data").definedBy("org.genrescope.data..")
            .layer("features").definedBy("org.genrescope.features..")
            .layer("model").definedBy("org.genrescope.model..")
            .layer("analysis").definedBy("org.genrescope.analysis..")
            .layer("plot").definedBy("org.genrescope.plot..")
            .layer("ui").definedBy("org.genrescope.ui..")
            .layer("cli").definedBy("org.genrescope.cli..")
            .layer("app").definedBy("org.genrescope.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("plot").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("analysis", "ui", "cli", "app")
            .whereLayer("features").mayOnlyBeAccessedByLayers("model", "analysis", "ui", "cli", "app")
            .whereLayer("data").mayOnlyBeAccessedByLayers("features", "model", "analysis", "ui", "cli", "app")
            .because("data flows one way: files -> data -> features -> model -> analysis -> ui/cli, and app wires them");

    @ArchTest
    static final ArchRule modelPackagesStayIndependent = slices().matching("org.genrescope.model.(*)..")
            .should().notDependOnEachOther()
            .because("embedding, clustering, metrics and projection are separate rooms the pipeline combines");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.genrescope.(*)..").should().beFreeOfCycles()
            .because("package cycles make layers meaningless");

    @ArchTest
    static final ArchRule javafxOnlyInTheUi = noClasses().that().resideOutsideOfPackages("org.genrescope.ui..", "org.genrescope.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the whole pipeline must run headless");

    @ArchTest
    static final ArchRule dl4jOnlyInTheEmbedding = noClasses().that().resideOutsideOfPackage("org.genrescope.model.embedding..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("DL4J/ND4J start native code and belong to the autoencoder alone");

    @ArchTest
    static final ArchRule smileOnlyInTheModel = noClasses().that().resideOutsideOfPackage("org.genrescope.model..")
            .should().dependOnClassesThat().resideInAnyPackage("smile..")
            .because("Smile is a model library");

    @ArchTest
    static final ArchRule tablesawOnlyInData = noClasses().that().resideOutsideOfPackage("org.genrescope.data..")
            .should().dependOnClassesThat().resideInAnyPackage("tech.tablesaw..", "com.univocity..")
            .because("file parsing belongs to the data layer");

    @ArchTest
    static final ArchRule noPrintingFromTheLibraryLayers = noClasses().that().resideInAnyPackage(
                    "org.genrescope.data..", "org.genrescope.features..", "org.genrescope.model..", "org.genrescope.analysis..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("library layers report through listeners and logging; only the cli and app talk to the console");
}
