package org.vigie.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TrackerArchitectureTest {

    private final JavaClasses tracker = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigie.tracker");

    @Test
    void reading_recommendations_touches_neither_the_web_nor_the_database() {
        noClasses().that().resideInAPackage("org.vigie.tracker..")
                .and().haveSimpleNameNotEndingWith("Store").and().haveSimpleNameNotEndingWith("Routes")
                .and().haveSimpleNameNotEndingWith("Api").and().doNotHaveSimpleName("Tracker").and().doNotHaveSimpleName("FollowUp")
                .and().doNotHaveSimpleName("Actions").and().doNotHaveSimpleName("Dashboards").and().doNotHaveSimpleName("Reminders")
                .and().doNotHaveSimpleName("ReportAttachments")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..", "org.jdbi..",
                        "java.sql..", "javax.sql..", "org.flywaydb..")
                .check(tracker);
    }
}
