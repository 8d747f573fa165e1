package io.github.fakeapigw.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fakeapigw.FakeApiGateway;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.Op;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;

/** Test helpers: an SDK client for a gateway and exact AWS error checks. */
final class Aws {
  private Aws() {}

  /**
   * An SDK client for the gateway. Uses the Apache client: {@code UrlConnectionHttpClient} cannot
   * send PATCH ({@code HttpURLConnection} refuses the verb), and every Update* call is a PATCH.
   */
  static ApiGatewayClient client(FakeApiGateway gateway) {
    return ApiGatewayClient.builder()
        .endpointOverride(gateway.managementUrl())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(ApacheHttpClient.builder().useIdleConnectionReaper(false).build())
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }

  /** Creates a fresh API and returns its id. */
  static String newApi(ApiGatewayClient client, String name) {
    return client.createRestApi(CreateRestApiRequest.builder().name(name).build()).id();
  }

  static String rootId(ApiGatewayClient client, String apiId) {
    return client.getRestApi(r -> r.restApiId(apiId)).rootResourceId();
  }

  static PatchOperation op(Op op, String path, String value) {
    return PatchOperation.builder().op(op).path(path).value(value).build();
  }

  static PatchOperation op(Op op, String path) {
    return PatchOperation.builder().op(op).path(path).build();
  }

  /** UpdateStage's message for a patch path it does not know, listing the paths it does. */
  static String invalidStagePath(String path) {
    // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_canary_deployment_validation, "update-stage-canary-settings-bad-path-2"
    return "Invalid method setting path: " + path + ". Must be one of: [/deploymentId, /description,"
        + " /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings,"
        + " /accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled,"
        + " /{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel,"
        + " /{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit"
        + "/{resourcePath}/{httpMethod}/caching/ttlInSeconds, /{resourcePath}/{httpMethod}/caching/enabled,"
        + " /{resourcePath}/{httpMethod}/caching/dataEncrypted,"
        + " /{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl,"
        // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_canary.snapshot.json, TestStageCrudCanary::test_update_stage_canary_deployment_validation, "update-stage-canary-settings-bad-path-2"
        + " /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, /*/*/metrics/enabled,"
        + " /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit"
        + " /*/*/caching/ttlInSeconds, /*/*/caching/enabled, /*/*/caching/dataEncrypted,"
        + " /*/*/caching/requireAuthorizationForCacheControl, /*/*/caching/unauthorizedCacheControlHeaderStrategy,"
        + " /variables/{variable_name}, /tracingEnabled]";
  }

  /**
   * Asserts that the call fails with the SDK's typed exception, HTTP status, AWS error code and
   * exact message.
   */
  static <E extends ApiGatewayException> E assertAwsError(
      ThrowingCallable call, Class<E> type, int status, String errorCode, String message) {
    E e = catchThrowableOfType(type, call);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
    return e;
  }
}
