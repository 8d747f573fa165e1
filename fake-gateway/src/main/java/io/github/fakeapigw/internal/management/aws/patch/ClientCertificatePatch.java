package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.ClientCertificateService.ClientCertificate;
import java.util.EnumSet;

/** UpdateClientCertificate: {@code /description} only. */
public final class ClientCertificatePatch {
  private ClientCertificatePatch() {}

  public static final PatchRules<ClientCertificate> RULES = PatchRules.<ClientCertificate>builder()
      .field("/description", EnumSet.of(REPLACE), (c, op) -> c.withDescription(PatchValues.clearable(op)))
      .build();
}
