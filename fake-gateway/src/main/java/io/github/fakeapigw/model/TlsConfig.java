package io.github.fakeapigw.model;

/** {@code Integration.tlsConfig}. */
public record TlsConfig(boolean insecureSkipVerification) {}
