package io.github.fakeapigw.internal.state;

import java.util.Random;

/** Random ids in API Gateway's shapes: 10 lowercase alphanumerics for APIs, 6 for resources. */
public final class IdGenerator {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private final Random random;

  public IdGenerator(Random random) {
    this.random = random;
  }

  public synchronized String next(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  public String restApiId() {
    return next(10);
  }

  public String resourceId() {
    return next(10);
  }

  public String deploymentId() {
    return next(6);
  }
}
