package io.github.fakeapigw.management;

import static io.github.fakeapigw.management.Aws.assertAwsError;
import static io.github.fakeapigw.management.Aws.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.apigateway.model.BadRequestException;
import software.amazon.awssdk.services.apigateway.model.ClientCertificate;
import software.amazon.awssdk.services.apigateway.model.NotFoundException;
import software.amazon.awssdk.services.apigateway.model.Op;

/** GenerateClientCertificate, GetClientCertificate(s), UpdateClientCertificate, DeleteClientCertificate. */
class ClientCertificateManagementTest extends ManagementTest {

  @AfterEach
  void resetGateway() {
    gateway.reset();
  }

  @Test
  void generates_a_real_self_signed_certificate_valid_for_a_year() throws Exception {
    var generated = client.generateClientCertificate(r -> r.description("to the backend").tags(Map.of("team", "a")));

    assertThat(generated.clientCertificateId()).matches("[a-z0-9]{6}");
    assertThat(generated.description()).isEqualTo("to the backend");
    assertThat(generated.tags()).containsExactly(Map.entry("team", "a"));
    assertThat(Duration.between(generated.createdDate(), generated.expirationDate())).isEqualTo(Duration.ofDays(365));
    X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
        new ByteArrayInputStream(generated.pemEncodedCertificate().getBytes(StandardCharsets.US_ASCII)));
    cert.checkValidity();
    cert.verify(cert.getPublicKey());
    assertThat(cert.getVersion()).isEqualTo(3);
    assertThat(cert.getNotAfter().toInstant()).isEqualTo(generated.expirationDate());
    assertThat(cert.getSubjectX500Principal().getName()).contains(generated.clientCertificateId());
  }

  @Test
  void gets_lists_updates_and_deletes_certificates() {
    String first = client.generateClientCertificate(r -> r.description("one")).clientCertificateId();
    String second = client.generateClientCertificate(r -> { }).clientCertificateId();

    assertThat(client.getClientCertificate(r -> r.clientCertificateId(first)).description()).isEqualTo("one");
    var page = client.getClientCertificates(r -> r.limit(1));
    assertThat(page.items()).extracting(ClientCertificate::clientCertificateId).containsExactly(first);
    assertThat(client.getClientCertificates(r -> r.position(page.position())).items())
        .extracting(ClientCertificate::clientCertificateId).containsExactly(second);
    assertThat(client.updateClientCertificate(r -> r.clientCertificateId(second).patchOperations(
        op(Op.REPLACE, "/description", "two"))).description()).isEqualTo("two");

    client.deleteClientCertificate(r -> r.clientCertificateId(first));

    assertAwsError(() -> client.getClientCertificate(r -> r.clientCertificateId(first)), NotFoundException.class, 404,
        "NotFoundException", "Invalid Client Certificate identifier specified");
    assertAwsError(() -> client.deleteClientCertificate(r -> r.clientCertificateId(first)), NotFoundException.class,
        404, "NotFoundException", "Invalid Client Certificate identifier specified");
    assertThat(client.getClientCertificates(r -> { }).items()).extracting(ClientCertificate::clientCertificateId)
        .containsExactly(second);
  }

  @Test
  void refuses_a_patch_of_anything_but_the_description() {
    String id = client.generateClientCertificate(r -> r.description("kept")).clientCertificateId();

    assertAwsError(() -> client.updateClientCertificate(r -> r.clientCertificateId(id).patchOperations(
            op(Op.REPLACE, "/pemEncodedCertificate", "x"))), BadRequestException.class, 400, "BadRequestException",
        "Invalid patch path /pemEncodedCertificate");
    assertAwsError(() -> client.updateClientCertificate(r -> r.clientCertificateId("nope").patchOperations(
            op(Op.REPLACE, "/description", "x"))), NotFoundException.class, 404, "NotFoundException",
        "Invalid Client Certificate identifier specified");
    assertThat(client.getClientCertificate(r -> r.clientCertificateId(id)).description()).isEqualTo("kept");
  }

  @Test
  void reset_and_checkpoints_cover_the_certificates() {
    var empty = gateway.checkpoint();
    String id = client.generateClientCertificate(r -> { }).clientCertificateId();
    var withOne = gateway.checkpoint();

    gateway.resetTo(empty);
    assertThat(client.getClientCertificates(r -> { }).items()).isEmpty();
    gateway.resetTo(withOne);
    assertThat(client.getClientCertificates(r -> { }).items()).extracting(ClientCertificate::clientCertificateId)
        .containsExactly(id);
    gateway.reset();
    assertThat(client.getClientCertificates(r -> { }).items()).isEmpty();
  }
}
