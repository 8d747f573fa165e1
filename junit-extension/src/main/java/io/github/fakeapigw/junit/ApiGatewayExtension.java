package io.github.fakeapigw.junit;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.GatewayCheckpoint;
import io.github.fakeapigw.junit.ApiGatewayTest.Lifecycle;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link ApiGatewayTest} and {@link FakeApiGatewayExtension}. Keeps no state
 * in fields: the gateway lives in the {@link ExtensionContext.Store} of the class (or method)
 * context, wrapped in a resource that JUnit closes when that context ends. Logs through {@link
 * System.Logger}, so its warnings reach the test author without any logging binding.
 */
final class ApiGatewayExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {
  static final Namespace NAMESPACE = Namespace.create(ApiGatewayExtension.class);
  private static final System.Logger LOG = System.getLogger(ApiGatewayExtension.class.getName());
  private static final String GATEWAY_KEY = "gateway";

  /** Immutable configuration: from the programmatic builder, else read from the annotation. */
  private final Optional<Settings> programmatic;

  /** Used by {@code @ExtendWith} on {@link ApiGatewayTest}: settings come from the annotation. */
  ApiGatewayExtension() {
    this.programmatic = Optional.empty();
  }

  ApiGatewayExtension(Settings settings) {
    this.programmatic = Optional.of(settings);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_CLASS) {
      gateway(context, settings);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Settings settings = settings(context);
    if (settings.lifecycle() == Lifecycle.PER_METHOD) {
      gateway(context, settings);
      return;
    }
    GatewayResource resource = gateway(context, settings);
    resource.enter(context, settings);
    ExtensionContext classContext = classContext(context);
    // taken at the first test of each class, so that @BeforeAll deployments survive
    GatewayCheckpoint checkpoint =
        classContext
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                new CheckpointKey(classContext.getUniqueId()),
                k -> resource.gateway().checkpoint(),
                GatewayCheckpoint.class);
    resource.gateway().resetTo(checkpoint);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Settings settings = settings(context);
    Optional<GatewayResource> found =
        Optional.ofNullable(context.getStore(NAMESPACE).get(GATEWAY_KEY, GatewayResource.class));
    if (found.isEmpty() || !found.get().gateway().isRunning()) {
      return;
    }
    if (settings.lifecycle() == Lifecycle.PER_CLASS && !found.get().leave(context)) {
      return; // this test never owned the gateway: it failed in beforeEach as a concurrent one
    }
    FakeApiGateway gateway = found.get().gateway();
    Optional<String> unmatched =
        failOnUnmatchedRequests(context, settings)
            ? UnmatchedRequests.describe(
                gateway.invocations(), i -> apiView(gateway, i), gateway.seed(), settings.disableHint())
            : Optional.empty();
    if (settings.lifecycle() == Lifecycle.PER_CLASS) {
      ExtensionContext classContext = classContext(context);
      GatewayCheckpoint checkpoint =
          classContext
              .getStore(NAMESPACE)
              .get(new CheckpointKey(classContext.getUniqueId()), GatewayCheckpoint.class);
      if (checkpoint != null) {
        gateway.resetTo(checkpoint);
      }
    }
    if (unmatched.isPresent()) {
      LOG.log(System.Logger.Level.WARNING, () -> context.getDisplayName() + ": " + unmatched.get());
      throw new AssertionError(unmatched.get());
    }
  }

  /**
   * Appends what the gateway saw during the test to its failure, as a suppressed {@link
   * GatewayReport}, and rethrows the failure unchanged.
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    Optional<GatewayResource> found =
        Optional.ofNullable(context.getStore(NAMESPACE).get(GATEWAY_KEY, GatewayResource.class));
    if (found.isPresent() && found.get().gateway().isRunning()) {
      Settings settings = settings(context);
      FakeApiGateway gateway = found.get().gateway();
      try {
        throwable.addSuppressed(
            new GatewayReport(
                GatewayReport.describe(
                    gateway.invocations(),
                    gateway.droppedInvocationCount(),
                    i -> apiView(gateway, i).map(UnmatchedRequests.ApiView::name),
                    gateway.seed(),
                    String.format(settings.seedHint(), gateway.seed()))));
      } catch (RuntimeException e) {
        throwable.addSuppressed(e); // never hide the test's own failure behind the report's
      }
    }
    throw throwable;
  }

  /** {@code failOnUnmatchedRequests}, unless the test method or class allows unmatched requests. */
  private static boolean failOnUnmatchedRequests(ExtensionContext context, Settings settings) {
    if (AnnotationSupport.isAnnotated(context.getTestMethod(), AllowUnmatchedRequests.class)) {
      return false;
    }
    for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
      if (AnnotationSupport.isAnnotated(c, AllowUnmatchedRequests.class)) {
        return false;
      }
    }
    return settings.failOnUnmatchedRequests();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeApiGateway.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Settings settings = settings(context);
    Executable target = parameter.getDeclaringExecutable();
    if (settings.lifecycle() == Lifecycle.PER_METHOD
        && (context.getTestMethod().isEmpty() || target instanceof Constructor)) {
      throw new ParameterResolutionException(
          "FakeApiGateway must not be injected into a constructor or @BeforeAll/@AfterAll method"
              + " when " + settings.origin() + " uses lifecycle PER_METHOD; use a parameter of a"
              + " test method or @BeforeEach/@AfterEach method instead; offending: " + target);
    }
    return gateway(context, settings).gateway();
  }

  // ------------------------------------------------------------------ gateway in the store

  private GatewayResource gateway(ExtensionContext context, Settings settings) {
    ExtensionContext owner =
        settings.lifecycle() == Lifecycle.PER_METHOD ? context : classContext(context);
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(GATEWAY_KEY, k -> start(settings), GatewayResource.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private static GatewayResource start(Settings settings) {
    for (String fixture : settings.openApi()) {
      String resource = fixture.startsWith("/") ? fixture.substring(1) : fixture;
      ClassLoader loader =
          Optional.ofNullable(Thread.currentThread().getContextClassLoader())
              .orElse(ApiGatewayExtension.class.getClassLoader());
      if (loader.getResource(resource) == null) {
        throw new ExtensionConfigurationException(
            "openApi must not name a missing classpath resource; use a path relative to the"
                + " classpath root such as \"apigateway/petstore.yaml\" (file"
                + " src/test/resources/apigateway/petstore.yaml) instead; offending: \"" + fixture
                + "\" in " + settings.origin());
      }
    }
    FakeApiGatewayOptions options = FakeApiGatewayOptions.defaults();
    if (settings.seed() != 0) {
      options = options.withSeed(settings.seed());
    }
    FakeApiGateway gateway = new FakeApiGateway(options).start();
    try {
      for (String fixture : settings.openApi()) {
        gateway.importOpenApi(fixture, settings.stage(), settings.stageVariables());
      }
    } catch (RuntimeException e) {
      gateway.close();
      throw new ExtensionConfigurationException(
          e.getMessage() + " (in " + settings.origin() + ")", e);
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> "Started " + gateway + " with seed " + gateway.seed() + " for " + settings.origin());
    return new GatewayResource(gateway);
  }

  private static Optional<UnmatchedRequests.ApiView> apiView(
      FakeApiGateway gateway, RecordedInvocation invocation) {
    Optional<DeployedApi> api =
        gateway.apis().stream().filter(a -> a.id().equals(invocation.apiId())).findFirst();
    return api.map(
        a -> {
          ApiDefinition definition =
              invocation
                  .stage()
                  .flatMap(a::stage)
                  .flatMap(
                      s ->
                          a.deployments().stream()
                              .filter(d -> d.id().equals(s.deploymentId()))
                              .map(Deployment::snapshot)
                              .findFirst())
                  .orElseGet(a::definition);
          List<UnmatchedRequests.Route> routes = new ArrayList<>();
          definition
              .resources()
              .values()
              .forEach(
                  r ->
                      r.resourceMethods()
                          .keySet()
                          .forEach(m -> routes.add(new UnmatchedRequests.Route(m, r.path()))));
          return new UnmatchedRequests.ApiView(a.name(), routes);
        });
  }

  // ------------------------------------------------------------------ settings

  private Settings settings(ExtensionContext context) {
    if (programmatic.isPresent()) {
      return programmatic.get();
    }
    Class<?> testClass = context.getRequiredTestClass();
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<ApiGatewayTest> annotation = AnnotationSupport.findAnnotation(c, ApiGatewayTest.class);
      if (annotation.isPresent()) {
        return Settings.of(annotation.get(), c);
      }
    }
    throw new ExtensionConfigurationException(
        "ApiGatewayExtension must not be registered without @ApiGatewayTest; use @ApiGatewayTest"
            + " or @RegisterExtension FakeApiGatewayExtension instead; offending: " + testClass);
  }

  /** The extension's configuration, validated. */
  record Settings(
      List<String> openApi,
      String stage,
      Map<String, String> stageVariables,
      boolean failOnUnmatchedRequests,
      long seed,
      Lifecycle lifecycle,
      String origin,
      String disableHint,
      String seedHint) {
    Settings {
      openApi = List.copyOf(openApi);
      stageVariables = Map.copyOf(stageVariables);
      Objects.requireNonNull(stage, "stage");
      if (!stage.matches("[A-Za-z0-9_-]{1,128}")) {
        throw new ExtensionConfigurationException(
            "stage must not contain anything but letters, digits, '-' and '_'; use a name such as"
                + " \"test\" instead; offending: \"" + stage + "\" in " + origin);
      }
      for (String fixture : openApi) {
        if (fixture.isBlank()) {
          throw new ExtensionConfigurationException(
              "openApi must not contain a blank path; use a classpath path such as"
                  + " \"apigateway/petstore.yaml\" instead; offending: \"" + fixture + "\" in "
                  + origin);
        }
      }
    }

    static Settings of(ApiGatewayTest a, Class<?> annotated) {
      String origin = "@ApiGatewayTest on " + annotated.getName();
      return new Settings(
          List.of(a.openApi()),
          a.stage(),
          parseVariables(a.stageVariables(), origin),
          a.failOnUnmatchedRequests(),
          a.seed(),
          a.lifecycle(),
          origin,
          "To allow unmatched requests, use @ApiGatewayTest(failOnUnmatchedRequests = false), or"
              + " @AllowUnmatchedRequests on the test method.",
          "@ApiGatewayTest(seed = %d)");
    }

    static Map<String, String> parseVariables(String[] entries, String origin) {
      Map<String, String> variables = new LinkedHashMap<>();
      for (String entry : entries) {
        int eq = entry.indexOf('=');
        if (eq <= 0 || !entry.substring(0, eq).matches("[A-Za-z0-9_]+")) {
          throw new ExtensionConfigurationException(
              "stageVariables must not contain \"" + entry + "\"; use \"name=value\" with a name of"
                  + " letters, digits and '_' such as \"flavour=old\" instead; offending: \"" + entry
                  + "\" in " + origin);
        }
        variables.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
      return variables;
    }
  }

  /** Store key of the checkpoint of one class context. */
  private record CheckpointKey(String classContextId) {}

  /**
   * The gateway as a store value: JUnit closes it when its context ends, pass or fail. Implements
   * {@link ExtensionContext.Store.CloseableResource} for JUnit before 5.13 and {@link
   * AutoCloseable} for 5.13 and later.
   */
  @SuppressWarnings("deprecation") // CloseableResource is deprecated from JUnit 5.13 on
  static final class GatewayResource implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final FakeApiGateway gateway;
    /** The test that uses the shared gateway now (unique id and display name), if any. */
    private final AtomicReference<ExtensionContext> inUse = new AtomicReference<>();

    GatewayResource(FakeApiGateway gateway) {
      this.gateway = gateway;
    }

    FakeApiGateway gateway() {
      return gateway;
    }

    /**
     * Marks the shared gateway as used by this test.
     *
     * @throws ExtensionConfigurationException if another test uses it at the same time
     */
    void enter(ExtensionContext test, Settings settings) {
      ExtensionContext other = inUse.compareAndExchange(null, test);
      if (other != null) {
        throw new ExtensionConfigurationException(
            "Test methods sharing one gateway must not run concurrently: \""
                + test.getDisplayName() + "\" started while \"" + other.getDisplayName()
                + "\" was running, and each test resets the recording and the APIs of the other;"
                + " use @Execution(ExecutionMode.SAME_THREAD) on the test class (or"
                + " junit.jupiter.execution.parallel.mode.default=same_thread with"
                + " junit.jupiter.execution.parallel.mode.classes.default=concurrent, to keep"
                + " classes parallel), or lifecycle = PER_METHOD for a gateway per test method,"
                + " instead; offending: " + settings.origin());
      }
    }

    /** Releases the gateway after this test; false when the test did not hold it. */
    boolean leave(ExtensionContext test) {
      return inUse.compareAndSet(test, null);
    }

    @Override
    public void close() {
      gateway.close();
    }

    @Override
    public String toString() {
      return "GatewayResource{" + gateway + "}";
    }
  }
}
