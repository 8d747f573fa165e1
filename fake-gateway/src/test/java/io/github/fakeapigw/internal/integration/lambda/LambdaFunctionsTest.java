package io.github.fakeapigw.internal.integration.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.lambda.LambdaFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LambdaFunctionsTest {
  private final LambdaFunctions functions = new LambdaFunctions("fake-apigw-test-", 10);
  private final LambdaFunction plain = (e, c) -> "plain";
  private final LambdaFunction live = (e, c) -> "live";
  private final LambdaFunction inEurope = (e, c) -> "europe";

  @AfterEach
  void close() {
    functions.close();
  }

  @Test
  void a_qualified_registration_wins_over_the_unqualified_one() {
    functions.register(FunctionRef.parse("prices"), plain);
    functions.register(FunctionRef.parse("prices:live"), live);

    assertThat(find("prices:live")).isSameAs(live);
    assertThat(find("prices:3")).isSameAs(plain);
    assertThat(find("prices")).isSameAs(plain);
    assertThat(find("arn:aws:lambda:us-east-1:123456789012:function:prices:live")).isSameAs(live);
  }

  @Test
  void a_qualified_registration_alone_does_not_serve_other_qualifiers() {
    functions.register(FunctionRef.parse("prices:live"), live);

    assertThat(functions.find(FunctionRef.parse("prices"), "us-east-1", "123456789012")).isEmpty();
    assertThat(functions.find(FunctionRef.parse("prices:3"), "us-east-1", "123456789012"))
        .isEmpty();
  }

  @Test
  void an_arn_registration_serves_only_its_region_and_account() {
    functions.register(
        FunctionRef.parse("arn:aws:lambda:eu-west-1:210987654321:function:prices"), inEurope);

    assertThat(functions.find(FunctionRef.parse("prices"), "us-east-1", "123456789012")).isEmpty();
    assertThat(find("arn:aws:lambda:eu-west-1:210987654321:function:prices")).isSameAs(inEurope);
    assertThat(functions.find(FunctionRef.parse("prices"), "eu-west-1", "210987654321"))
        .map(LambdaFunctions.Registration::function)
        .containsSame(inEurope);
  }

  @Test
  void registering_again_replaces_and_lists_each_reference_once() {
    functions.register(FunctionRef.parse("prices"), plain);
    functions.register(FunctionRef.parse("prices"), live);

    assertThat(find("prices")).isSameAs(live);
    assertThat(functions.registeredNames()).containsExactly("prices");
  }

  @Test
  void handler_threads_are_named_daemons() throws Exception {
    Thread thread =
        functions.executor().submit(Thread::currentThread).get();

    assertThat(thread.getName()).isEqualTo("fake-apigw-test-lambda-1");
    assertThat(thread.isDaemon()).isTrue();
  }

  private LambdaFunction find(String ref) {
    return functions
        .find(FunctionRef.parse(ref), "us-east-1", "123456789012")
        .orElseThrow()
        .function();
  }
}
