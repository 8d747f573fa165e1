package io.github.fakeapigw.internal.template;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Velocity's {@code #foreach} plus the Velocity 1.x loop variables {@code $velocityCount} (1-based)
 * and {@code $velocityHasNext}, which AWS's Velocity 1.7 still provides next to {@code $foreach}.
 * Like Velocity 1.7, both hold the innermost loop's values and are restored after the loop.
 */
public final class CompatForeach extends Foreach {
  private static final String COUNT = "velocityCount";
  private static final String HAS_NEXT = "velocityHasNext";

  /** Instantiated by Velocity. */
  public CompatForeach() {
    super();
  }

  @Override
  public boolean render(InternalContextAdapter context, Writer writer, Node node)
      throws IOException {
    Object count = context.get(COUNT);
    Object hasNext = context.get(HAS_NEXT);
    try {
      return super.render(context, writer, node);
    } finally {
      restore(context, COUNT, count);
      restore(context, HAS_NEXT, hasNext);
    }
  }

  @Override
  protected void renderBlock(InternalContextAdapter context, Writer writer, Node node)
      throws IOException {
    if (context.get(RenderBudget.KEY) instanceof RenderBudget budget) {
      budget.check();
    }
    if (context.get("foreach") instanceof ForeachScope scope) {
      context.put(COUNT, scope.getCount());
      context.put(HAS_NEXT, scope.hasNext());
    }
    super.renderBlock(context, writer, node);
  }

  private static void restore(InternalContextAdapter context, String key, Object previous) {
    if (previous == null) {
      context.remove(key);
    } else {
      context.put(key, previous);
    }
  }
}
