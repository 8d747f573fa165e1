package io.github.fakeapigw.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Adapts handlers written for the AWS Lambda Java runtime ({@code
 * com.amazonaws:aws-lambda-java-core}) to {@link LambdaFunction}, serializing events and results
 * the way the runtime does: Jackson with standard bean naming, unknown properties ignored, nulls
 * left out. Event classes of {@code aws-lambda-java-events} such as {@code
 * APIGatewayProxyRequestEvent} and {@code APIGatewayProxyResponseEvent} therefore read and write
 * AWS's field names ({@code httpMethod}, {@code multiValueHeaders}, {@code isBase64Encoded}).
 *
 * <p>This is the only class of the library that uses the Lambda libraries; they are optional
 * dependencies, so add {@code aws-lambda-java-core} (and {@code aws-lambda-java-events} for the
 * event types) to your test dependencies to use it.
 *
 * <pre>{@code
 * class PricesHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> { ... }
 *
 * gateway.registerFunction("prices", LambdaHandlers.of(new PricesHandler()));
 * }</pre>
 *
 * <p>The handler gets a {@code Context} whose values come from the {@link LambdaContext}; its
 * {@code LambdaLogger} writes to SLF4J, {@code getIdentity()} and {@code getClientContext()} are
 * {@code null} (API Gateway sends neither).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LambdaHandlers {
  /** Configured like the Lambda Java runtime's serializer; immutable once built. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.USE_STD_BEAN_NAMING)
          .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
          .disable(MapperFeature.AUTO_DETECT_CREATORS)
          .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .findAndAddModules()
          .build();

  private LambdaHandlers() {}

  /**
   * Adapts a {@code RequestHandler}; its input type is read from the handler class's {@code
   * RequestHandler<I, O>} declaration, as the Lambda runtime does. For a lambda expression or a
   * generic class, whose input type cannot be read, use {@link #of(Class, RequestHandler)}; without
   * it the event is handed over as a {@code Map}.
   *
   * @param handler the handler
   * @return a function that deserializes the event to the input type, calls the handler and
   *     serializes its result to JSON
   */
  public static <I, O> LambdaFunction of(RequestHandler<I, O> handler) {
    Objects.requireNonNull(handler, "handler");
    return adapt(MAPPER.constructType(inputType(handler.getClass())), handler);
  }

  /**
   * Adapts a {@code RequestHandler} whose input type is given explicitly, for lambda expressions:
   * {@code LambdaHandlers.of(APIGatewayProxyRequestEvent.class, (event, context) -> ...)}.
   *
   * @param inputType the class the event is deserialized to
   * @param handler the handler
   * @return a function that deserializes the event, calls the handler and serializes its result
   */
  public static <I, O> LambdaFunction of(Class<I> inputType, RequestHandler<I, O> handler) {
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(handler, "handler");
    return adapt(MAPPER.constructType(inputType), handler);
  }

  /**
   * Adapts a {@code RequestStreamHandler}: it reads the event's JSON bytes and writes its payload.
   *
   * @param handler the handler
   * @return a function passing the event as a stream and returning what the handler wrote
   */
  public static LambdaFunction of(RequestStreamHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new LambdaFunction() {
      @Override
      public String handle(String eventJson, LambdaContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(
            new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)),
            out,
            new RuntimeContext(context));
        return out.toString(StandardCharsets.UTF_8);
      }

      @Override
      public String toString() {
        return "LambdaHandlers.of(" + handler + ")";
      }
    };
  }

  private static <I, O> LambdaFunction adapt(JavaType inputType, RequestHandler<I, O> handler) {
    return new LambdaFunction() {
      @Override
      public String handle(String eventJson, LambdaContext context) throws Exception {
        I input;
        try {
          input = MAPPER.readValue(eventJson, inputType);
        } catch (IOException e) {
          throw new IllegalArgumentException(
              "An error occurred during JSON parsing: cannot read the event as "
                  + inputType.toCanonical()
                  + ": "
                  + originalMessage(e),
              e);
        }
        O output = handler.handleRequest(input, new RuntimeContext(context));
        return MAPPER.writeValueAsString(output);
      }

      @Override
      public String toString() {
        return "LambdaHandlers.of(" + handler + ")";
      }
    };
  }

  private static String originalMessage(IOException e) {
    return e instanceof com.fasterxml.jackson.core.JsonProcessingException j
        ? j.getOriginalMessage()
        : e.getMessage();
  }

  /** The {@code I} of {@code RequestHandler<I, O>} as declared by the class, else Object. */
  private static Type inputType(Class<?> handlerClass) {
    for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
          Type input = p.getActualTypeArguments()[0];
          return input instanceof TypeVariable<?> ? Object.class : input;
        }
      }
      Type superType = c.getGenericSuperclass();
      if (superType instanceof ParameterizedType p
          && p.getRawType() instanceof Class<?> raw
          && RequestHandler.class.isAssignableFrom(raw)) {
        Type[] args = p.getActualTypeArguments();
        TypeVariable<?>[] params = raw.getTypeParameters();
        for (Type t : raw.getGenericInterfaces()) {
          if (t instanceof ParameterizedType rp && rp.getRawType() == RequestHandler.class) {
            Type declared = rp.getActualTypeArguments()[0];
            for (int i = 0; i < params.length; i++) {
              if (params[i].equals(declared)) {
                return args[i] instanceof TypeVariable<?> ? Object.class : args[i];
              }
            }
            return declared instanceof TypeVariable<?> ? Object.class : declared;
          }
        }
      }
    }
    return Object.class;
  }

  /** The runtime's {@code Context}, answered from a {@link LambdaContext}. */
  private static final class RuntimeContext implements Context {
    private final LambdaContext context;

    RuntimeContext(LambdaContext context) {
      this.context = context;
    }

    @Override
    public String getAwsRequestId() {
      return context.awsRequestId();
    }

    @Override
    public String getLogGroupName() {
      return context.logGroupName();
    }

    @Override
    public String getLogStreamName() {
      return context.logStreamName();
    }

    @Override
    public String getFunctionName() {
      return context.functionName();
    }

    @Override
    public String getFunctionVersion() {
      return context.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
      return context.invokedFunctionArn();
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return (int) Math.min(Integer.MAX_VALUE, context.remainingTime().toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
      return context.memoryLimitInMb();
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          context.log(message);
        }

        @Override
        public void log(byte[] message) {
          context.log(new String(message, StandardCharsets.UTF_8));
        }
      };
    }

    @Override
    public String toString() {
      return context.toString();
    }
  }
}
