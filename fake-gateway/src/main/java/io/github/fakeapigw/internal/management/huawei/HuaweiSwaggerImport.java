package io.github.fakeapigw.internal.management.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Swagger 2.0 document in APIG's export format ({@code x-apigateway-*} extensions) into
 * create-API bodies. Every extension it reads is fully supported; any other {@code
 * x-apigateway-*} key fails the import, naming the key, its JSON Pointer and the supported keys.
 */
public final class HuaweiSwaggerImport {
  /** A group read from a document: its name and one create-API body per operation. */
  public record Group(String name, String remark, List<String> apis) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final String PREFIX = "x-apigateway-";
  static final List<String> SUPPORTED = List.of("x-apigateway-auth-type",
      "x-apigateway-request-type", "x-apigateway-match-mode", "x-apigateway-cors",
      "x-apigateway-any-method", "x-apigateway-backend");
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "delete", "head", "patch", "options");
  private static final List<String> BACKEND_KEYS =
      List.of("type", "parameters", "httpEndpoints", "functionEndpoints", "mockEndpoints");

  private HuaweiSwaggerImport() {}

  /**
   * @throws IllegalArgumentException naming what is wrong and where (a JSON Pointer)
   */
  public static Group read(byte[] document, String source) {
    JsonNode root;
    try {
      String text = new String(document, StandardCharsets.UTF_8).strip();
      root = text.startsWith("{") ? JSON.readTree(text) : YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + " is neither JSON nor YAML: " + e.getMessage(), e);
    }
    if (root == null || !"2.0".equals(root.path("swagger").asText())) {
      throw new IllegalArgumentException(source + " is not a Swagger 2.0 document (APIG exports"
          + " \"swagger: '2.0'\"); offending: swagger = " + root.path("swagger"));
    }
    checkExtensions(root, "", source);
    String title = root.path("info").path("title").asText("");
    if (title.isEmpty()) {
      throw new IllegalArgumentException(source + ": /info/title (the group name) is missing");
    }
    List<String> apis = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        String key = op.getKey();
        String pointer = "/paths/" + escape(path.getKey()) + "/" + escape(key);
        if (key.equals("x-apigateway-any-method")) {
          apis.add(api(root, path.getKey(), "ANY", op.getValue(), pointer, source));
        } else if (METHODS.contains(key)) {
          apis.add(api(root, path.getKey(), key.toUpperCase(Locale.ROOT), op.getValue(), pointer,
              source));
        }
      }
    }
    return new Group(title, root.path("info").path("description").asText(""), apis);
  }

  private static String api(JsonNode root, String path, String method, JsonNode op,
      String pointer, String source) {
    ObjectNode api = JSON.createObjectNode();
    String name = op.path("operationId").asText("");
    api.put("name", name.isEmpty() ? generatedName(method, path) : name);
    api.put("type", "private".equals(op.path("x-apigateway-request-type").asText()) ? 2 : 1);
    api.put("req_method", method);
    api.put("req_uri", path);
    api.put("match_mode", op.path("x-apigateway-match-mode").asText("NORMAL"));
    api.put("cors", op.path("x-apigateway-cors").asBoolean(false));
    api.put("auth_type", authType(root, op, pointer, source));
    if (op.has("description")) {
      api.put("remark", op.path("description").asText());
    }
    ArrayNode reqParams = api.putArray("req_params");
    for (JsonNode p : op.path("parameters")) {
      String in = p.path("in").asText();
      if (!Set.of("path", "query", "header").contains(in)) {
        continue; // body and formData parameters describe the payload, which passes through
      }
      ObjectNode r = reqParams.addObject();
      r.put("name", p.path("name").asText());
      r.put("location", in.toUpperCase(Locale.ROOT));
      String type = p.path("type").asText("string");
      r.put("type", type.equals("number") || type.equals("integer") ? "NUMBER" : "STRING");
      r.put("required", p.path("required").asBoolean(in.equals("path")) ? 1 : 2);
      if (p.has("default")) {
        r.put("default_value", p.get("default").asText());
      }
      boolean checks = false;
      if (p.has("enum")) {
        List<String> values = new ArrayList<>();
        p.get("enum").forEach(v -> values.add(v.asText()));
        r.put("enumerations", String.join(",", values));
        checks = true;
      }
      checks |= copyInt(p, "minimum", r, "min_num") | copyInt(p, "maximum", r, "max_num")
          | copyInt(p, "minLength", r, "min_size") | copyInt(p, "maxLength", r, "max_size");
      r.put("valid_enable", checks ? 1 : 2);
    }
    JsonNode backend = op.path("x-apigateway-backend");
    String at = pointer + "/x-apigateway-backend";
    if (backend.isMissingNode()) {
      throw new IllegalArgumentException(source + ": the operation at JSON Pointer " + pointer
          + " has no x-apigateway-backend");
    }
    backend.fieldNames().forEachRemaining(k -> {
      if (!BACKEND_KEYS.contains(k)) {
        throw new IllegalArgumentException(source + ": key \"" + k + "\" at JSON Pointer " + at
            + "/" + escape(k) + " is not supported; supported keys: " + BACKEND_KEYS);
      }
    });
    String type = backend.path("type").asText();
    switch (type) {
      case "HTTP" -> {
        JsonNode h = backend.path("httpEndpoints");
        JsonNode address = h.path("address");
        ObjectNode b = api.put("backend_type", "HTTP").putObject("backend_api");
        b.put("url_domain", address.isArray() ? address.path(0).asText() : address.asText());
        b.put("req_protocol", h.path("scheme").asText("HTTPS").toUpperCase(Locale.ROOT));
        b.put("req_method", h.path("method").asText(method).toUpperCase(Locale.ROOT));
        b.put("req_uri", h.path("path").asText("/"));
        b.put("timeout", h.path("timeout").asInt(5000));
      }
      case "MOCK" -> api.put("backend_type", "MOCK").putObject("mock_info")
          .put("result_content", backend.path("mockEndpoints").path("result-content").asText());
      case "FUNCTION" -> {
        JsonNode f = backend.path("functionEndpoints");
        String invocation = f.path("invocation-type").asText("sync");
        ObjectNode fi = api.put("backend_type", "FUNCTION").putObject("func_info");
        fi.put("function_urn", f.path("function-urn").asText());
        fi.put("invocation_type", invocation.startsWith("async") ? "async" : "sync");
        fi.put("timeout", f.path("timeout").asInt(5000));
        if (f.has("version")) {
          fi.put("version", f.path("version").asText());
        }
      }
      default -> throw new IllegalArgumentException(source + ": x-apigateway-backend type \""
          + type + "\" at JSON Pointer " + at + "/type is not supported; supported: HTTP, MOCK,"
          + " FUNCTION (HTTP-VPC needs a VPC channel, which is not emulated)");
    }
    ArrayNode backendParams = api.putArray("backend_params");
    for (JsonNode p : backend.path("parameters")) {
      ObjectNode b = backendParams.addObject();
      b.put("name", p.path("name").asText());
      b.put("value", p.path("value").asText());
      b.put("location", p.path("in").asText().toUpperCase(Locale.ROOT));
      b.put("origin", p.path("origin").asText().toUpperCase(Locale.ROOT));
    }
    return api.toString();
  }

  private static String authType(JsonNode root, JsonNode op, String pointer, String source) {
    for (JsonNode requirement : op.path("security")) {
      Iterator<String> names = requirement.fieldNames();
      while (names.hasNext()) {
        String scheme = names.next();
        JsonNode def = root.path("securityDefinitions").path(scheme);
        String auth = def.path("x-apigateway-auth-type").asText("");
        switch (auth) {
          case "IAM" -> {
            return "IAM";
          }
          case "AppSigv1" -> {
            return "APP";
          }
          default -> throw new IllegalArgumentException(source + ": the operation at JSON Pointer "
              + pointer + " requires security scheme \"" + scheme + "\", whose"
              + " x-apigateway-auth-type is \"" + auth + "\"; supported: AppSigv1, IAM");
        }
      }
    }
    return "NONE";
  }

  private static boolean copyInt(JsonNode from, String key, ObjectNode to, String target) {
    if (!from.has(key)) {
      return false;
    }
    to.put(target, from.get(key).asInt());
    return true;
  }

  private static String generatedName(String method, String path) {
    String n = (method + path).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
    n = n.length() > 64 ? n.substring(0, 64) : n;
    return n.length() < 3 ? n + "_api" : n;
  }

  private static void checkExtensions(JsonNode node, String pointer, String source) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        String at = pointer + "/" + escape(f.getKey());
        if (f.getKey().startsWith(PREFIX) && !SUPPORTED.contains(f.getKey())) {
          throw new IllegalArgumentException(source + ": extension \"" + f.getKey()
              + "\" at JSON Pointer " + at + " is not supported by the fake gateway;"
              + " supported extensions: " + SUPPORTED);
        }
        checkExtensions(f.getValue(), at, source);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkExtensions(node.get(i), pointer + "/" + i, source);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
