package org.loopscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The renderer and the exporters run from the command line without a display: no JavaFX in them. */
class ChartArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.loopscope");

    @Test
    void renderAndExportKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.loopscope.gantt.render..", "org.loopscope.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void renderDoesNotDependOnExport() {
        noClasses().that().resideInAPackage("org.loopscope.gantt.render..")
                .should().dependOnClassesThat().resideInAPackage("org.loopscope.export..")
                .check(classes);
    }
}
