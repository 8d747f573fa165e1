package io.github.fakeapigw.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Lets the annotated test method (or every test of the annotated class, {@code @Nested} classes
 * included) record invocations that matched no resource without failing, overriding {@link
 * ApiGatewayTest#failOnUnmatchedRequests()} for it alone: for a test of a 403 or 404 path.
 *
 * <pre>{@code
 * @Test
 * @AllowUnmatchedRequests
 * void answers_403_for_an_unknown_path(FakeApiGateway gateway) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface AllowUnmatchedRequests {}
