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
    if (e instanceof ManagementError.Conflict c) {
      return new AwsError(409, "ConflictException", conflict(c));
    }
    if (e instanceof ManagementError.Invalid i) {
      return invalid(i);
    }
    return badRequest(refused((ManagementError.Refused) e)); // sealed: the only other kind
  }

  private static AwsError badRequest(String message) {
    return new AwsError(400, "BadRequestException", message);
  }

  private static AwsError validation(String message) {
    return new AwsError(400, "ValidationException", message);
  }

  /** AWS's ValidationException for a value outside a modeled enum, at SDK member {@code member}. */
  private static AwsError enumViolation(ManagementError.Invalid e, String member) {
    return validation(AwsValues.enumViolation(e.value(), member, e.allowed()).getMessage());
  }

  /** AWS's ValidationException for a missing required member. */
  private static AwsError missing(String member) {
    return validation(AwsValues.missing(member).getMessage());
  }

  /** Our BadRequest wording for a value outside a closed set (AWS's differs per field). */
  private static AwsError notOneOf(ManagementError.Invalid e, String label) {
    return badRequest("Invalid " + label + " specified: '" + e.value() + "'. Must be one of: " + e.allowed());
  }

  /** AWS's family for bad mapping expressions (the inner wording is ours; AWS's varies). */
  private static String invalidMappingExpression(String expression) {
    return "Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid"
        + " mapping expression specified: " + expression + "]";
  }

  private static AwsError invalid(ManagementError.Invalid e) {
    ManagementError.Reason reason = e.reason();
    String value = e.value();
    switch (e.field()) {
      case REST_API_NAME:
        return reason == ManagementError.Reason.MISSING
            ? missing("createRestApiInput.name")
            : badRequest("Name cannot be empty"); // our wording
      case DESCRIPTION:
        return badRequest("Description cannot be an empty string");
      case API_KEY_SOURCE:
        return notOneOf(e, "apiKeySource");
      case MINIMUM_COMPRESSION_SIZE:
        return badRequest("Invalid minimum compression size, must be between 0 and 10485760");
      case PATH_PART:
        return badRequest("Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the"
            + " end and an optional plus sign before the closing brace.");
      case HTTP_METHOD:
        return badRequest("Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
      case INTEGRATION_HTTP_METHOD:
        return reason == ManagementError.Reason.MISSING
            ? badRequest("Enumeration value for HttpMethod must be non-empty")
            : badRequest("Invalid HttpMethod specified. Valid options are GET,PUT,POST,DELETE,PATCH,OPTIONS,HEAD,ANY");
      case AUTHORIZATION_TYPE:
        return notOneOf(e, "authorizationType");
      case AUTHORIZER_ID:
        return badRequest("Invalid authorizer ID specified. Setting the authorization type to CUSTOM"
            + " or COGNITO_USER_POOLS requires a valid authorizer.");
      case REQUEST_VALIDATOR_ID:
        return badRequest("Invalid Request Validator identifier specified");
      case MODEL_REFERENCE:
        return badRequest("Invalid model identifier specified: " + value);
      case METHOD_REQUEST_PARAMETER:
        return reason == ManagementError.Reason.NOT_UNIQUE
            ? badRequest("Parameter names must be unique across querystring, header and path")
            : badRequest(invalidMappingExpression(value));
      case MAPPING_EXPRESSION:
        return badRequest(invalidMappingExpression(value));
      case STATUS_CODE:
        return validation("1 validation error detected: Value '" + value + "' at 'statusCode' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d");
      case SELECTION_PATTERN:
        // our wording
        return badRequest("Invalid selection pattern specified: '" + value + "' is not a valid regular expression");
      case INTEGRATION_URL:
        return badRequest("Invalid HTTP endpoint specified for URI");
      case INTEGRATION_ARN:
        return reason == ManagementError.Reason.NOT_ONE_OF
            ? badRequest("AWS ARN for integration must contain path or action")
            : badRequest("Invalid ARN specified in the request");
      case INTEGRATION_PROXY_TARGET:
        return badRequest("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose"
            + " stream invocations.");
      case CONNECTION_TYPE:
        return enumViolation(e, "putIntegrationInput.connectionType");
      case TIMEOUT_IN_MILLIS:
        return badRequest("Timeout should be between 50 ms and 29000 ms");
      case PASSTHROUGH_BEHAVIOR:
        return notOneOf(e, "passthrough behavior");
      case CONTENT_HANDLING:
        return notOneOf(e, "content handling strategy");
      case STAGE_NAME:
        return reason == ManagementError.Reason.MISSING
            ? missing("createStageInput.stageName")
            // AWS's wording for a bad stage name is not documented; ours
            : badRequest("Stage name only allows a-zA-Z0-9_- and at most 128 characters: '" + value + "'");
      case DEPLOYMENT_ID:
        return reason == ManagementError.Reason.MISSING
            ? missing("createStageInput.deploymentId")
            : badRequest("Deployment id does not exist");
      case STAGE_VARIABLE_NAME:
        // AWS's wording for this and the next refusal is not documented; ours
        return badRequest("Stage variable name '" + value + "' is invalid: names must match [A-Za-z0-9_]+");
      case STAGE_VARIABLE_VALUE:
        return badRequest("Stage variable value '" + e.values().get(1) + "' of '" + value
            + "' is invalid: values must match [A-Za-z0-9-._~:/?#&=,]+");
      case PERCENT_TRAFFIC:
        // AWS's wording is not documented; ours
        return badRequest("Invalid percentTraffic specified: " + value + ". Must be between 0.0 and 100.0");
      case STAGE_CACHE_CLUSTER_SIZE:
        return enumViolation(e, "createStageInput.cacheClusterSize");
      case DEPLOYMENT_CACHE_CLUSTER_SIZE:
        return enumViolation(e, "createDeploymentInput.cacheClusterSize");
      case MODEL_NAME:
        return reason == ManagementError.Reason.MISSING
            ? missing("createModelInput.name")
            : badRequest("Model name must be non-empty and alphanumeric");
      case MODEL_CONTENT_TYPE:
        return missing("createModelInput.contentType");
      case GATEWAY_RESPONSE_TYPE:
        return enumViolation(e, "responseType");
      case ENDPOINT_TYPE:
        // AWS's text: LocalStack's AWS-recorded tests/aws/services/apigateway/test_apigateway_api.snapshot.json,
        // TestApiGatewayApiRestApi::test_create_rest_api_with_endpoint_configuration, "create-with-invalid-types"
        return validation("1 validation error detected: Value '" + value + "' at "
            + "'createRestApiInput.endpointConfiguration.types' failed to satisfy constraint: Member must satisfy"
            + " constraint: [Member must satisfy enum value set: [" + String.join(", ", e.allowed()) + "]]");
      case MODEL_SCHEMA:
        // AWS's family for a refused schema (BadRequestException "Invalid model specified: Validation
        // Result: ..."); the inner error is AWS's general one, the parser's reason is ours
        return badRequest("Invalid model specified: Validation Result: warnings : [], errors : [Invalid model"
            + " schema specified: " + e.values().get(1) + "]");
      case MAPPING_TEMPLATE:
        // our wording: AWS documents no message for a template that does not parse
        return badRequest("Invalid mapping template specified for content type '" + value + "': "
            + e.values().get(1));
      default:
        throw new IllegalStateException("No AWS wording for " + e.field());
    }
  }

  private static String refused(ManagementError.Refused e) {
    java.util.List<String> v = e.values();
    return switch (e.rule()) {
      case CHILD_OF_GREEDY_RESOURCE -> "Cannot create a child of a resource with a greedy path variable: " + v.get(0);
      case SECOND_VARIABLE_SIBLING ->
          "A sibling (" + v.get(0) + ") of this resource already has a variable path part -- only one is allowed";
      case ROOT_PATH_PART_IS_FIXED -> "Root resource cannot update its pathPart.";
      case ROOT_PARENT_IS_FIXED -> "Root resource cannot update its parentId.";
      case ROOT_CANNOT_BE_DELETED -> "Cannot delete root resource"; // our wording
      case RESOURCES_CANNOT_BE_CYCLICAL -> "Resources cannot be cyclical.";
      case CANARY_NEEDS_A_STAGE_NAME -> "Invalid deployment content specified.Non null and non empty stageName"
          + " must be provided for canary deployment. Provided value is " + v.get(0);
      case CANARY_NEEDS_AN_EXISTING_STAGE -> "Invalid deployment content specified.Stage " + v.get(0)
          + " must already be created before making a canary release deployment";
      case METHOD_WITHOUT_INTEGRATION -> "No integration defined for method";
      case API_WITHOUT_METHODS -> "The REST API doesn't contain any methods";
      case DEPLOYMENT_IN_USE -> "Active stages pointing to this deployment must be moved or deleted";
      // AWS refuses too; its exact wording is not documented
      case MODEL_IN_USE ->
          "Cannot delete model '" + v.get(0) + "', is referenced in method: " + v.get(1) + " " + v.get(2);
    };
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
      case CLIENT_CERTIFICATE -> "Invalid Client Certificate identifier specified";
      case DOCUMENTATION_PART -> "Invalid Documentation part identifier specified";
      // AWS's wording is not documented; ours, in its family
      case DOCUMENTATION_VERSION -> "Invalid Documentation version specified: " + e.id();
    };
  }

  private static String conflict(ManagementError.Conflict e) {
    return switch (e.kind()) {
      case RESOURCE -> "Another resource with the same parent already has this name: " + e.id();
      case METHOD -> "Method already exists for this resource";
      case MODEL -> "Model name already exists for this REST API";
      case STAGE -> "Stage already exists";
      // AWS refuses a second part for one location; its exact wording is not documented
      case DOCUMENTATION_PART -> "Documentation part " + e.id() + " already documents this location";
      case DOCUMENTATION_VERSION -> "Documentation version already exists: " + e.id(); // our wording
      default -> e.kind() + " already exists: " + e.id(); // the service raises no other conflict
    };
  }
}
