package io.github.fakeapigw.internal.management;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A real, self-signed X.509 v3 certificate (ECDSA P-256 with SHA-256: a key is made in a
 * millisecond, where RSA takes long on a loaded machine) in PEM, as GenerateClientCertificate hands
 * out: a backend can load it and check that requests come with it. Encoded by hand in DER, as the
 * JDK has no public API that builds certificates.
 */
final class SelfSignedCertificate {
  /** ecdsa-with-SHA256 (1.2.840.10045.4.3.2), without parameters. */
  private static final byte[] ECDSA_WITH_SHA256 = {
    0x30, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02
  };
  private static final byte[] COMMON_NAME_OID = {0x06, 0x03, 0x55, 0x04, 0x03};
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private SelfSignedCertificate() {}

  static String pem(String commonName, Instant notBefore, Instant notAfter, SecureRandom random) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), random);
      KeyPair keys = g.generateKeyPair();
      byte[] name = tlv(0x30, tlv(0x31, tlv(0x30, COMMON_NAME_OID,
          tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
      byte[] tbs = tlv(0x30,
          tlv(0xa0, tlv(0x02, new byte[] {2})), // version v3
          tlv(0x02, new BigInteger(64, random).setBit(62).toByteArray()),
          ECDSA_WITH_SHA256,
          name,
          tlv(0x30, utcTime(notBefore), utcTime(notAfter)),
          name,
          keys.getPublic().getEncoded());
      Signature s = Signature.getInstance("SHA256withECDSA");
      s.initSign(keys.getPrivate(), random);
      s.update(tbs);
      byte[] signature = s.sign();
      byte[] bits = new byte[signature.length + 1]; // no unused bits
      System.arraycopy(signature, 0, bits, 1, signature.length);
      byte[] der = tlv(0x30, tbs, ECDSA_WITH_SHA256, tlv(0x03, bits));
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
          + "\n-----END CERTIFICATE-----";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot sign a certificate with SHA256withECDSA", e);
    }
  }

  private static byte[] utcTime(Instant t) {
    return tlv(0x17, UTC_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] tlv(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      content.writeBytes(p);
    }
    int n = content.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (n < 0x80) {
      out.write(n);
    } else {
      byte[] len = BigInteger.valueOf(n).toByteArray();
      int skip = len[0] == 0 ? 1 : 0;
      out.write(0x80 | (len.length - skip));
      out.write(len, skip, len.length - skip);
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }
}
