package io.github.fakeapigw.internal.management;

import io.github.fakeapigw.internal.management.ManagementError.Kind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The account's client certificates (GenerateClientCertificate and the rest): each a real
 * self-signed certificate, valid for 365 days, that stages present to their HTTP backends.
 */
public final class ClientCertificateService {

  /** One client certificate. */
  public record ClientCertificate(String clientCertificateId, Optional<String> description,
      String pemEncodedCertificate, Instant createdDate, Instant expirationDate, Map<String, String> tags) {
    public ClientCertificate {
      Objects.requireNonNull(clientCertificateId, "clientCertificateId");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(pemEncodedCertificate, "pemEncodedCertificate");
      tags = Map.copyOf(tags);
    }

    public ClientCertificate withDescription(Optional<String> next) {
      return new ClientCertificate(clientCertificateId, next, pemEncodedCertificate, createdDate, expirationDate,
          tags);
    }
  }

  /** How long a generated certificate is valid, as on AWS. */
  public static final Duration VALIDITY = Duration.ofDays(365);

  private final Clock clock;
  private final Supplier<String> ids;
  private final SecureRandom random = nonBlockingRandom();
  private Map<String, ClientCertificate> certificates = new LinkedHashMap<>();

  /** Never waits for entropy: {@code /dev/urandom} where the platform has it. */
  private static SecureRandom nonBlockingRandom() {
    try {
      return SecureRandom.getInstance("NativePRNGNonBlocking");
    } catch (java.security.NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  public ClientCertificateService(Clock clock, Supplier<String> ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public ClientCertificate generate(Optional<String> description, Map<String, String> tags) {
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String id = ids.get();
    String pem = SelfSignedCertificate.pem("fake-apigateway client certificate " + id, now, now.plus(VALIDITY), random);
    ClientCertificate c = new ClientCertificate(id, description, pem, now, now.plus(VALIDITY), tags);
    synchronized (this) {
      Map<String, ClientCertificate> next = new LinkedHashMap<>(certificates);
      next.put(id, c);
      certificates = next;
    }
    return c;
  }

  public synchronized ClientCertificate get(String id) {
    ClientCertificate c = certificates.get(id);
    if (c == null) {
      throw ManagementError.notFound(Kind.CLIENT_CERTIFICATE, id);
    }
    return c;
  }

  public synchronized List<ClientCertificate> all() {
    return new ArrayList<>(certificates.values());
  }

  /** Applies {@code edit}; a refusal thrown by the edit keeps the certificate as it was. */
  public synchronized ClientCertificate update(String id, UnaryOperator<ClientCertificate> edit) {
    ClientCertificate next = Objects.requireNonNull(edit.apply(get(id)), "edited certificate");
    Map<String, ClientCertificate> copy = new LinkedHashMap<>(certificates);
    copy.put(id, next);
    certificates = copy;
    return next;
  }

  public synchronized void delete(String id) {
    get(id);
    Map<String, ClientCertificate> copy = new LinkedHashMap<>(certificates);
    copy.remove(id);
    certificates = copy;
  }

  /** The certificates as they are now, for a checkpoint. */
  public synchronized List<ClientCertificate> snapshot() {
    return List.copyOf(certificates.values());
  }

  /** Puts back the certificates of a checkpoint. */
  public synchronized void restore(List<ClientCertificate> earlier) {
    Map<String, ClientCertificate> next = new LinkedHashMap<>();
    earlier.forEach(c -> next.put(c.clientCertificateId(), c));
    certificates = next;
  }

  public synchronized void clear() {
    certificates = new LinkedHashMap<>();
  }
}
