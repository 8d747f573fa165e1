package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGatewayOptions;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;
import io.github.fakeapigw.internal.state.ApiState;
import io.github.fakeapigw.lambda.LambdaFunction;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.IntegrationType;
import io.github.fakeapigw.model.RestApi;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The proxy event reads binaryMediaTypes from the deployment serving the request. */
class BinaryMediaTypesLookupTest {
  private final GatewayRuntime runtime =
      new GatewayRuntime(FakeApiGatewayOptions.defaults(), "fake-apigw-binary-test-");

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void encodes_the_body_when_the_serving_deployment_declares_its_type_binary() {
    // GIVEN the current definition has no binary types, but the deployment "d1x2y3" has image/png
    runtime.state().put(new ApiState(
        definition(List.of()),
        Map.of("d1x2y3", new Deployment("d1x2y3", Optional.empty(), Instant.now(),
            definition(List.of("image/png")))),
        Map.of()));
    LambdaFunction echoEvent = (event, context) ->
        "{\"body\":" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(event) + "}";
    runtime.lambdaFunctions().register(FunctionRef.parse("echo"), echoEvent);

    LambdaResult result =
        runtime.lambdaIntegration()
            .invoke(
                Fixtures.lambda(IntegrationType.AWS_PROXY,
                    "arn:aws:lambda:us-east-1:123456789012:function:echo", 1_000),
                Fixtures.post("PNG!", "image/png"),
                Fixtures.context(Map.of()),
                HttpHeaders.empty(),
                new byte[0]);

    String event = ((LambdaResult.ProxyResponse) result).response().bodyAsString();
    assertThat(event).contains("\"body\":\"UE5HIQ==\",\"isBase64Encoded\":true");
  }

  private static ApiDefinition definition(List<String> binaryMediaTypes) {
    RestApi restApi =
        new RestApi("abc123defg", "binary", Optional.empty(), Instant.now(), Optional.empty(),
            List.of(), binaryMediaTypes, Optional.empty(), null, null, Optional.empty(), Map.of(),
            false, "root");
    return new ApiDefinition(restApi, Map.of(), Map.of(), Map.of(), Map.of());
  }
}
