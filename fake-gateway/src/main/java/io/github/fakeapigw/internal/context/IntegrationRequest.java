package io.github.fakeapigw.internal.context;

import io.github.fakeapigw.internal.http.HttpHeaders;
import java.net.URI;

/**
 * The request the gateway sends to an HTTP endpoint, exactly as sent.
 *
 * @param timeoutMillis the integration's {@code timeoutInMillis}
 */
public record IntegrationRequest(
    String httpMethod, URI uri, HttpHeaders headers, byte[] body, int timeoutMillis) {}
