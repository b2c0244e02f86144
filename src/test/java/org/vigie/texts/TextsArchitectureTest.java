package org.vigie.texts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class TextsArchitectureTest {

    private final JavaClasses texts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigie.texts");

    @Test
    void reading_texts_touches_neither_the_web_nor_the_database() {
        noClasses().that().resideInAPackage("org.vigie.texts..")
                .and().haveSimpleNameNotEndingWith("Store").and().haveSimpleNameNotEndingWith("Routes")
                .and().haveSimpleNameNotEndingWith("Api").and().doNotHaveSimpleName("TextLibrary")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "gg.jte..", "org.jdbi..",
                        "java.sql..", "javax.sql..", "org.flywaydb..", "com.fasterxml.jackson..")
                .check(texts);
    }
}
