package io.github.fakeapigw;

import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named HTTP backend of a {@link FakeApiGateway}: an embedded WireMock server on 127.0.0.1 that
 * receives every HTTP and HTTP_PROXY integration call whose URI names its {@link #host()} (so an
 * exported definition calling {@code https://petstore.example.com/pets} runs unchanged) or its own
 * {@link #url(String) loopback URL}.
 *
 * <p>Stub it with WireMock's client, which talks to the server over HTTP:
 *
 * <pre>{@code
 * Backend petstore = gateway.backend("petstore.example.com");
 * WireMock wireMock = new WireMock("127.0.0.1", petstore.port());
 * wireMock.register(get("/pets/1").willReturn(okJson("{\"id\":1}")));
 * }</pre>
 *
 * <p>The server starts on the first {@link FakeApiGateway#backend(String)} call for its host and
 * stops when the gateway closes. Its stubs and request journal are the test's to reset.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Backend {
  private final String host;
  private final int port;

  Backend(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The host name this backend stands in for, as given to {@link FakeApiGateway#backend}. */
  public String host() {
    return host;
  }

  /** The port the backend's WireMock server listens on (127.0.0.1). */
  public int port() {
    return port;
  }

  /** The backend's loopback base URL: {@code http://127.0.0.1:<port>}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /**
   * A URL on the backend for an integration {@code uri}, such as {@code
   * http://127.0.0.1:<port>/v1/orders/{id}}. A string, since integration URIs may hold {@code
   * {param}} placeholders that {@link URI} rejects.
   *
   * @param path an absolute path, optionally with placeholders and a query
   */
  public String url(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException(
          "backend path must not be relative; use \"/" + path + "\" instead; offending: \"" + path
              + "\"");
    }
    return "http://127.0.0.1:" + port + path;
  }

  @Override
  public String toString() {
    return "Backend{host=\"" + host + "\", url=" + baseUrl() + "}";
  }
}
