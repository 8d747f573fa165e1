package io.github.fakeapigw.lambda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Lambda libraries are optional dependencies: a user without them must be able to load every
 * class but the adapter.
 */
class LambdaDependencyRulesTest {

  @Test
  void only_lambda_handlers_uses_the_optional_lambda_libraries() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.fakeapigw");

    noClasses()
        .that()
        .haveNameNotMatching("io\\.github\\.fakeapigw\\.lambda\\.LambdaHandlers(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.amazonaws..")
        .check(main);
  }
}
