package io.github.fakeapigw.internal.openapi;

import io.github.fakeapigw.internal.management.ApiException;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.model.ApiDefinition;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an OpenAPI 3.0 / Swagger 2.0 document with {@code x-amazon-apigateway-*} extensions into an
 * {@link ApiDefinition}. Used by ImportRestApi / PutRestApi and by fixture files. (Being
 * implemented.)
 */
public final class OpenApiImport {
  private final GatewayRuntime runtime;

  public OpenApiImport(GatewayRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Builds a definition from a document.
   *
   * @param document JSON or YAML bytes
   * @param existing the API being overwritten or merged into (PutRestApi), empty for ImportRestApi
   * @param mode {@code overwrite} or {@code merge} (PutRestApi only)
   * @param parameters the request's query parameters ({@code failonwarnings}, {@code basepath}, ...)
   * @throws ApiException 400 {@code Invalid OpenAPI input.} and friends
   */
  public ApiDefinition toDefinition(
      byte[] document, Optional<ApiDefinition> existing, String mode, Map<String, String> parameters) {
    throw ApiException.badRequest("Invalid OpenAPI input. " + runtime.region());
  }
}
