package io.github.fakeapigw.internal.management.aws;

import io.github.fakeapigw.internal.management.ManagementError;

/** The service's neutral errors in API Gateway's words: status, {@code x-amzn-ErrorType} and message. */
final class AwsErrors {
  private AwsErrors() {}

  /** One rendered error. */
  record AwsError(int status, String type, String message) {}

  static AwsError render(ManagementError e, String accountId) {
    if (e instanceof ManagementError.NotFound n) {
      return new AwsError(404, "NotFoundException", notFound(n, accountId));
    }
    return new AwsError(409, "ConflictException", conflict((ManagementError.Conflict) e)); // sealed: the only other

  }

  private static String notFound(ManagementError.NotFound e, String accountId) {
    return switch (e.kind()) {
      case REST_API -> "Invalid API identifier specified " + accountId + ":" + e.id();
      case RESOURCE -> "Invalid Resource identifier specified";
      case METHOD -> "Invalid Method identifier specified";
      case INTEGRATION -> "Invalid Integration identifier specified";
      case METHOD_RESPONSE, INTEGRATION_RESPONSE -> "Invalid Response status code specified";
      case DEPLOYMENT -> "Invalid Deployment identifier specified";
      case STAGE -> "Invalid Stage identifier specified";
      case MODEL -> "Invalid model name specified: " + e.id();
      case REQUEST_VALIDATOR -> "Invalid Request Validator identifier specified";
      // AWS's wording for these two is not documented; ours
      case GATEWAY_RESPONSE -> "Invalid Gateway Response identifier specified";
      case TAGGABLE -> "Invalid resource ARN specified: " + e.id();
    };
  }

  private static String conflict(ManagementError.Conflict e) {
    return switch (e.kind()) {
      case RESOURCE -> "Another resource with the same parent already has this name: " + e.id();
      case METHOD -> "Method already exists for this resource";
      case MODEL -> "Model name already exists for this REST API";
      case STAGE -> "Stage already exists";
      default -> e.kind() + " already exists: " + e.id(); // the service raises no other conflict
    };
  }
}
