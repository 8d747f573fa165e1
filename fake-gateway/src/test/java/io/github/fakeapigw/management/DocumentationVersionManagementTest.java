package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.apigateway.model.ConflictException;
import software.amazon.awssdk.services.apigateway.model.DocumentationPartType;
import software.amazon.awssdk.services.apigateway.model.DocumentationVersion;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** Documentation versions: create (optionally on a stage), get, list, update, delete. */
class DocumentationVersionManagementTest extends ManagementTest {

  @Test
  void publishes_a_version_on_a_stage_and_manages_it() {
    String id = Aws.newApi(client, "doc-versions");
    String root = Aws.rootId(client, id);
    client.putMethod(r -> r.restApiId(id).resourceId(root).httpMethod("GET").authorizationType("NONE"));
    client.putIntegration(r -> r.restApiId(id).resourceId(root).httpMethod("GET").type(IntegrationType.MOCK));
    client.createDeployment(r -> r.restApiId(id).stageName("test"));
    client.createDocumentationPart(r -> r.restApiId(id).location(l -> l.type(DocumentationPartType.API))
        .properties("{\"description\":\"v1\"}"));

    var v1 = client.createDocumentationVersion(r -> r.restApiId(id).documentationVersion("1.0")
        .description("first").stageName("test"));

    assertThat(v1.version()).isEqualTo("1.0");
    assertThat(v1.description()).isEqualTo("first");
    assertThat(v1.createdDate()).isNotNull();
    assertThat(client.getStage(r -> r.restApiId(id).stageName("test")).documentationVersion()).isEqualTo("1.0");
    client.createDocumentationVersion(r -> r.restApiId(id).documentationVersion("2.0"));
    assertThat(client.getDocumentationVersions(r -> r.restApiId(id)).items())
        .extracting(DocumentationVersion::version).containsExactly("1.0", "2.0");
    assertThat(client.updateDocumentationVersion(r -> r.restApiId(id).documentationVersion("2.0")
        .patchOperations(op(Op.REPLACE, "/description", "second"))).description()).isEqualTo("second");

    client.deleteDocumentationVersion(r -> r.restApiId(id).documentationVersion("1.0"));
    assertAwsError(() -> client.getDocumentationVersion(r -> r.restApiId(id).documentationVersion("1.0")),
        NotFoundException.class, 404, "NotFoundException", "Invalid Documentation version specified: 1.0");
  }

  @Test
  void refuses_invalid_versions() {
    String api = Aws.newApi(client, "doc-versions-bad");

    assertAwsError(() -> client.createDocumentationVersion(r -> r.restApiId(api)), ApiGatewayException.class, 400,
        "ValidationException", "1 validation error detected: Value null at"
            + " 'createDocumentationVersionInput.documentationVersion' failed to satisfy constraint: Member must not"
            + " be null");
    assertAwsError(() -> client.createDocumentationVersion(r -> r.restApiId(api).documentationVersion("1")
            .stageName("nope")), NotFoundException.class, 404, "NotFoundException",
        "Invalid Stage identifier specified");
    assertThat(client.getDocumentationVersions(r -> r.restApiId(api)).items()).isEmpty();
    client.createDocumentationVersion(r -> r.restApiId(api).documentationVersion("1"));
    assertAwsError(() -> client.createDocumentationVersion(r -> r.restApiId(api).documentationVersion("1")),
        ConflictException.class, 409, "ConflictException", "Documentation version already exists: 1");
  }
}
