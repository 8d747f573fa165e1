package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.DocumentationPart;
import software.amazon.awssdk.services.apigateway.model.DocumentationPartType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** Documentation parts: create, get, list (filters, paging), update, delete, and their refusals. */
class DocumentationPartManagementTest extends ManagementTest {

  @Test
  void creates_gets_lists_updates_and_deletes_parts() {
    String api = Aws.newApi(client, "documented");

    var apiPart = client.createDocumentationPart(r -> r.restApiId(api)
        .location(l -> l.type(DocumentationPartType.API)).properties("{\"description\":\"the pets API\"}"));
    var methodPart = client.createDocumentationPart(r -> r.restApiId(api)
        .location(l -> l.type(DocumentationPartType.METHOD).path("/pets").method("GET"))
        .properties("{\"summary\":\"lists pets\"}"));

    assertThat(apiPart.location().path()).isEqualTo("/");
    assertThat(client.getDocumentationPart(r -> r.restApiId(api).documentationPartId(methodPart.id())).location()
        .method()).isEqualTo("GET");
    assertThat(client.getDocumentationParts(r -> r.restApiId(api)).items()).extracting(DocumentationPart::id)
        .containsExactly(apiPart.id(), methodPart.id());
    assertThat(client.getDocumentationParts(r -> r.restApiId(api).type(DocumentationPartType.METHOD)).items())
        .extracting(DocumentationPart::id).containsExactly(methodPart.id());
    var page = client.getDocumentationParts(r -> r.restApiId(api).limit(1));
    assertThat(page.items()).extracting(DocumentationPart::id).containsExactly(apiPart.id());
    assertThat(page.position()).isEqualTo("1");

    var updated = client.updateDocumentationPart(r -> r.restApiId(api).documentationPartId(apiPart.id())
        .patchOperations(op(Op.REPLACE, "/properties", "{\"description\":\"all the pets\"}")));
    assertThat(updated.properties()).isEqualTo("{\"description\":\"all the pets\"}");

    client.deleteDocumentationPart(r -> r.restApiId(api).documentationPartId(apiPart.id()));
    assertAwsError(() -> client.getDocumentationPart(r -> r.restApiId(api).documentationPartId(apiPart.id())),
        NotFoundException.class, 404, "NotFoundException", "Invalid Documentation part identifier specified");
  }

  @Test
  void refuses_invalid_parts_in_aws_words() {
    String api = Aws.newApi(client, "documented-badly");

    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId(api).properties("{}")),
        ApiGatewayException.class, 400, "ValidationException", "1 validation error detected: Value null at"
            + " 'createDocumentationPartInput.location' failed to satisfy constraint: Member must not be null");
    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId(api).location(l -> l.type("PAGE"))
            .properties("{}")), ApiGatewayException.class, 400, "ValidationException",
        "1 validation error detected: Value 'PAGE' at 'createDocumentationPartInput.location.type' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [API, AUTHORIZER, MODEL, RESOURCE, METHOD,"
            + " PATH_PARAMETER, QUERY_PARAMETER, REQUEST_HEADER, REQUEST_BODY, RESPONSE, RESPONSE_HEADER,"
            + " RESPONSE_BODY]");
    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId(api)
            .location(l -> l.type(DocumentationPartType.API))), ApiGatewayException.class, 400, "ValidationException",
        "1 validation error detected: Value null at 'createDocumentationPartInput.properties' failed to satisfy"
            + " constraint: Member must not be null");
    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId(api)
            .location(l -> l.type(DocumentationPartType.API)).properties("[1]")), BadRequestException.class, 400,
        "BadRequestException", "Invalid documentation properties specified: must be a JSON object: [1]");
    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId("nope")
            .location(l -> l.type(DocumentationPartType.API)).properties("{}")), NotFoundException.class, 404,
        "NotFoundException", "Invalid API identifier specified " + gateway.options().accountId() + ":nope");

    String id = client.createDocumentationPart(r -> r.restApiId(api)
        .location(l -> l.type(DocumentationPartType.API)).properties("{}")).id();
    assertAwsError(() -> client.createDocumentationPart(r -> r.restApiId(api)
            .location(l -> l.type(DocumentationPartType.API)).properties("{\"a\":1}")), ConflictException.class, 409,
        "ConflictException", "Documentation part " + id + " already documents this location");
    assertAwsError(() -> client.updateDocumentationPart(r -> r.restApiId(api).documentationPartId(id)
            .patchOperations(op(Op.REPLACE, "/location", "x"))), BadRequestException.class, 400,
        "BadRequestException", "Invalid patch path  '/location' specified for op 'replace'. Must be one of: [/properties]");
    assertAwsError(() -> client.updateDocumentationPart(r -> r.restApiId(api).documentationPartId(id)
            .patchOperations(op(Op.REMOVE, "/properties"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path  '/properties' specified for op 'remove'. Please choose supported operations");
    assertThat(client.getDocumentationPart(r -> r.restApiId(api).documentationPartId(id)).properties()).isEqualTo("{}");
  }

  @Test
  void reset_and_checkpoints_cover_the_parts() {
    String api = Aws.newApi(client, "documented-then-reset");
    client.createDocumentationPart(r -> r.restApiId(api).location(l -> l.type(DocumentationPartType.API))
        .properties("{}"));

    var checkpoint = gateway.checkpoint();
    gateway.reset();
    gateway.resetTo(checkpoint);

    assertThat(client.getDocumentationParts(r -> r.restApiId(api)).items()).hasSize(1);
  }
}
