package io.github.fakeapigw.internal.management;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The account-level settings of API Gateway in this region (GetAccount / UpdateAccount): the
 * CloudWatch role, the account's throttle limits and its features. One per gateway; {@link
 * #reset()} and {@link #restore} follow the gateway's reset and checkpoints.
 */
public final class AccountService {

  /** Account throttle limits, as AWS reports them for a new account. */
  public record Throttle(int burstLimit, double rateLimit) {}

  /** The account as GetAccount answers it. */
  public record Account(Optional<String> cloudwatchRoleArn, Throttle throttleSettings, List<String> features,
      String apiKeyVersion) {
    public Account {
      Objects.requireNonNull(cloudwatchRoleArn, "cloudwatchRoleArn");
      Objects.requireNonNull(throttleSettings, "throttleSettings");
      features = List.copyOf(features);
      Objects.requireNonNull(apiKeyVersion, "apiKeyVersion");
    }

    public Account withCloudwatchRoleArn(Optional<String> arn) {
      return new Account(arn, throttleSettings, features, apiKeyVersion);
    }

    public Account withFeatures(List<String> next) {
      return new Account(cloudwatchRoleArn, throttleSettings, next, apiKeyVersion);
    }
  }

  /**
   * A new account: no CloudWatch role, AWS's default account limits (burst 5,000, rate 10,000
   * requests per second), usage plans enabled, API key version 4.
   */
  public static final Account DEFAULT =
      new Account(Optional.empty(), new Throttle(5000, 10000.0), List.of("UsagePlans"), "4");

  private final AtomicReference<Account> account = new AtomicReference<>(DEFAULT);

  public Account account() {
    return account.get();
  }

  /** Applies {@code edit} to the account; a refusal thrown by the edit keeps the account as it was. */
  public Account updateAccount(UnaryOperator<Account> edit) {
    return account.updateAndGet(a -> Objects.requireNonNull(edit.apply(a), "edited account"));
  }

  /** Back to a new account's settings. */
  public void reset() {
    account.set(DEFAULT);
  }

  /** Puts back the account as a checkpoint took it. */
  public void restore(Account earlier) {
    account.set(Objects.requireNonNull(earlier, "earlier"));
  }
}
