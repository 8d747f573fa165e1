package io.github.fakeapigw.internal.management.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.FakeApiGateway;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of API Gateway's service model is either served or answered 501 {@code
 * NotImplemented} naming it: none reads like the caller's mistake (404 {@code
 * UnknownOperationException}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceModelCoverageTest {
  private static final String SIG_V4 = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request,"
      + " SignedHeaders=host;x-amz-date, Signature=0123abcd";

  private FakeApiGateway gateway;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  void start() {
    gateway = new FakeApiGateway().start();
  }

  @AfterAll
  void stop() {
    gateway.close();
  }

  Stream<AwsOperations.Operation> operations() {
    return AwsOperations.all().stream();
  }

  @Test
  void knows_every_operation_of_the_service_model() {
    assertThat(AwsOperations.all()).hasSize(120);
    assertThat(AwsOperations.all()).extracting(AwsOperations.Operation::name)
        .doesNotHaveDuplicates()
        .contains("GetVpcLinks", "ImportRestApi", "PutRestApi", "GetExport", "CreateDomainName");
  }

  @Test
  void finds_the_import_by_its_fixed_query() {
    assertThat(AwsOperations.find("POST", List.of("restapis"), java.util.Map.of("mode", List.of("import"))))
        .map(AwsOperations.Operation::name).hasValue("ImportRestApi");
    assertThat(AwsOperations.find("POST", List.of("restapis"), java.util.Map.of()))
        .map(AwsOperations.Operation::name).hasValue("CreateRestApi");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void answers_every_operation_either_served_or_501_naming_it(AwsOperations.Operation op) throws Exception {
    StringBuilder path = new StringBuilder();
    for (String s : op.template()) {
      path.append('/').append(s.startsWith("{") ? "nope" : s);
    }
    op.fixedQuery().ifPresent(q -> path.append('?').append(q.getKey()).append('=').append(q.getValue()));
    boolean hasBody = op.method().equals("POST") || op.method().equals("PUT") || op.method().equals("PATCH");
    HttpRequest request = HttpRequest.newBuilder(gateway.managementUrl().resolve(path.toString()))
        .header("Authorization", SIG_V4)
        .header("Content-Type", "application/json")
        .method(op.method(), hasBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
        .build();

    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(answer.headers().firstValue("x-amzn-ErrorType"))
        .as("%s %s answered %s %s", op.method(), path, answer.statusCode(), answer.body())
        .isNotEqualTo(java.util.Optional.of("UnknownOperationException"))
        .isNotEqualTo(java.util.Optional.of("InternalFailure"));
    if (answer.statusCode() == 501) {
      assertThat(answer.headers().firstValue("x-amzn-ErrorType")).hasValue("NotImplemented");
      assertThat(answer.body()).isEqualTo("{\"message\":\"" + op.name() + " (" + op.method() + " "
          + path.toString().replaceAll("\\?.*", "") + ") is not supported by the fake API Gateway\"}");
    }
  }
}
