package io.github.fakeapigw.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.fakeapigw.internal.state.GatewayState;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules from the style guide, enforced on every build. */
class ArchitectureTest {
  private static final String BASE = "io.github.fakeapigw";

  /**
   * Classes allowed to name an optional dependency's types in public signatures: adapters that
   * exist for exactly that (javac only needs the type when the adapter itself is used).
   */
  private static final Set<String> ADAPTERS = Set.of(BASE + ".lambda.LambdaHandlers");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  private static final JavaClasses TESTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void public_signatures_use_only_jdk_and_project_types() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : MAIN) {
      if (!isPublicApi(c) || ADAPTERS.contains(c.getName())) {
        continue;
      }
      Class<?> type = c.reflect();
      for (Method m : type.getDeclaredMethods()) {
        if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
          check(m, m.getGenericReturnType(), violations);
          check(m, violations);
        }
      }
      for (Constructor<?> k : type.getDeclaredConstructors()) {
        if (java.lang.reflect.Modifier.isPublic(k.getModifiers())) {
          check(k, violations);
        }
      }
    }
    assertThat(violations).as("public signatures naming third-party or internal types").isEmpty();
  }

  @Test
  void only_the_validation_package_knows_the_json_schema_library() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".internal.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.networknt..")
        .check(MAIN);
  }

  @Test
  void the_engine_knows_nothing_of_junit_or_assertj() {
    noClasses()
        .that()
        .resideInAPackage(BASE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.junit..", "org.assertj..")
        .check(MAIN);
  }

  @Test
  void only_the_standalone_runner_writes_to_the_console() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BASE + ".standalone..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(MAIN);
  }

  @Test
  void tests_never_sleep() {
    noClasses()
        .should()
        .callMethod(Thread.class, "sleep", long.class)
        .orShould()
        .callMethod(Thread.class, "sleep", long.class, int.class)
        .because("tests wait with Awaitility, bounded, instead")
        .check(TESTS);
  }

  @Test
  void nothing_throws_a_bare_runtime_exception() {
    noClasses()
        .that()
        .areNotAssignableTo(Throwable.class) // their own super(..) calls
        .should()
        .callConstructor(RuntimeException.class)
        .orShould()
        .callConstructor(RuntimeException.class, String.class)
        .orShould()
        .callConstructor(RuntimeException.class, String.class, Throwable.class)
        .check(MAIN);
  }

  /**
   * The invoke pipeline's layers: the chain ({@code internal.invoke}) calls the stages beside it,
   * which call mapping, template and integration code, which read the per-request records of
   * {@code internal.context}; {@code internal.http} is below them all. Nothing calls upwards.
   */
  @Nested
  class InvokeLayers {
    private static final String INTERNAL = BASE + ".internal";
    private static final String INVOKE = INTERNAL + ".invoke";
    private static final String[] BELOW_THE_STAGES = {
      INTERNAL + ".context..", INTERNAL + ".mapping..", INTERNAL + ".template..",
      INTERNAL + ".integration..", INTERNAL + ".http.."
    };

    @Test
    void the_pipeline_packages_have_no_cycles() {
      JavaClasses pipeline =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages(INVOKE, INTERNAL + ".context", INTERNAL + ".mapping",
                  INTERNAL + ".template", INTERNAL + ".integration", INTERNAL + ".http");
      slices().matching(INTERNAL + ".(*)..").should().beFreeOfCycles().check(pipeline);
    }

    @Test
    void mapping_template_integration_and_context_never_call_back_into_invoke() {
      noClasses()
          .that()
          .resideInAnyPackage(BELOW_THE_STAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INVOKE + "..")
          .because("the per-request records they share live in internal.context")
          .check(MAIN);
    }

    @Test
    void no_pipeline_code_depends_on_the_server() {
      noClasses()
          .that()
          .resideInAnyPackage(BELOW_THE_STAGES)
          .or()
          .resideInAPackage(INVOKE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INTERNAL + ".server..")
          .because("limits shared with the server live in internal.http.Limits")
          .check(MAIN);
    }

    @Test
    void the_pipeline_never_asks_which_dialect_created_an_api() {
      noClasses()
          .that()
          .resideInAnyPackage(BELOW_THE_STAGES)
          .or()
          .resideInAPackage(INVOKE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(INTERNAL + ".huawei..", INTERNAL + ".management..",
              INTERNAL + ".openapi..")
          .because("dialects compile into the model (and an ApiExtension) at the edge;"
              + " the stages serve what they are given")
          .check(MAIN);
    }

    @Test
    void the_stages_never_call_the_chain() {
      noClasses()
          .that()
          .resideInAPackage(INVOKE)
          .and()
          .doNotHaveFullyQualifiedName(INVOKE + ".InvokePipeline")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(INVOKE + ".InvokePipeline")
          .because("InvokePipeline calls the stages in AWS's order, never the other way round")
          .check(MAIN);
    }

    @Test
    void no_invoke_source_file_is_longer_than_400_lines() throws IOException {
      Path dir = Path.of("src/main/java", INVOKE.replace('.', '/'));
      assertThat(dir).isDirectory();
      List<String> tooLong = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          long lines = Files.readAllLines(f).size();
          if (lines > 400) {
            tooLong.add(f.getFileName() + " (" + lines + " lines)");
          }
        }
      }
      assertThat(tooLong).as("files in internal/invoke longer than 400 lines: split a stage out")
          .isEmpty();
    }
  }

  private static final String MANAGEMENT = BASE + ".internal.management";
  private static final String AWS_DIALECT = MANAGEMENT + ".aws..";
  private static final String HUAWEI_DIALECT = MANAGEMENT + ".huawei..";

  @Test
  void the_neutral_management_service_depends_on_no_dialect_nor_on_the_patch_engine() {
    noClasses()
        .that()
        .resideInAPackage(MANAGEMENT)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(AWS_DIALECT, HUAWEI_DIALECT, MANAGEMENT + ".aws.patch..")
        .because("every dialect sits on the service; the service speaks no dialect")
        .check(MAIN);
  }

  @Test
  void management_dialects_never_depend_on_each_other() {
    noClasses()
        .that()
        .resideInAPackage(AWS_DIALECT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(HUAWEI_DIALECT)
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage(HUAWEI_DIALECT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(AWS_DIALECT)
        .check(MAIN);
  }

  @Test
  void only_the_management_service_writes_the_gateway_state() {
    noClasses()
        .that()
        .resideOutsideOfPackages(MANAGEMENT, BASE + ".internal.state")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a GatewayState write",
                call ->
                    call.getTargetOwner().isEquivalentTo(GatewayState.class)
                        && Set.of("put", "update", "remove", "clear", "replaceAll")
                            .contains(call.getName())))
        .because("RestApiService is the one writer of REST APIs")
        .check(MAIN);
  }

  @Test
  void the_engines_packages_are_free_of_cycles() {
    // Public packages (dsl, model, recording, lambda, ...) and every internal package, each with
    // its sub-packages; the front door (FakeApiGateway, in the base package) sits on top of them.
    // One edge is a deliberate access bridge, not a layer: internal.dsl.Assembly lets the engine
    // assemble a RestApiBuilder without RestApiBuilder.assemble(..) being public API.
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
        .ignoreDependency(
            JavaClass.Predicates.resideInAPackage(BASE + ".internal.dsl.."),
            JavaClass.Predicates.resideInAPackage(BASE + ".dsl.."))
        .check(MAIN);
    slices().matching(BASE + ".internal.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  private static boolean isPublicApi(JavaClass c) {
    return c.getModifiers().contains(JavaModifier.PUBLIC)
        && !c.getPackageName().contains(".internal")
        && !c.getPackageName().startsWith(BASE + ".standalone")
        && c.getEnclosingClass().map(e -> e.getModifiers().contains(JavaModifier.PUBLIC))
            .orElse(true);
  }

  private static void check(Executable e, List<String> violations) {
    for (Type t : e.getGenericParameterTypes()) {
      check(e, t, violations);
    }
  }

  private static void check(Executable where, Type t, List<String> violations) {
    if (t instanceof Class<?> c) {
      Class<?> raw = c;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (!allowed(raw)) {
        violations.add(where.getDeclaringClass().getName() + "." + where.getName() + " uses " + raw.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(where, p.getRawType(), violations);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, violations);
      }
    } else if (t instanceof GenericArrayType g) {
      check(where, g.getGenericComponentType(), violations);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(where, b, violations);
      }
      for (Type b : w.getLowerBounds()) {
        check(where, b, violations);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (b != Object.class) {
          check(where, b, violations);
        }
      }
    }
  }

  private static boolean allowed(Class<?> c) {
    String name = c.getName();
    if (c.isPrimitive() || name.startsWith("java.")) {
      return true;
    }
    return name.startsWith(BASE + ".") && !name.contains(".internal.");
  }
}
