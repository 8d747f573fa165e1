package io.github.fakeapigw.internal.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import io.github.fakeapigw.model.Model;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a request body against a model of its API, as API Gateway's {@code
 * validateRequestBody} does: JSON Schema draft 4, an empty body read as {@code {}}, a body that is
 * not JSON rejected, and {@code $ref}s between the API's models by {@code
 * https://apigateway.amazonaws.com/restapis/{id}/models/{name}}. No other reference is fetched:
 * nothing leaves the machine.
 *
 * <p>Thread-safe and stateless; a schema is compiled per call.
 */
public final class BodyValidator {
  /** The prefix of a model's URI in {@code $ref}s, before the API id. */
  public static final String MODEL_URI_PREFIX = "https://apigateway.amazonaws.com/restapis/";

  /** API Gateway's default {@code Empty} model's schema, used when the API has none. */
  public static final String EMPTY_SCHEMA =
      "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"title\":\"Empty Schema\","
          + "\"type\":\"object\"}";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The verdict: valid, or the validator's reasons (each naming the JSON location). */
  public record Verdict(boolean valid, List<String> reasons) {
    public Verdict {
      reasons = List.copyOf(reasons);
    }

    static Verdict ok() {
      return new Verdict(true, List.of());
    }

    static Verdict invalid(String reason) {
      return new Verdict(false, List.of(reason));
    }
  }

  /**
   * Validates {@code body} against the model {@code modelName} of the API.
   *
   * @param apiId the API's id, for {@code $ref}s to its models
   * @param models the API's models by name
   * @param modelName the model to validate against ({@code Empty} falls back to AWS's default)
   * @param body the request body (UTF-8)
   */
  public Verdict validate(String apiId, Map<String, Model> models, String modelName, byte[] body) {
    Optional<String> schemaText = schemaOf(models, modelName);
    if (schemaText.isEmpty()) {
      return Verdict.invalid("The request model " + modelName + " does not exist in API " + apiId
          + " (models: " + models.keySet() + ")");
    }
    JsonNode instance;
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      instance = JSON.readTree(text.isBlank() ? "{}" : text);
    } catch (JsonProcessingException e) {
      return Verdict.invalid("The request body is not JSON: " + e.getOriginalMessage());
    }
    JsonSchema schema;
    try {
      JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
          b -> b.schemaLoaders(l -> l.add(new ModelLoader(apiId, models))));
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
      schema = factory.getSchema(
          SchemaLocation.of(modelUri(apiId, modelName)), JSON.readTree(schemaText.get()), config);
      schema.initializeValidators();
    } catch (JsonProcessingException | JsonSchemaException | IllegalArgumentException e) {
      return Verdict.invalid("The model " + modelName + " is not a usable JSON schema: "
          + e.getMessage());
    } catch (RuntimeException e) {
      return Verdict.invalid("The model " + modelName + " could not be compiled: " + e);
    }
    List<ValidationMessage> messages;
    try {
      messages = new ArrayList<>(schema.validate(instance));
    } catch (JsonSchemaException e) {
      return Verdict.invalid("The model " + modelName + " could not be applied: " + e.getMessage());
    }
    if (messages.isEmpty()) {
      return Verdict.ok();
    }
    messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
        .thenComparing(ValidationMessage::getMessage));
    List<String> reasons = new ArrayList<>();
    for (ValidationMessage m : messages) {
      reasons.add(m.getMessage());
    }
    return new Verdict(false, reasons);
  }

  /** The URI a model has in {@code $ref}s. */
  public static String modelUri(String apiId, String modelName) {
    return MODEL_URI_PREFIX + apiId + "/models/" + modelName;
  }

  private static Optional<String> schemaOf(Map<String, Model> models, String name) {
    Model m = models.get(name);
    if (m != null) {
      return Optional.of(m.schema().filter(s -> !s.isBlank()).orElse("{}"));
    }
    return "Empty".equals(name) ? Optional.of(EMPTY_SCHEMA) : Optional.empty();
  }

  /** Answers the API's model URIs; refuses every other http(s) reference, so none is fetched. */
  private static final class ModelLoader implements SchemaLoader {
    private final String apiId;
    private final Map<String, Model> models;

    ModelLoader(String apiId, Map<String, Model> models) {
      this.apiId = apiId;
      this.models = models;
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
      String s = iri.toString();
      String prefix = MODEL_URI_PREFIX + apiId + "/models/";
      if (s.startsWith(prefix)) {
        String name = s.substring(prefix.length());
        int hash = name.indexOf('#');
        String modelName = hash < 0 ? name : name.substring(0, hash);
        Optional<String> schema = schemaOf(models, modelName);
        return () -> {
          if (schema.isEmpty()) {
            throw new FileNotFoundException("No model " + modelName + " in API " + apiId);
          }
          return new ByteArrayInputStream(schema.get().getBytes(StandardCharsets.UTF_8));
        };
      }
      if ((s.startsWith("http://") || s.startsWith("https://"))
          && !s.startsWith("http://json-schema.org/") && !s.startsWith("https://json-schema.org/")) {
        return () -> {
          throw new FileNotFoundException("Only models of this API can be referenced (by "
              + prefix + "{name}), not " + s);
        };
      }
      return null;
    }
  }
}
