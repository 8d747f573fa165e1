package io.github.fakeapigw.internal.huawei.invoke;

import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.huawei.ApigApi;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A Huawei API's frontend parameters at runtime: their values, checks and defaults. */
final class HuaweiRequestParameters {
  private HuaweiRequestParameters() {}

  static List<ApigApi.ReqParam> of(ApigApi api) {
    return api.reqParams() == null ? List.of() : api.reqParams();
  }

  /** The caller's value of a frontend parameter, at its location. */
  static Optional<String> value(MethodRequest request, ApigApi.ReqParam p) {
    String location = p.location() == null ? "" : p.location().toUpperCase(Locale.ROOT);
    Optional<String> v = switch (location) {
      case "PATH" -> Optional.ofNullable(request.pathParameters().get(p.name()));
      case "HEADER" -> request.headers().last(p.name());
      default -> request.queryParameter(p.name());
    };
    return v;
  }

  /** The first problem of the request's parameters, written for the test author. */
  static Optional<String> problem(ApigApi api, MethodRequest request) {
    for (ApigApi.ReqParam p : of(api)) {
      String where = p.location() + " parameter \"" + p.name() + "\"";
      Optional<String> v = value(request, p);
      if (v.isEmpty()) {
        boolean required = "PATH".equals(p.location()) || Integer.valueOf(1).equals(p.required());
        if (required) {
          return Optional.of("The required " + where + " is missing");
        }
        continue;
      }
      if (!Integer.valueOf(1).equals(p.validEnable())) {
        continue;
      }
      String value = v.get();
      if ("NUMBER".equals(p.type())) {
        BigDecimal n;
        try {
          n = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
          return Optional.of("The " + where + " must be a NUMBER; got \"" + value + "\"");
        }
        if (p.minNum() != null && n.compareTo(BigDecimal.valueOf(p.minNum())) < 0) {
          return Optional.of("The " + where + " is " + value + ", below its min_num "
              + p.minNum());
        }
        if (p.maxNum() != null && n.compareTo(BigDecimal.valueOf(p.maxNum())) > 0) {
          return Optional.of("The " + where + " is " + value + ", above its max_num "
              + p.maxNum());
        }
      } else {
        int length = value.length();
        if (p.minSize() != null && length < p.minSize()) {
          return Optional.of("The " + where + " has " + length + " characters, fewer than its"
              + " min_size " + p.minSize() + "; got \"" + value + "\"");
        }
        if (p.maxSize() != null && length > p.maxSize()) {
          return Optional.of("The " + where + " has " + length + " characters, more than its"
              + " max_size " + p.maxSize() + "; got \"" + value + "\"");
        }
      }
      if (p.enumerations() != null && !p.enumerations().isBlank()) {
        List<String> allowed = Arrays.stream(p.enumerations().split(","))
            .map(String::trim).toList();
        if (!allowed.contains(value)) {
          return Optional.of("The " + where + " is \"" + value + "\", not one of its"
              + " enumerations " + allowed);
        }
      }
    }
    return Optional.empty();
  }

  /** The request with the {@code default_value} of every omitted QUERY or HEADER parameter. */
  static MethodRequest withDefaults(ApigApi api, MethodRequest request) {
    Map<String, List<String>> query = null;
    io.github.fakeapigw.internal.http.HttpHeaders.Builder headers = null;
    for (ApigApi.ReqParam p : of(api)) {
      if (p.defaultValue() == null || p.defaultValue().isEmpty()
          || value(request, p).isPresent()) {
        continue;
      }
      if ("HEADER".equals(p.location())) {
        headers = headers == null ? request.headers().toBuilder() : headers;
        headers.add(p.name(), p.defaultValue());
      } else if ("QUERY".equals(p.location())) {
        query = query == null ? new LinkedHashMap<>(request.queryParameters()) : query;
        query.put(p.name(), List.of(p.defaultValue()));
      }
    }
    if (query == null && headers == null) {
      return request;
    }
    return new MethodRequest(request.httpMethod(), request.rawPath(), request.pathParameters(),
        query == null ? request.queryParameters() : query,
        headers == null ? request.headers() : headers.build(), request.body());
  }
}
