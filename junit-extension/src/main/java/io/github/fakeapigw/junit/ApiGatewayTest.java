package io.github.fakeapigw.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link io.github.fakeapigw.FakeApiGateway} for the annotated test class, imports and
 * deploys its {@link #openApi() fixtures}, and injects the gateway into constructors, lifecycle
 * methods and test methods that declare a parameter of exactly that type.
 *
 * <pre>{@code
 * @ApiGatewayTest(openApi = "apigateway/orders.openapi.yaml")
 * class OrderClientTest {
 *   @Test
 *   void fetches_an_order(FakeApiGateway gateway) {
 *     URI url = gateway.api("orders").invokeUrl("test");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>One gateway serves the class (and its {@code @Nested} classes) unless {@link #lifecycle()} asks
 * for one per test method. Before and after each test, the recording is cleared and the REST APIs,
 * Lambda functions and backend stubs are put back as they were before the first test (the fixtures
 * plus whatever {@code @BeforeAll} methods deployed or stubbed): what a test created or changed
 * does not leak into the next, and canary draws restart from the {@link #seed()}. After each test,
 * an invocation that matched no resource fails the test (see {@link #failOnUnmatchedRequests()}
 * and {@link AllowUnmatchedRequests}). A failing test carries what the gateway saw during it: each
 * invocation with its route, stage, status and recorded error, and the seed. The gateway is closed
 * when its class (or method) finishes, whether it passed or failed.
 *
 * <p>Works as a meta-annotation and on a base class. Tests of one class share its gateway, so run
 * them in the same thread (JUnit's default) or use {@link Lifecycle#PER_METHOD}; a test method
 * that starts while another holds the shared gateway fails with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} saying so. Classes may run
 * concurrently.
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ApiGatewayExtension.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface ApiGatewayTest {

  /**
   * Classpath paths of OpenAPI 3.0 or Swagger 2.0 documents (JSON or YAML, with {@code
   * x-amazon-apigateway-*} extensions), imported and deployed to {@link #stage()} before the first
   * test, such as {@code "apigateway/petstore.yaml"}. Default: none.
   */
  String[] openApi() default {};

  /** The stage the {@link #openApi()} documents are deployed to. Default: {@code "test"}. */
  String stage() default "test";

  /**
   * Stage variables of that stage, each {@code "name=value"}, such as {@code "flavour=old"}.
   * Default: none.
   */
  String[] stageVariables() default {};

  /**
   * Whether a test fails when, after it, the gateway recorded an invocation that matched no
   * resource or method of its API; the failure (also logged at WARN) lists the unmatched requests
   * and the closest resources. Default: {@code true}.
   */
  boolean failOnUnmatchedRequests() default true;

  /**
   * The seed of the gateway's random sources (canary choices, generated ids); {@code 0} draws a
   * random one, which failures report. Default: {@code 0}.
   */
  long seed() default 0;

  /** Whether the class shares one gateway or each test method gets its own. Default: per class. */
  Lifecycle lifecycle() default Lifecycle.PER_CLASS;

  /** How long one gateway lives. */
  enum Lifecycle {
    /** One gateway for the test class and its {@code @Nested} classes. */
    PER_CLASS,
    /**
     * A fresh gateway per test method (fixtures imported each time). Inject it into test methods
     * and {@code @BeforeEach}/{@code @AfterEach} methods, not constructors or {@code @BeforeAll}.
     */
    PER_METHOD
  }
}
