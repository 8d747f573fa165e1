package io.github.fakeapigw.internal.runtime;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named HTTP backends of a gateway: an integration URI whose host names a backend (for example
 * {@code https://petstore.example.com/pets/1} with a backend {@code petstore.example.com}) is sent to
 * that backend's loopback base URL instead, so exported definitions run unchanged.
 */
public final class Backends {
  private final Map<String, URI> byHost = new ConcurrentHashMap<>();
  private final Map<String, WireMockServer> servers = new ConcurrentHashMap<>();

  /**
   * Starts (on first use) an embedded WireMock server for {@code host} on 127.0.0.1 and an
   * ephemeral port, with daemon threads named {@code <threadNamePrefix>backend-<host>}, registers
   * it as that host's backend and hands its stop action to {@code closeOnStop}.
   *
   * @return the server's port
   */
  public int startServer(
      String host, String threadNamePrefix, java.util.function.Consumer<AutoCloseable> closeOnStop) {
    String key = host.toLowerCase(Locale.ROOT);
    WireMockServer server =
        servers.computeIfAbsent(
            key,
            h -> {
              WireMockServer s =
                  new WireMockServer(
                      WireMockConfiguration.options()
                          .bindAddress("127.0.0.1")
                          .dynamicPort()
                          .threadPoolFactory(
                              options -> {
                                org.eclipse.jetty.util.thread.QueuedThreadPool pool =
                                    new org.eclipse.jetty.util.thread.QueuedThreadPool(
                                        options.containerThreads(), 2);
                                pool.setName(threadNamePrefix + "backend-" + h);
                                pool.setDaemon(true);
                                return pool;
                              }));
              try {
                s.start();
              } catch (RuntimeException e) {
                s.stop();
                throw e;
              }
              closeOnStop.accept(
                  new AutoCloseable() {
                    @Override
                    public void close() {
                      s.stop();
                    }

                    @Override
                    public String toString() {
                      return "backend " + h;
                    }
                  });
              return s;
            });
    register(key, URI.create("http://127.0.0.1:" + server.port()));
    return server.port();
  }

  /** Registers (or replaces) a backend: requests for {@code host} go to {@code baseUrl}. */
  public void register(String host, URI baseUrl) {
    byHost.put(host.toLowerCase(Locale.ROOT), baseUrl);
  }

  public void unregister(String host) {
    byHost.remove(host.toLowerCase(Locale.ROOT));
  }

  public Optional<URI> baseUrl(String host) {
    return Optional.ofNullable(byHost.get(host.toLowerCase(Locale.ROOT)));
  }

  /**
   * Rewrites an integration URI whose host is a registered backend to that backend (scheme, host and
   * port replaced; path and query kept). Other URIs come back unchanged.
   */
  public URI rewrite(URI uri) {
    if (uri.getHost() == null) {
      return uri;
    }
    URI base = byHost.get(uri.getHost().toLowerCase(Locale.ROOT));
    if (base == null) {
      return uri;
    }
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    if (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    return URI.create(
        base.getScheme() + "://" + base.getRawAuthority() + basePath + rawPath + query);
  }

  public void clear() {
    byHost.clear();
  }

  /** The stubs of the embedded backends at one moment, by host; see {@link #restore(Snapshot)}. */
  public record Snapshot(Map<String, List<String>> stubsAsJson) {
    public Snapshot {
      stubsAsJson = Map.copyOf(stubsAsJson);
    }
  }

  /** Remembers the stubs of every embedded backend started so far (copies, as JSON). */
  public Snapshot snapshot() {
    Map<String, List<String>> stubs = new HashMap<>();
    servers.forEach(
        (host, server) ->
            stubs.put(
                host,
                server.getStubMappings().stream().map(StubMapping::buildJsonStringFor).toList()));
    return new Snapshot(stubs);
  }

  /**
   * Puts every embedded backend back to its stubs of the snapshot: stubs added since are removed,
   * scenarios and the request journal are cleared, and a backend started after the snapshot is left
   * with no stubs at all. The backends keep running on their ports.
   */
  public void restore(Snapshot snapshot) {
    servers.forEach(
        (host, server) -> {
          server.resetAll();
          snapshot
              .stubsAsJson()
              .getOrDefault(host, List.of())
              .forEach(json -> server.addStubMapping(StubMapping.buildFrom(json)));
        });
  }
}
