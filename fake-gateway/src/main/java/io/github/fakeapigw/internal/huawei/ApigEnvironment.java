package io.github.fakeapigw.internal.huawei;

/** An environment ({@code /envs}); {@code RELEASE} is built in. */
public record ApigEnvironment(String id, String name, String remark, String createTime) {
  /** The id of the built-in {@code RELEASE} environment. */
  public static final String RELEASE_ID = "DEFAULT_ENVIRONMENT_RELEASE_ID";

  /** The name of the built-in environment. */
  public static final String RELEASE_NAME = "RELEASE";
}
