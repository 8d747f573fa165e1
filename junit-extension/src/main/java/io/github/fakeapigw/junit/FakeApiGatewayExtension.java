package io.github.fakeapigw.junit;

import io.github.fakeapigw.junit.ApiGatewayTest.Lifecycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The programmatic form of {@link ApiGatewayTest}, for {@code @RegisterExtension} on a {@code
 * static} field, configured with a builder instead of annotation attributes:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeApiGatewayExtension GATEWAY =
 *     FakeApiGatewayExtension.builder().openApi("apigateway/petstore.yaml").seed(42).build();
 * }</pre>
 *
 * <p>It behaves exactly as the annotation (same defaults, same lifecycle) and holds only its
 * immutable settings: the gateway itself lives in JUnit's extension store and is injected as a
 * {@code FakeApiGateway} parameter. Use either this or the annotation on a class, not both.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeApiGatewayExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver,
        TestExecutionExceptionHandler {
  private final ApiGatewayExtension delegate;

  private FakeApiGatewayExtension(ApiGatewayExtension.Settings settings) {
    this.delegate = new ApiGatewayExtension(settings);
  }

  /** Starts a builder with the annotation's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    delegate.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    delegate.beforeEach(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    delegate.afterEach(context);
  }

  /** Appends what the gateway saw during the test to its failure; see {@link ApiGatewayTest}. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    delegate.handleTestExecutionException(context, throwable);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return delegate.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return delegate.resolveParameter(parameter, context);
  }

  /** Configures a {@link FakeApiGatewayExtension}; each setter mirrors an annotation attribute. */
  public static final class Builder {
    private final List<String> openApi = new ArrayList<>();
    private String stage = "test";
    private final Map<String, String> stageVariables = new LinkedHashMap<>();
    private boolean failOnUnmatchedRequests = true;
    private long seed;
    private Lifecycle lifecycle = Lifecycle.PER_CLASS;

    private Builder() {}

    /** Adds classpath OpenAPI fixtures; see {@link ApiGatewayTest#openApi()}. */
    public Builder openApi(String... classpathPaths) {
      for (String p : classpathPaths) {
        openApi.add(Objects.requireNonNull(p, "classpathPath"));
      }
      return this;
    }

    /** Sets the stage of the fixtures; see {@link ApiGatewayTest#stage()}. Default {@code test}. */
    public Builder stage(String stage) {
      this.stage = Objects.requireNonNull(stage, "stage");
      return this;
    }

    /** Adds a stage variable of that stage; see {@link ApiGatewayTest#stageVariables()}. */
    public Builder stageVariable(String name, String value) {
      stageVariables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** See {@link ApiGatewayTest#failOnUnmatchedRequests()}. Default {@code true}. */
    public Builder failOnUnmatchedRequests(boolean fail) {
      this.failOnUnmatchedRequests = fail;
      return this;
    }

    /** See {@link ApiGatewayTest#seed()}. Default {@code 0} (random). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** See {@link ApiGatewayTest#lifecycle()}. Default {@link Lifecycle#PER_CLASS}. */
    public Builder lifecycle(Lifecycle lifecycle) {
      this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
      return this;
    }

    /**
     * Builds the extension.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException if a setting is
     *     invalid
     */
    public FakeApiGatewayExtension build() {
      String origin = "FakeApiGatewayExtension";
      List<String> variables = new ArrayList<>();
      stageVariables.forEach((k, v) -> variables.add(k + "=" + v));
      return new FakeApiGatewayExtension(
          new ApiGatewayExtension.Settings(
              openApi, stage,
              ApiGatewayExtension.Settings.parseVariables(variables.toArray(String[]::new), origin),
              failOnUnmatchedRequests, seed, lifecycle, origin,
              "To allow unmatched requests, use FakeApiGatewayExtension.builder()"
                  + ".failOnUnmatchedRequests(false), or @AllowUnmatchedRequests on the test method.",
              "FakeApiGatewayExtension.builder().seed(%d)"));
    }
  }
}
