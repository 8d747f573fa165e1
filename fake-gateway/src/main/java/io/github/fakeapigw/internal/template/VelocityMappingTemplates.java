package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.json.JsonPaths;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * API Gateway's mapping templates on Apache Velocity, configured to render the way AWS renders
 * (Velocity 1.7 behaviour): undefined and null references render as empty text, {@code #set} with a
 * null value leaves the variable unchanged, {@code #if} is false only for null and false, hyphens
 * are allowed in identifiers ({@code $context.requestOverride.header.X-Id}), whitespace around
 * directives is gobbled as Velocity 1.7 did, {@code #foreach} also sets {@code $velocityCount} and
 * {@code $velocityHasNext}, macros stay local to their template, and nothing is loaded from files
 * or reached by reflection.
 *
 * <p>Each instance owns one {@link VelocityEngine}. Templates are parsed once and cached by their
 * text; rendering never re-parses. Thread-safe.
 *
 * @see <a
 *     href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html">Variables
 *     for data transformations for API Gateway</a>
 */
public final class VelocityMappingTemplates implements MappingTemplates {
  private static final int MAX_CACHED_TEMPLATES = 10_000;
  private static final int MAX_POOLED_CONTEXTS = 32;

  /**
   * Iterations of one {@code #foreach} loop: API Gateway's quota for mapping templates is 1,000; a
   * loop stops there.
   */
  public static final int MAX_FOREACH_ITERATIONS = 1000;

  /** Longest a rendering may run; a longer one fails (checked at each loop iteration). */
  public static final long MAX_RENDER_MILLIS = 5_000;

  /** Largest rendered output, in characters: API Gateway's 10 MB payload limit. */
  public static final int MAX_OUTPUT_CHARS = 10 * 1024 * 1024;
  private static final String LOADER = "apigw";
  private static final String NAME_PREFIX = "mapping-template-";

  private final JsonPaths jsonPaths;
  private volatile VelocityEngine engine;
  private final TextLoader loader = new TextLoader();
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();
  private final AtomicLong names = new AtomicLong();
  private final UtilVariable util = new UtilVariable();
  private final Queue<NullIgnoringContext> contexts = new ConcurrentLinkedQueue<>();

  /**
   * Creates an engine evaluating {@code $input.json} / {@code $input.path} with {@code jsonPaths}.
   * The Velocity engine itself starts on the first rendering, so a gateway that never renders a
   * template does not pay for it.
   */
  public VelocityMappingTemplates(JsonPaths jsonPaths) {
    this.jsonPaths = Objects.requireNonNull(jsonPaths, "jsonPaths");
  }

  private VelocityEngine engine() {
    VelocityEngine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = newEngine(loader);
          engine = e;
        }
      }
    }
    return e;
  }

  private static VelocityEngine newEngine(TextLoader loader) {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
    engine.setProperty("resource.loader." + LOADER + ".instance", loader);
    engine.setProperty("resource.loader." + LOADER + ".cache", false);
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, false);
    engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    engine.setProperty(RuntimeConstants.PARSER_HYPHEN_ALLOWED, true);
    engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, false);
    engine.setProperty(RuntimeConstants.VM_ENABLE_BC_MODE, true);
    // #foreach also sets $velocityCount and $velocityHasNext, as Velocity 1.7 does.
    engine.setProperty(RuntimeConstants.CUSTOM_DIRECTIVES, CompatForeach.class.getName());
    engine.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, MAX_FOREACH_ITERATIONS);
    // A #macro belongs to the template defining it: templates of one gateway stay independent.
    engine.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, true);
    // No reflection, class loading or process access from templates (java.lang.Class etc.).
    engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
    engine.setProperty(RuntimeConstants.RUNTIME_LOG_REFERENCE_LOG_INVALID, false);
    engine.setProperty(RuntimeConstants.RUNTIME_LOG_NAME, VelocityMappingTemplates.class.getName());
    engine.setProperty(
        RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, NullAsEmpty.class.getName());
    engine.init();
    return engine;
  }

  @Override
  public TemplateResult render(String template, TemplateInput input) throws TemplateException {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(input, "input");
    Template parsed = compile(template);
    OverrideVariables overrides =
        new OverrideVariables(
            input.priorOverrides() == null ? Overrides.NONE : input.priorOverrides(),
            input.response());
    NullIgnoringContext context = contexts.poll();
    if (context == null) {
      context = new NullIgnoringContext();
    }
    context.putVariable("input", new InputVariable(input.body(), input.methodRequest(), jsonPaths));
    context.putVariable("util", util);
    context.putVariable("context", new ContextVariable(input.context(), overrides));
    context.putVariable("stageVariables", ContextVariable.stageVariables(input.context()));
    context.putVariable(RenderBudget.KEY, new RenderBudget(MAX_RENDER_MILLIS));
    BoundedWriter out = new BoundedWriter(Math.max(64, template.length()), MAX_OUTPUT_CHARS);
    try {
      parsed.merge(context, out);
    } catch (RenderBudget.LimitExceeded e) {
      throw new TemplateException(e.getMessage(), e);
    } catch (VelocityException | IllegalArgumentException | IllegalStateException e) {
      throw new TemplateException(describe(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new TemplateException("Mapping template failed: " + e, e);
    }
    release(context);
    return new TemplateResult(out.toString(), overrides.toOverrides());
  }

  /**
   * Returns a context to the pool once its variables are gone. Reusing contexts keeps Velocity's
   * per-context introspection cache (method and property lookups per template node) warm. A context
   * whose rendering failed is dropped, as its internal stacks may be unbalanced.
   */
  private void release(NullIgnoringContext context) {
    for (String key : context.getKeys()) {
      context.remove(key);
    }
    if (contexts.size() < MAX_POOLED_CONTEXTS) {
      contexts.offer(context);
    }
  }

  private Template compile(String text) throws TemplateException {
    Compiled compiled = cache.get(text);
    if (compiled == null) {
      compiled = parse(text);
      if (cache.size() >= MAX_CACHED_TEMPLATES) {
        cache.clear();
      }
      Compiled raced = cache.putIfAbsent(text, compiled);
      if (raced != null) {
        compiled = raced;
      }
    }
    if (compiled.error() != null) {
      throw new TemplateException(compiled.error().getMessage(), compiled.error());
    }
    return compiled.template();
  }

  private Compiled parse(String text) {
    String name = NAME_PREFIX + names.incrementAndGet();
    loader.pending.put(name, text);
    try {
      return new Compiled(engine().getTemplate(name, "UTF-8"), null);
    } catch (VelocityException | IllegalArgumentException | IllegalStateException e) {
      return new Compiled(null, new TemplateException(describe(e), e));
    } catch (RuntimeException | StackOverflowError e) {
      return new Compiled(null, new TemplateException("Mapping template failed to parse: " + e, e));
    } finally {
      loader.pending.remove(name);
    }
  }

  /** Velocity's message with our internal template name replaced by a neutral one. */
  private static String describe(Throwable e) {
    if (e instanceof MethodInvocationException m && m.getCause() != null) {
      return invocationFailure(m);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    message = message.replaceAll(NAME_PREFIX + "\\d+", "mapping template");
    int expecting = message.indexOf("\nWas expecting");
    if (expecting >= 0) {
      // Velocity lists every token the grammar allows; the position is what helps.
      message = message.substring(0, expecting).strip();
    }
    if (e instanceof ParseErrorException) {
      message = "Mapping template parse error: " + message;
    } else if (e instanceof ResourceNotFoundException) {
      message = "Mapping templates cannot #parse or #include other resources (" + message + ")";
    }
    Throwable cause = e.getCause();
    if (cause != null
        && cause != e
        && cause.getMessage() != null
        && !message.contains(cause.getMessage())) {
      message = message + ": " + cause.getMessage();
    }
    return message;
  }

  /**
   * Parses {@code template} (and caches it, as a rendering would) without rendering it.
   *
   * @throws TemplateException with line and column when it does not parse
   */
  public void check(String template) throws TemplateException {
    compile(template);
  }

  /** How many distinct template texts are parsed and cached (for tests and diagnostics). */
  public int cachedTemplateCount() {
    return cache.size();
  }

  /**
   * {@code Mapping template error: <what failed> at mapping template[line L, column C]}: our own
   * exceptions ($util, overrides, JSONPath) already say what failed; for others the Java method and
   * exception are named.
   */
  private static String invocationFailure(MethodInvocationException m) {
    Throwable cause = m.getCause();
    String what;
    if (cause.getClass().getPackageName().startsWith("io.github.fakeapigw.")
        || (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException)
            && cause.getMessage() != null
            && cause.getMessage().startsWith("$")) {
      what = cause.getMessage();
    } else {
      String target =
          m.getReferenceName() == null || m.getReferenceName().isEmpty()
              ? ""
              : "$" + m.getReferenceName() + ".";
      what = target + m.getMethodName() + "(..) threw " + cause;
    }
    return "Mapping template error: "
        + what
        + " at mapping template[line "
        + m.getLineNumber()
        + ", column "
        + m.getColumnNumber()
        + "]";
  }

  private record Compiled(Template template, TemplateException error) {}

  /**
   * A context where assigning null leaves the variable unchanged, as {@code #set($x = $null)} did
   * in Velocity 1.7.
   */
  private static final class NullIgnoringContext extends VelocityContext {
    private static final long serialVersionUID = 1L;

    NullIgnoringContext() {
      super();
    }

    /**
     * Sets one of the built-in variables. Their names are string literals, hence already interned:
     * {@link #put} would intern them again (a JVM string-table lookup) on every rendering.
     */
    void putVariable(String literalName, Object value) {
      internalPut(literalName, value);
    }

    @Override
    public Object internalPut(String key, Object value) {
      if (value == null) {
        return internalGet(key);
      }
      return super.internalPut(key, value);
    }
  }

  /** A {@link StringWriter} that fails the rendering once its output passes a size. */
  private static final class BoundedWriter extends StringWriter {
    private final int max;

    BoundedWriter(int initialSize, int max) {
      super(initialSize);
      this.max = max;
    }

    private void ensureRoom(int more) {
      if ((long) getBuffer().length() + more > max) {
        throw new RenderBudget.LimitExceeded("Mapping template output exceeds " + max
            + " characters (API Gateway's 10 MB payload limit)");
      }
    }

    @Override
    public void write(int c) {
      ensureRoom(1);
      super.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      ensureRoom(len);
      super.write(cbuf, off, len);
    }

    @Override
    public void write(String str) {
      ensureRoom(str.length());
      super.write(str);
    }

    @Override
    public void write(String str, int off, int len) {
      ensureRoom(len);
      super.write(str, off, len);
    }
  }

  /** Renders null and undefined references as empty text instead of their literal source. */
  public static final class NullAsEmpty implements ReferenceInsertionEventHandler {
    /** Instantiated by Velocity. */
    public NullAsEmpty() {}

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
      return value == null ? "" : value;
    }
  }

  /** Serves template text handed over by {@link #parse} (never files). */
  private static final class TextLoader extends ResourceLoader {
    final Map<String, String> pending = new ConcurrentHashMap<>();

    @Override
    public void init(ExtProperties configuration) {}

    @Override
    public Reader getResourceReader(String source, String encoding) {
      String text = pending.get(source);
      if (text == null) {
        throw new ResourceNotFoundException(
            "Mapping templates cannot load other resources: '" + source + "'");
      }
      return new StringReader(text);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
      return false;
    }

    @Override
    public long getLastModified(Resource resource) {
      return 0;
    }
  }
}
