package io.github.fakeapigw.dsl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * One Huawei API: frontend (method, path, match mode, authentication, parameters) and backend
 * (HTTP, MOCK or FUNCTION, with backend parameters). {@link #toJson()} is the create-API body it
 * stands for, which the gateway checks as {@code POST /v1.0/apigw/apis} does.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class HuaweiApiBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final ObjectNode body = JSON.createObjectNode();
  private final ArrayNode reqParams = JSON.createArrayNode();
  private final ArrayNode backendParams = JSON.createArrayNode();
  private boolean backend;

  HuaweiApiBuilder(String method, String path) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    body.put("name", "api_" + method.toLowerCase(Locale.ROOT) + "_" + NAMES.incrementAndGet());
    body.put("type", 1);
    body.put("req_protocol", "HTTPS");
    body.put("req_method", method.toUpperCase(Locale.ROOT));
    body.put("req_uri", path);
    body.put("auth_type", "NONE");
  }

  /** The API's name (default: generated). */
  public HuaweiApiBuilder withName(String name) {
    body.put("name", Objects.requireNonNull(name, "name"));
    return this;
  }

  /** {@code match_mode SWA}: the path matches as a prefix of whole segments. */
  public HuaweiApiBuilder matchingPrefix() {
    body.put("match_mode", "SWA");
    return this;
  }

  /** {@code auth_type APP} with {@code app_code_auth_type HEADER}: {@code X-Apig-AppCode}. */
  public HuaweiApiBuilder withAppCodeAuth() {
    body.put("auth_type", "APP");
    body.putObject("auth_opt").put("app_code_auth_type", "HEADER");
    return this;
  }

  /** {@code auth_type IAM}: the caller must send {@code X-Auth-Token}. */
  public HuaweiApiBuilder withIamAuth() {
    body.put("auth_type", "IAM");
    return this;
  }

  /** A PATH parameter (always required). */
  public HuaweiApiBuilder withPathParameter(String name) {
    return withParameter("PATH", name, true, null);
  }

  /** An optional STRING parameter at {@code location} ({@code QUERY} or {@code HEADER}). */
  public HuaweiApiBuilder withParameter(String location, String name) {
    return withParameter(location, name, false, null);
  }

  /** A required STRING parameter at {@code location}. */
  public HuaweiApiBuilder withRequiredParameter(String location, String name) {
    return withParameter(location, name, true, null);
  }

  /** An optional STRING parameter whose {@code default_value} reaches the backend when omitted. */
  public HuaweiApiBuilder withDefaultParameter(String location, String name, String value) {
    return withParameter(location, name, false, Objects.requireNonNull(value, "value"));
  }

  private HuaweiApiBuilder withParameter(
      String location, String name, boolean required, String defaultValue) {
    ObjectNode p = reqParams.addObject();
    p.put("name", Objects.requireNonNull(name, "name"));
    p.put("type", "STRING");
    p.put("location", Objects.requireNonNull(location, "location").toUpperCase(Locale.ROOT));
    p.put("required", required ? 1 : 2);
    if (defaultValue != null) {
      p.put("default_value", defaultValue);
    }
    return this;
  }

  /**
   * A backend parameter: {@code origin} {@code REQUEST} (value: a frontend parameter's name),
   * {@code CONSTANT} (value: the literal) or {@code SYSTEM} (value: {@code sourceIp}, {@code
   * stage}, {@code apiId}, {@code requestId}, ...).
   */
  public HuaweiApiBuilder withBackendParameter(
      String location, String name, String origin, String value) {
    ObjectNode p = backendParams.addObject();
    p.put("name", Objects.requireNonNull(name, "name"));
    p.put("location", Objects.requireNonNull(location, "location").toUpperCase(Locale.ROOT));
    p.put("origin", Objects.requireNonNull(origin, "origin").toUpperCase(Locale.ROOT));
    p.put("value", Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * An HTTP backend: {@code url} is {@code http(s)://host[:port]/path}, where host and path may
   * use {@code #variable#} and the path {@code {name}} placeholders fed by PATH backend parameters.
   */
  public HuaweiApiBuilder httpBackend(String method, String url) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      throw new IllegalArgumentException(
          "httpBackend needs an absolute URL such as \"http://#backend#/v1/orders/{id}\";"
              + " offending: \"" + url + "\"");
    }
    int slash = url.indexOf('/', scheme + 3);
    ObjectNode b = backend("HTTP").putObject("backend_api");
    b.put("url_domain", slash < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, slash));
    b.put("req_protocol", url.substring(0, scheme).toUpperCase(Locale.ROOT));
    b.put("req_method", method.toUpperCase(Locale.ROOT));
    b.put("req_uri", slash < 0 ? "/" : url.substring(slash));
    b.put("timeout", 5000);
    return this;
  }

  /** An HTTP backend given as a URI (e.g. a WireMock base URL and a path). */
  public HuaweiApiBuilder httpBackend(String method, URI base, String path) {
    return httpBackend(method, base.toString().replaceAll("/$", "") + path);
  }

  /** The backend timeout in milliseconds (1-60000; default 5000 here, 45000 on APIG). */
  public HuaweiApiBuilder withTimeout(int millis) {
    if (!body.has("backend_api")) {
      throw new IllegalStateException("withTimeout applies to an HTTP backend; call httpBackend first");
    }
    ((ObjectNode) body.get("backend_api")).put("timeout", millis);
    return this;
  }

  /** A MOCK backend answering 200 with {@code resultContent}. */
  public HuaweiApiBuilder mockBackend(String resultContent) {
    backend("MOCK").putObject("mock_info")
        .put("result_content", Objects.requireNonNull(resultContent, "resultContent"));
    return this;
  }

  /** A synchronous FUNCTION backend on a function registered with {@code registerHuaweiFunction}. */
  public HuaweiApiBuilder functionBackend(String functionUrn) {
    return function(functionUrn, "sync");
  }

  /** An asynchronous FUNCTION backend: the caller is answered at once. */
  public HuaweiApiBuilder asyncFunctionBackend(String functionUrn) {
    return function(functionUrn, "async");
  }

  private HuaweiApiBuilder function(String urn, String type) {
    backend("FUNCTION").putObject("func_info")
        .put("function_urn", Objects.requireNonNull(urn, "functionUrn"))
        .put("invocation_type", type).put("timeout", 5000);
    return this;
  }

  private ObjectNode backend(String type) {
    if (backend) {
      throw new IllegalStateException("API " + body.path("req_method").asText() + " "
          + body.path("req_uri").asText() + " already has a backend");
    }
    backend = true;
    body.put("backend_type", type);
    return body;
  }

  /** The create-API request body (without {@code group_id}, which the group fills in). */
  public String toJson() {
    if (!backend) {
      throw new IllegalStateException("API " + body.path("req_method").asText() + " "
          + body.path("req_uri").asText() + " has no backend: call httpBackend, mockBackend or"
          + " functionBackend");
    }
    ObjectNode copy = body.deepCopy();
    if (!reqParams.isEmpty()) {
      copy.set("req_params", reqParams.deepCopy());
    }
    if (!backendParams.isEmpty()) {
      copy.set("backend_params", backendParams.deepCopy());
    }
    return copy.toString();
  }
}
