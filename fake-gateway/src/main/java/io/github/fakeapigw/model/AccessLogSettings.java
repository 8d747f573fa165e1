package io.github.fakeapigw.model;

import java.util.Optional;

/** {@code Stage.accessLogSettings}. */
public record AccessLogSettings(Optional<String> format, Optional<String> destinationArn) {
  public AccessLogSettings {
    format = format == null ? Optional.empty() : format;
    destinationArn = destinationArn == null ? Optional.empty() : destinationArn;
  }

  /** A copy with {@code format} replaced. */
  public AccessLogSettings withFormat(Optional<String> format) {
    return new AccessLogSettings(format, destinationArn);
  }

  /** A copy with {@code destinationArn} replaced. */
  public AccessLogSettings withDestinationArn(Optional<String> destinationArn) {
    return new AccessLogSettings(format, destinationArn);
  }
}
