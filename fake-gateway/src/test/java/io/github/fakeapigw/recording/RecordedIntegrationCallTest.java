package io.github.fakeapigw.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordedIntegrationCallTest {

  private static RecordedIntegrationCall call(String uri) {
    return new RecordedIntegrationCall(
        "HTTP", "GET", uri, Map.of(), "", Optional.empty(), Duration.ZERO, Optional.empty());
  }

  @Test
  void splits_an_http_uri_into_its_encoded_path_and_query() {
    RecordedIntegrationCall call = call("http://127.0.0.1:8080/v1/orders/a%2Fb?x=1&y=%20");
    assertThat(call.path()).isEqualTo("/v1/orders/a%2Fb");
    assertThat(call.query()).isEqualTo("x=1&y=%20");
  }

  @Test
  void a_lambda_function_arn_has_an_empty_path_and_query_never_null() {
    RecordedIntegrationCall call = call("arn:aws:lambda:us-east-1:123456789012:function:prices");
    assertThat(call.path()).isEmpty();
    assertThat(call.query()).isEmpty();
  }
}
