package io.github.fakeapigw.internal.integration;

import io.github.fakeapigw.internal.http.HttpHeaders;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The gateway's HTTP client for HTTP and HTTP_PROXY integrations: Apache HttpClient 5 (classic) with
 * a pooled, keep-alive connection manager. One per gateway, closed with it. It creates no threads.
 * Redirects are not followed, nothing is retried, bodies are not decompressed.
 */
public final class BackendHttpClient implements AutoCloseable {
  private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);

  private final PoolingHttpClientConnectionManager connections;
  private final CloseableHttpClient client;

  public BackendHttpClient() {
    connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(256)
            .setMaxConnPerRoute(64)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(CONNECT_TIMEOUT)
                    .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                    .build())
            .build();
    client =
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableDefaultUserAgent()
            .build();
  }

  /**
   * Sends the request and reads the whole response.
   *
   * @throws IntegrationException {@link IntegrationException.Kind#TIMEOUT} when no response came
   *     within {@code timeoutMillis}, {@link IntegrationException.Kind#NETWORK} on any other I/O
   *     failure
   */
  public EndpointResponse send(IntegrationRequest request) throws IntegrationException {
    ClassicRequestBuilder builder =
        ClassicRequestBuilder.create(request.httpMethod().toUpperCase(Locale.ROOT))
            .setUri(request.uri());
    request.headers().toMultiValueMap()
        .forEach((name, values) -> values.forEach(v -> builder.addHeader(name, v)));
    if (request.body().length > 0) {
      builder.setEntity(new ByteArrayEntity(request.body(), null));
    }
    ClassicHttpRequest http = builder.build();
    Timeout timeout = Timeout.ofMilliseconds(request.timeoutMillis());
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(
        RequestConfig.custom()
            .setResponseTimeout(timeout)
            .setConnectionRequestTimeout(timeout)
            .build());
    try {
      return client.execute(
          http,
          context,
          response -> {
            HttpHeaders.Builder headers = HttpHeaders.builder();
            for (Header h : response.getHeaders()) {
              headers.add(h.getName(), h.getValue());
            }
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            return new EndpointResponse(response.getCode(), headers.build(), body);
          });
    } catch (ConnectTimeoutException e) {
      throw new IntegrationException(
          IntegrationException.Kind.NETWORK,
          "Network error communicating with endpoint " + request.uri() + ": connect timed out: "
              + e.getMessage(), e);
    } catch (SocketTimeoutException e) {
      throw new IntegrationException(
          IntegrationException.Kind.TIMEOUT,
          "Endpoint request timed out: no response from " + request.uri() + " within "
              + request.timeoutMillis() + " ms (timeoutInMillis): " + e, e);
    } catch (IOException | RuntimeException e) {
      throw new IntegrationException(
          IntegrationException.Kind.NETWORK,
          "Network error communicating with endpoint " + request.uri() + ": " + e, e);
    }
  }

  @Override
  public void close() {
    client.close(CloseMode.IMMEDIATE);
    connections.close(CloseMode.IMMEDIATE);
  }
}
