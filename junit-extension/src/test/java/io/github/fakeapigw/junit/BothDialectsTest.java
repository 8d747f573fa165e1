package io.github.fakeapigw.junit;

import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.HuaweiDsl.apiGroup;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.DeployedApi;
import io.github.fakeapigw.FakeApiGateway;
import io.github.fakeapigw.HuaweiGroup;
import io.github.fakeapigw.dsl.GatewayDsl;
import io.github.fakeapigw.dsl.HuaweiDsl;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One {@code @ApiGatewayTest} gateway, one port, serving an AWS API and a Huawei group. */
@ApiGatewayTest
class BothDialectsTest {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> fetch(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void serves_an_aws_api_and_a_huawei_group_side_by_side(FakeApiGateway gateway)
      throws Exception {
    DeployedApi aws = gateway.deploy(restApi("aws_side")
        .resource("/hello", GatewayDsl.get().integration(mock()
            .respond(integrationResponse(200).withTemplate("application/json", "\"aws\""))))
        .stage("test"));
    HuaweiGroup huawei = gateway.deployHuawei(apiGroup("huawei_side")
        .api(HuaweiDsl.get("/hello").mockBackend("\"huawei\"")));

    HttpResponse<String> fromAws = fetch(URI.create(aws.invokeUrl("test") + "/hello"));
    HttpResponse<String> fromHuawei = fetch(URI.create(huawei.invokeUrl() + "/hello"));

    assertThat(fromAws.body()).isEqualTo("\"aws\"");
    assertThat(fromHuawei.body()).isEqualTo("\"huawei\"");
    assertThat(aws.invokeUrl("test").getPort()).isEqualTo(huawei.invokeUrl().getPort());
    assertThat(gateway.invocations()).extracting(i -> i.apiId())
        .containsExactly(aws.id(), huawei.id());
  }
}
