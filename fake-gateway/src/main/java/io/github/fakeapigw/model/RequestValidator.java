package io.github.fakeapigw.model;

/** A {@code RequestValidator}. */
public record RequestValidator(
    String id, String name, boolean validateRequestBody, boolean validateRequestParameters) {}
