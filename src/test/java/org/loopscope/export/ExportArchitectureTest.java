package org.loopscope.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Trace files are read and written by the CLI too, without a toolkit: no JavaFX here. */
class ExportArchitectureTest {
    @Test
    void exportDoesNotUseJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.loopscope.export");

        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
