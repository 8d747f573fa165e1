package io.github.fakeapigw.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public and protected signatures of the assertions' public packages name only JDK types, this
 * project's public types and AssertJ's (the module's reason to exist); never an internal type or
 * another library's.
 */
class PublicSignaturesTest {

  @Test
  void public_signatures_use_only_jdk_project_and_assertj_types() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Class<?> c : publicClasses()) {
      for (var m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(m, m.getGenericReturnType(), violations);
          for (Type t : m.getGenericParameterTypes()) {
            check(m, t, violations);
          }
        }
      }
      for (var k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers())) {
          for (Type t : k.getGenericParameterTypes()) {
            check(k, t, violations);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void every_public_class_of_the_entry_package_is_found() throws Exception {
    assertThat(publicClasses()).contains(GatewayAssertions.class, FakeApiGatewayAssert.class);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> publicClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(
            GatewayAssertions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/github/fakeapigw/assertions"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.contains(".internal.") || name.contains("$")) {
          continue;
        }
        Class<?> c = Class.forName(name);
        if (Modifier.isPublic(c.getModifiers())) {
          classes.add(c);
        }
      }
    }
    return classes;
  }

  private static void check(Executable where, Type type, List<String> violations) {
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String n = c.getName();
      boolean ok =
          c.isPrimitive()
              || n.startsWith("java.")
              || n.startsWith("org.assertj.core.")
              || (n.startsWith("io.github.fakeapigw.") && !n.contains(".internal."));
      if (!ok) {
        violations.add(
            where.getDeclaringClass().getSimpleName() + "." + where.getName() + ": " + n);
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), violations);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, violations);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(where, b, violations);
      }
      for (Type b : w.getLowerBounds()) {
        check(where, b, violations);
      }
    } else if (type instanceof GenericArrayType g) {
      check(where, g.getGenericComponentType(), violations);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (!(b instanceof ParameterizedType)) {
          check(where, b, violations);
        }
      }
    }
  }
}
