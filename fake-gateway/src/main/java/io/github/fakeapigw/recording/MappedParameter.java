package io.github.fakeapigw.recording;

import java.util.Optional;

/**
 * One evaluated parameter mapping.
 *
 * @param target the mapped name ({@code integration.request.header.X-Id} or {@code
 *     method.response.header.X})
 * @param source the source expression as configured ({@code method.request.path.id})
 * @param value the value produced; empty when the source was absent and nothing was mapped
 */
public record MappedParameter(String target, String source, Optional<String> value) {
  public MappedParameter {
    value = Copies.opt(value);
  }
}
