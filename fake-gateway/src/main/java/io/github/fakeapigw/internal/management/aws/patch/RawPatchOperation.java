package io.github.fakeapigw.internal.management.aws.patch;

import io.github.fakeapigw.internal.management.aws.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A patch operation as parsed from the wire, before its {@code op} is checked against the enum.
 *
 * @param op the op text as sent (may be absent)
 */
public record RawPatchOperation(
    Optional<String> op, Optional<String> path, Optional<String> value, Optional<String> from) {

  private static final String ENUM = "[add, remove, move, test, replace, copy]";

  /**
   * Checks every op against AWS's enum, reporting all violations at once as AWS's
   * ValidationException does.
   *
   * @param inputName the operation's input shape in lower camel case, e.g. {@code updateMethodInput}
   * @throws ApiException 400 ValidationException listing each bad op with its 1-based index
   */
  public static List<PatchOperation> validate(String inputName, List<RawPatchOperation> raw) {
    List<String> errors = new ArrayList<>();
    List<PatchOperation> ops = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RawPatchOperation r = raw.get(i);
      Optional<PatchOperation.Op> op = r.op().flatMap(RawPatchOperation::parseOp);
      if (op.isEmpty()) {
        errors.add(
            "Value '" + r.op().orElse("null") + "' at '" + inputName + ".patchOperations."
                + (i + 1) + ".member.op' failed to satisfy constraint: Member must satisfy enum value set: "
                + ENUM);
      } else {
        ops.add(new PatchOperation(op.get(), r.path(), r.value(), r.from()));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.validation(
          errors.size() + " validation error" + (errors.size() == 1 ? "" : "s") + " detected: "
              + String.join("; ", errors));
    }
    return List.copyOf(ops);
  }

  private static Optional<PatchOperation.Op> parseOp(String s) {
    for (PatchOperation.Op op : PatchOperation.Op.values()) {
      if (op.wire().equals(s)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s", op.orElse("null"), path.orElse("null"));
  }
}
