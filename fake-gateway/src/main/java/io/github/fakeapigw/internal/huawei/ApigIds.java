package io.github.fakeapigw.internal.huawei;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Huawei's ids (32 lower-case hex digits), secrets and times (UTC, seven fraction digits). */
final class ApigIds {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter VERSION_NO =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;
  private final Random random;

  ApigIds(Clock clock, Random random) {
    this.clock = clock;
    this.random = random;
  }

  synchronized String newId() {
    return String.format("%016x%016x", random.nextLong(), random.nextLong());
  }

  synchronized String newSecret() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      sb.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
    }
    return sb.toString();
  }

  String now() {
    return TIME.format(clock.instant());
  }

  /** The version number Huawei shows for a publication: {@code yyyyMMddHHmmss}. */
  String versionNo() {
    return VERSION_NO.format(clock.instant());
  }
}
