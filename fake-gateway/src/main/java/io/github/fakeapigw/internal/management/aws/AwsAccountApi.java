package io.github.fakeapigw.internal.management.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fakeapigw.internal.management.AccountService;
import io.github.fakeapigw.internal.management.aws.patch.AccountPatch;
import io.github.fakeapigw.internal.management.aws.patch.RawPatchOperation;
import java.util.Optional;

/** GetAccount and UpdateAccount on {@code /account}. */
final class AwsAccountApi {
  private final AccountService accounts;
  private final ObjectMapper mapper;

  AwsAccountApi(AccountService accounts, ObjectMapper mapper) {
    this.accounts = accounts;
    this.mapper = mapper;
  }

  /** The answer's body for {@code verb} on {@code /account}; empty for a verb AWS has no operation for. */
  Optional<ObjectNode> handle(String verb, byte[] body) {
    switch (verb) {
      case "GET":
        return Optional.of(render(accounts.account()));
      case "PATCH": {
        var ops = RawPatchOperation.validate("updateAccountInput", AwsJson.parse(mapper, body).patchOperations());
        return Optional.of(render(accounts.updateAccount(a -> AccountPatch.RULES.apply(a, ops))));
      }
      default:
        return Optional.empty();
    }
  }

  private ObjectNode render(AccountService.Account a) {
    ObjectNode n = mapper.createObjectNode();
    a.cloudwatchRoleArn().ifPresent(arn -> n.put("cloudwatchRoleArn", arn));
    n.putObject("throttleSettings")
        .put("burstLimit", a.throttleSettings().burstLimit())
        .put("rateLimit", a.throttleSettings().rateLimit());
    var features = n.putArray("features");
    a.features().forEach(features::add);
    n.put("apiKeyVersion", a.apiKeyVersion());
    return n;
  }
}
