package io.github.fakeapigw.internal.integration.lambda;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the function ARN out of an integration URI {@code
 * arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations}.
 */
final class LambdaUris {
  private static final Pattern INVOCATIONS =
      Pattern.compile(
          "arn:aws[a-zA-Z-]*:apigateway:([a-z0-9-]+):lambda:path/2015-03-31/functions/(.+)/invocations");
  private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([^}]*)}");

  private LambdaUris() {}

  /** Replaces every {@code ${stageVariables.x}} by its value, or by nothing when undefined. */
  static String substituteStageVariables(String uri, Map<String, String> stageVariables) {
    Matcher m = STAGE_VARIABLE.matcher(uri);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(stageVariables.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The function ARN of a Lambda invocation URI, or empty if the URI is not one. */
  static Optional<String> functionArn(String uri) {
    Matcher m = INVOCATIONS.matcher(uri);
    return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
  }
}
