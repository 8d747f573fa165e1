package io.github.fakeapigw.internal.management.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fakeapigw.internal.management.ManagementError;
import io.github.fakeapigw.internal.management.ManagementError.Field;
import io.github.fakeapigw.internal.management.ManagementError.Kind;
import io.github.fakeapigw.internal.management.ManagementError.Reason;
import io.github.fakeapigw.internal.management.ManagementError.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AWS dialect words every neutral error the service can raise. */
class AwsErrorsTest {

  @ParameterizedTest(name = "{0}")
  @EnumSource(Field.class)
  void words_an_invalid_value_of_every_field_as_a_400(Field field) {
    AwsErrors.AwsError e = AwsErrors.render(ManagementError.invalid(field, Reason.MALFORMED, "x", "y"), "123");

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.type()).isIn("BadRequestException", "ValidationException");
    assertThat(e.message()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void words_every_refused_rule_as_a_bad_request(Rule rule) {
    AwsErrors.AwsError e = AwsErrors.render(ManagementError.refused(rule, "a", "b", "c"), "123");

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.type()).isEqualTo("BadRequestException");
    assertThat(e.message()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Kind.class)
  void words_every_missing_kind_as_a_404(Kind kind) {
    AwsErrors.AwsError e = AwsErrors.render(ManagementError.notFound(kind, "api1", "thing"), "123");

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.type()).isEqualTo("NotFoundException");
    assertThat(e.message()).isNotBlank();
  }

  @Test
  void names_the_sdk_member_and_account_where_aws_does() {
    assertThat(AwsErrors.render(ManagementError.invalid(Field.REST_API_NAME, Reason.MISSING), "123").message())
        .isEqualTo("1 validation error detected: Value null at 'createRestApiInput.name' failed to satisfy"
            + " constraint: Member must not be null");
    assertThat(AwsErrors.render(ManagementError.notOneOf(Field.DEPLOYMENT_CACHE_CLUSTER_SIZE, "2", List.of("0.5",
        "1.6")), "123").message())
        .isEqualTo("1 validation error detected: Value '2' at 'createDeploymentInput.cacheClusterSize' failed to"
            + " satisfy constraint: Member must satisfy enum value set: [0.5, 1.6]");
    assertThat(AwsErrors.render(ManagementError.notFound(Kind.REST_API, "abc"), "123").message())
        .isEqualTo("Invalid API identifier specified 123:abc");
  }
}
