package org.loopscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine, trace, patterns, export and benchmark code run without a display: none of them may touch JavaFX. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.loopscope");

    @Test
    void headlessPackagesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "org.loopscope.loop..", "org.loopscope.asyncio..", "org.loopscope.trace..",
                        "org.loopscope.patterns..", "org.loopscope.export..", "org.loopscope.bench..",
                        "org.loopscope.gantt.render..", "org.loopscope.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("they run on the command line and in the loop thread, where no FX toolkit exists")
                .check(CLASSES);
    }

    @Test
    void theEngineDoesNotKnowItsUsers() {
        noClasses().that().resideInAnyPackage("org.loopscope.loop..", "org.loopscope.trace..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.loopscope.patterns..", "org.loopscope.export..", "org.loopscope.gantt..", "org.loopscope.app..")
                .check(CLASSES);
    }

    @Test
    void theTraceModelDoesNotDependOnTheLoop() {
        noClasses().that().resideInAPackage("org.loopscope.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.loopscope.loop..", "org.loopscope.asyncio..")
                .check(CLASSES);
    }
}
