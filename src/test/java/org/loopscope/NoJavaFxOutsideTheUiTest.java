package org.loopscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine, the patterns and the command line run headless: none of them may touch JavaFX. */
class NoJavaFxOutsideTheUiTest {
    @Test
    void headlessPackagesDoNotImportJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.loopscope");
        noClasses().that().resideInAnyPackage("org.loopscope.loop..", "org.loopscope.asyncio..", "org.loopscope.trace..",
                        "org.loopscope.patterns..", "org.loopscope.export..", "org.loopscope.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
