package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.ADD;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REMOVE;
import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.AccountService.Account;
import io.github.fakeapigw.internal.management.aws.ApiException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** UpdateAccount: {@code /cloudwatchRoleArn} (replace) and {@code /features} (add or remove {@code UsagePlans}). */
public final class AccountPatch {
  private AccountPatch() {}

  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");

  public static final PatchRules<Account> RULES = PatchRules.<Account>builder()
      .field("/cloudwatchRoleArn", EnumSet.of(REPLACE), (a, op) -> {
        Optional<String> arn = PatchValues.clearable(op).filter(v -> !v.isEmpty());
        arn.ifPresent(v -> {
          if (!ROLE_ARN.matcher(v).matches()) {
            // AWS's answer when it cannot assume the role; it checks the role, we check the ARN's form
            throw ApiException.badRequest("The role ARN does not have required permissions set to API Gateway");
          }
        });
        return a.withCloudwatchRoleArn(arn);
      })
      .field("/features", EnumSet.of(ADD, REMOVE), (a, op) -> {
        String feature = PatchValues.required(op);
        if (!feature.equals("UsagePlans")) {
          // our wording: AWS documents UsagePlans as the only feature
          throw ApiException.badRequest("Invalid feature specified: '" + feature + "'. Must be one of: [UsagePlans]");
        }
        List<String> features = new ArrayList<>(a.features());
        features.remove(feature);
        if (op.op() == ADD) {
          features.add(feature);
        }
        return a.withFeatures(features);
      })
      .build();
}
