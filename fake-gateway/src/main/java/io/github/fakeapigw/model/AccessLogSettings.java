package io.github.fakeapigw.model;

import java.util.Optional;

/** {@code Stage.accessLogSettings}. */
public record AccessLogSettings(Optional<String> format, Optional<String> destinationArn) {
  public AccessLogSettings {
    format = format == null ? Optional.empty() : format;
    destinationArn = destinationArn == null ? Optional.empty() : destinationArn;
  }
}
