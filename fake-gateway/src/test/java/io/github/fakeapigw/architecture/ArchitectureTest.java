package io.github.fakeapigw.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.fakeapigw.internal.state.GatewayState;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
