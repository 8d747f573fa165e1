package com.example.consumer;

import static io.github.fakeapigw.assertions.GatewayAssertions.assertThat;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.GET;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.junit.ApiGatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A user's first test, against the installed artifacts. */
@ApiGatewayTest
class ConsumerTest {
  @Test
  void answers_through_a_mock_integration(FakeApiGateway gateway) throws Exception {
    DeployedApi api =
        gateway.deploy(
            restApi("hello")
                .resource("/hello", get().integration(mock().respond(integrationResponse(200))))
                .stage("test"));

    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.invokeUrl("test") + "/hello")).build(),
                HttpResponse.BodyHandlers.ofString());

    org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
    assertThat(gateway).invocation(GET, "/hello").hasStatus(200);
  }

  @Test
  void runs_on_the_projects_own_slf4j_api_1_7() {
    // SLF4JServiceProvider exists from slf4j-api 2.0 on: the project's 1.7.36 must have won
    assertThatThrownBy(() -> Class.forName("org.slf4j.spi.SLF4JServiceProvider"))
        .isInstanceOf(ClassNotFoundException.class);
    org.slf4j.LoggerFactory.getLogger(ConsumerTest.class).info("logging through slf4j-api 1.7");
  }
}
