package io.github.fakeapigw.recording;

/**
 * An error the gateway answered with instead of a normal response.
 *
 * @param responseType the gateway response type ({@code INTEGRATION_TIMEOUT}, {@code
 *     MISSING_AUTHENTICATION_TOKEN}, ...)
 * @param status the status sent to the caller
 * @param message the message sent to the caller
 * @param cause the full explanation for the test author (never sent to the caller)
 */
public record RecordedError(String responseType, int status, String message, String cause) {}
