package io.github.fakeapigw.internal.huawei.invoke;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FunctionGraph URNs ({@code urn:fss:cn-north-4:<project>:function:<package>:<name>[:<version>]})
 * as names of the gateway's one function registry.
 */
public final class HuaweiFunctions {
  private static final Pattern URN =
      Pattern.compile("urn:fss:[^:]+:[^:]*:function:[^:]+:([A-Za-z0-9_-]{1,64})(?::([^:]+))?");

  private HuaweiFunctions() {}

  /**
   * The registry name of a function URN: {@code name:version}, or {@code name} without a version.
   *
   * @throws IllegalArgumentException if it is not a FunctionGraph function URN
   */
  public static String functionName(String urn) {
    Matcher m = URN.matcher(urn == null ? "" : urn);
    if (!m.matches()) {
      throw new IllegalArgumentException("A FunctionGraph function must be given by its URN,"
          + " urn:fss:<region>:<project_id>:function:<package>:<name>[:<version>]"
          + " (e.g. urn:fss:cn-north-4:0123456789abcdef:function:default:orders:latest);"
          + " offending: \"" + urn + "\"");
    }
    return m.group(2) == null ? m.group(1) : m.group(1) + ":" + m.group(2);
  }
}
