package io.github.fakeapigw.invoke;

import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.recording.RecordedInvocation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class InvokeLookingPathsTest {
  private final HttpClient http = HttpClient.newHttpClient();

  /** The shape of what the AWS SDK and CLI send (the guard checks the shape only). */
  private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/"
      + "apigateway/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123";

  private HttpResponse<String> send(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> sendSigned(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Authorization", SIGV4).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void records_an_invoke_url_resolved_without_its_trailing_slash_as_unmatched_with_the_fix()
      throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      DeployedApi api =
          gateway.deploy(restApi("orders").resource("/orders/{id}", get().integration(mock())).stage("test"));

      HttpResponse<String> response = send(URI.create(api.invokeUrl("test").toString()).resolve("orders/42"));

      // the answer stays the management API's: an unsigned request is refused as AWS refuses it
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("x-amzn-ErrorType"))
          // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
          .hasValue("MissingAuthenticationTokenException");
      assertThat(gateway.invocations()).singleElement().satisfies(inv -> {
        assertThat(inv.kind()).isEqualTo(RecordedInvocation.Kind.INVOKE);
        assertThat(inv.isMatched()).isFalse();
        assertThat(inv.stage()).hasValue("test");
        assertThat(inv.methodRequest().path()).isEqualTo("/orders/42");
        assertThat(inv.unmatchedReason()).hasValue(
            // the fake's own diagnostic (recording and log only; the client gets AWS's answer)
            "GET /restapis/" + api.id() + "/test/orders/42 reached the management API, not the invoke"
                + " URL of stage \"test\": its path lacks \"/_user_request_\" after the stage. An invoke"
                + " URL resolved without a trailing slash loses it (invokeUrl.resolve(\"orders/42\"));"
                + " append the resource path instead: URI.create(invokeUrl + \"/orders/42\")");
        assertThat(inv.error()).hasValueSatisfying(
            // AWS-recorded in LocalStack's tests/aws/services/apigateway/test_apigateway_common.snapshot.json, TestApigatewayRouting::test_routing_not_found, "not-found"
            e -> assertThat(e.responseType()).isEqualTo("MissingAuthenticationTokenException"));
      });
    }
  }

  @Test
  void records_a_signed_request_on_an_invoke_looking_path_with_the_management_apis_404()
      throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      DeployedApi api =
          gateway.deploy(restApi("orders").resource("/orders/{id}", get().integration(mock())).stage("test"));

      HttpResponse<String> response =
          sendSigned(URI.create(api.invokeUrl("test").toString()).resolve("orders/42"));

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("UnknownOperationException");
      assertThat(gateway.invocations()).singleElement().satisfies(inv -> {
        assertThat(inv.isMatched()).isFalse();
        assertThat(inv.unmatchedReason()).hasValueSatisfying(
            r -> assertThat(r).contains("its path lacks \"/_user_request_\" after the stage"));
        assertThat(inv.error()).hasValueSatisfying(
            e -> assertThat(e.responseType()).isEqualTo("UnknownOperationException"));
      });
    }
  }

  @Test
  void leaves_management_requests_on_paths_that_are_not_a_stage_unrecorded() throws Exception {
    try (FakeApiGateway gateway = new FakeApiGateway().start()) {
      DeployedApi api =
          gateway.deploy(restApi("orders").resource("/orders", get().integration(mock())).stage("test"));

      assertThat(sendSigned(URI.create(gateway.managementUrl() + "/restapis/" + api.id() + "/prod/orders")).statusCode())
          .isEqualTo(404);
      assertThat(sendSigned(URI.create(gateway.managementUrl() + "/restapis/" + api.id() + "/resources")).statusCode())
          .isEqualTo(200);
      assertThat(send(URI.create(gateway.managementUrl() + "/restapis/" + api.id() + "/resources")).statusCode())
          .isEqualTo(403);

      assertThat(gateway.invocations()).isEmpty();
    }
  }
}
