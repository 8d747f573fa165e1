package io.github.fakeapigw.internal.integration.lambda;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda function reference: a name with an optional version or alias, and, when given as an
 * ARN, its region and account.
 *
 * <p>Accepted forms: {@code prices}, {@code prices:live}, {@code
 * arn:aws:lambda:us-east-1:123456789012:function:prices} and {@code ...:function:prices:3}.
 */
public record FunctionRef(
    String name, Optional<String> qualifier, Optional<String> region, Optional<String> accountId) {

  private static final Pattern ARN =
      Pattern.compile(
          "arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\\d{12}):function:([^:]+)(?::([^:]+))?");
  private static final Pattern NAME = Pattern.compile("([^:]+)(?::([^:]+))?");
  private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  private static final Pattern VALID_QUALIFIER = Pattern.compile("[a-zA-Z0-9$_-]{1,128}");

  public FunctionRef {
    Objects.requireNonNull(name, "name");
    qualifier = qualifier == null ? Optional.empty() : qualifier;
    region = region == null ? Optional.empty() : region;
    accountId = accountId == null ? Optional.empty() : accountId;
  }

  /**
   * Parses a function name or ARN.
   *
   * @throws IllegalArgumentException if it is neither, naming the accepted forms
   */
  public static FunctionRef parse(String nameOrArn) {
    Objects.requireNonNull(nameOrArn, "nameOrArn");
    Matcher arn = ARN.matcher(nameOrArn);
    FunctionRef ref;
    if (arn.matches()) {
      ref =
          new FunctionRef(
              arn.group(3),
              Optional.ofNullable(arn.group(4)),
              Optional.of(arn.group(1)),
              Optional.of(arn.group(2)));
    } else {
      Matcher name = NAME.matcher(nameOrArn);
      if (nameOrArn.startsWith("arn:") || !name.matches()) {
        throw invalid(nameOrArn);
      }
      ref =
          new FunctionRef(
              name.group(1), Optional.ofNullable(name.group(2)), Optional.empty(), Optional.empty());
    }
    if (!VALID_NAME.matcher(ref.name()).matches()
        || ref.qualifier().map(q -> !VALID_QUALIFIER.matcher(q).matches()).orElse(false)) {
      throw invalid(nameOrArn);
    }
    return ref;
  }

  private static IllegalArgumentException invalid(String nameOrArn) {
    return new IllegalArgumentException(
        "A Lambda function must be given as a name (\"prices\"), a name with a version or alias"
            + " (\"prices:live\", \"prices:3\") or a function ARN"
            + " (\"arn:aws:lambda:us-east-1:123456789012:function:prices[:qualifier]\");"
            + " names use only letters, digits, '-' and '_'; offending: \""
            + nameOrArn
            + "\"");
  }

  /** The version Lambda reports: the qualifier when it is a version number, else {@code $LATEST}. */
  public String version() {
    return qualifier.filter(q -> q.chars().allMatch(Character::isDigit)).orElse("$LATEST");
  }

  /** The full ARN, filling a missing region and account with the given defaults. */
  public String arn(String defaultRegion, String defaultAccountId) {
    return "arn:aws:lambda:"
        + region.orElse(defaultRegion)
        + ":"
        + accountId.orElse(defaultAccountId)
        + ":function:"
        + name
        + qualifier.map(q -> ":" + q).orElse("");
  }

  /** The reference as written: an ARN if it had a region, else {@code name[:qualifier]}. */
  @Override
  public String toString() {
    String shortForm = name + qualifier.map(q -> ":" + q).orElse("");
    return region.isPresent()
        ? "arn:aws:lambda:" + region.get() + ":" + accountId.orElse("") + ":function:" + shortForm
        : shortForm;
  }
}
