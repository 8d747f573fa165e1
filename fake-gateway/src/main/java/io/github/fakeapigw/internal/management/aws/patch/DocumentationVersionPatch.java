package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.DocumentationService.DocumentationVersion;
import java.util.EnumSet;

/** UpdateDocumentationVersion: {@code /description} only. */
public final class DocumentationVersionPatch {
  private DocumentationVersionPatch() {}

  public static final PatchRules<DocumentationVersion> RULES = PatchRules.<DocumentationVersion>builder()
      .field("/description", EnumSet.of(REPLACE), (v, op) -> v.withDescription(PatchValues.clearable(op)))
      .build();
}
