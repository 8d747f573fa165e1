package io.github.fakeapigw.recording;

import java.util.Map;

/**
 * The resource and method a request matched.
 *
 * @param resourcePath the resource's template path ({@code /pets/{petId}})
 * @param httpMethod the matched method's verb as configured ({@code GET} or {@code ANY})
 * @param pathParameters path parameter name to raw value
 */
public record MatchedRoute(
    String resourceId, String resourcePath, String httpMethod, Map<String, String> pathParameters) {
  public MatchedRoute {
    pathParameters = Copies.map(pathParameters);
  }
}
