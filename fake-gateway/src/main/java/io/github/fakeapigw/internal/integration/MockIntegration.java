package io.github.fakeapigw.internal.integration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The MOCK integration: the integration request body (the rendered request template, or the passed
 * through method body) must be JSON with an integer {@code statusCode}; AWS also accepts unquoted
 * keys ({@code {statusCode: 200}}, as CDK emits). An empty body (no template, no payload) selects
 * status 200, so the default integration response answers.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html">
 *     Mock integrations</a>
 */
public final class MockIntegration {
  /** AWS's log text for a MOCK request body without a usable status code. */
  public static final String UNPARSABLE =
      "Unable to parse statusCode. It should be an integer that is defined in the request template.";

  @SuppressWarnings("deprecation")
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private MockIntegration() {}

  /**
   * The status code the MOCK integration answers with.
   *
   * @throws IntegrationException ({@link IntegrationException.Kind#CONFIGURATION}) when the body
   *     has no integer {@code statusCode}
   */
  public static int statusCode(String integrationBody) throws IntegrationException {
    if (integrationBody.isBlank()) {
      return 200;
    }
    JsonNode node;
    try {
      node = LENIENT.readTree(integrationBody);
    } catch (JsonProcessingException e) {
      throw new IntegrationException(
          IntegrationException.Kind.CONFIGURATION,
          UNPARSABLE + " The MOCK request body is not JSON: " + e.getOriginalMessage()
              + "; body: " + abbreviate(integrationBody), e);
    }
    JsonNode status = node == null ? null : node.get("statusCode");
    if (status == null || !status.isIntegralNumber() || !status.canConvertToInt()) {
      throw new IntegrationException(
          IntegrationException.Kind.CONFIGURATION,
          UNPARSABLE + " The MOCK request body "
              + (status == null ? "has no statusCode" : "has statusCode " + status
                  + ", which is not an integer")
              + "; body: " + abbreviate(integrationBody), null);
    }
    return status.intValue();
  }

  private static String abbreviate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "… (" + (s.length() - 500) + " more chars)";
  }
}
