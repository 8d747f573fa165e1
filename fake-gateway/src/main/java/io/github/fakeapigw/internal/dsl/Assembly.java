package io.github.fakeapigw.internal.dsl;

import io.github.fakeapigw.dsl.RestApiBuilder;
import io.github.fakeapigw.model.ApiDefinition;
import io.github.fakeapigw.model.Deployment;
import io.github.fakeapigw.model.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * The engine's way to {@link RestApiBuilder}'s assembly, which is not public API: the builder
 * registers its assembler once, when its class is initialized, so any builder instance the engine
 * is handed can be assembled.
 */
public final class Assembly {
  private static final AtomicReference<Assembler> ASSEMBLER = new AtomicReference<>();

  private Assembly() {}

  /** The API, its deployments (the stages' base deployment first, then one per canary) and its stages. */
  public record Assembled(ApiDefinition definition, List<Deployment> deployments, List<Stage> stages) {
    public Assembled {
      Objects.requireNonNull(definition, "definition");
      deployments = List.copyOf(deployments);
      stages = List.copyOf(stages);
    }
  }

  /** Assembles one builder. */
  @FunctionalInterface
  public interface Assembler {
    /**
     * @param ids id of the requested length (10 for APIs and resources, 6 for the rest)
     */
    Assembled assemble(RestApiBuilder api, IntFunction<String> ids, Instant now, String region, String accountId);
  }

  /** Called by {@link RestApiBuilder}'s static initializer; later calls are ignored. */
  public static void register(Assembler assembler) {
    ASSEMBLER.compareAndSet(null, Objects.requireNonNull(assembler, "assembler"));
  }

  /** Assembles {@code api}, which must not yet be deployed without a stage. */
  public static Assembled assemble(
      RestApiBuilder api, IntFunction<String> ids, Instant now, String region, String accountId) {
    Objects.requireNonNull(api, "api"); // an instance exists, so RestApiBuilder has registered
    return ASSEMBLER.get().assemble(api, ids, now, region, accountId);
  }
}
