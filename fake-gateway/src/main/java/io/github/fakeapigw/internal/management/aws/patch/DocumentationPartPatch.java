package io.github.fakeapigw.internal.management.aws.patch;

import static io.github.fakeapigw.internal.management.aws.patch.PatchOperation.Op.REPLACE;

import io.github.fakeapigw.internal.management.DocumentationService.DocumentationPart;
import java.util.EnumSet;
import java.util.function.UnaryOperator;

/** UpdateDocumentationPart: {@code /properties} only, in AWS's per-op wording (the op checked first). */
public final class DocumentationPartPatch {
  private DocumentationPartPatch() {}

  /** The rules; {@code checkProperties} checks a new value (a JSON object) and returns it. */
  public static PatchRules<DocumentationPart> rules(UnaryOperator<String> checkProperties) {
    return PatchRules.<DocumentationPart>builder()
        .field("/properties", EnumSet.of(REPLACE), (p, op) ->
            p.withProperties(checkProperties.apply(PatchValues.required(op))))
        .namingPathsPerOp(PatchRules.Wording.OP_FIRST)
        .build();
  }
}
