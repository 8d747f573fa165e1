package io.github.fakeapigw.benchmarks;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.http.HttpHeaders;
import io.github.fakeapigw.internal.json.JaywayJsonPaths;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateException;
import io.github.fakeapigw.internal.template.TemplateInput;
import io.github.fakeapigw.internal.template.VelocityMappingTemplates;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Renders of a typical 20-line request mapping template ({@code $input.json}, {@code $input.path},
 * {@code $input.params}, {@code $context}, {@code $stageVariables}, {@code #foreach}, {@code #if},
 * {@code $util.escapeJavaScript}) on one thread, with the template already parsed (cached by text)
 * as in a running gateway. The payload is parsed once per render, as for a real request.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TemplateRenderBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TemplateRenderBenchmark {
  static final String TEMPLATE =
      """
      #set($root = $input.path('$'))
      {
        "orderId": "$input.params('orderId')",
        "customer": $input.json('$.customer'),
        "note": "$util.escapeJavaScript($root.note).replaceAll("\\\\'", "'")",
        "items": [
      #foreach($item in $root.items)
          {"sku": "$item.sku", "qty": $item.qty#if($item.qty > 10), "bulk": true#end}#if($foreach.hasNext),#end

      #end
        ],
        "total": $input.json('$.total'),
        "currency": "$stageVariables.currency",
        "requestId": "$context.requestId",
        "caller": "$context.identity.sourceIp",
        "stage": "$context.stage",
        "received": "$context.requestTime",
      #if($input.params('X-Trace-Id') != "")
        "trace": "$input.params('X-Trace-Id')",
      #end
        "userAgent": "$util.escapeJavaScript($context.identity.userAgent)"
      }
      """;

  static final String BODY =
      """
      {"customer": {"id": "c-42", "name": "Ada O'Brien", "vip": true},
       "note": "Leave at the door / ring twice",
       "items": [{"sku": "A-1", "qty": 2}, {"sku": "B-7", "qty": 12}, {"sku": "C-3", "qty": 1}],
       "total": 129.90}
      """;

  private VelocityMappingTemplates templates;
  private TemplateInput input;

  @Setup(Level.Trial)
  public void setUp() throws TemplateException {
    templates = new VelocityMappingTemplates(new JaywayJsonPaths());
    MethodRequest request =
        new MethodRequest(
            "POST",
            "/orders/o-1",
            Map.of("orderId", "o-1"),
            Map.of("expand", List.of("items")),
            HttpHeaders.builder()
                .add("Content-Type", "application/json")
                .add("X-Trace-Id", "trace-123")
                .add("User-Agent", "bench/1.0")
                .build(),
            BODY.getBytes(StandardCharsets.UTF_8));
    InvocationContext context =
        new InvocationContext(
            "c0ffee00-1111-2222-3333-444455556666",
            "AbCdEfGhIjKlMnO=",
            "123456789012",
            "a1b2c3d4e5",
            "prod",
            "dep123",
            "res456",
            "/orders/{orderId}",
            "POST",
            "/prod/orders/o-1",
            "HTTP/1.1",
            "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com",
            "a1b2c3d4e5",
            "127.0.0.1",
            Optional.of("bench/1.0"),
            Instant.parse("2026-11-21T05:12:01.123Z"),
            Optional.empty(),
            Map.of("currency", "EUR"),
            false);
    input = new TemplateInput(BODY, request, context, Overrides.NONE, false);
    // Parse once and check the output, so that a broken template cannot look fast.
    String output = templates.render(TEMPLATE, input).output();
    if (!output.contains("\"bulk\": true") || !output.contains("\"trace\": \"trace-123\"")) {
      throw new IllegalStateException("unexpected benchmark output:\n" + output);
    }
  }

  @Benchmark
  public String render() throws TemplateException {
    return templates.render(TEMPLATE, input).output();
  }
}
