package io.github.fakeapigw.internal.invoke;

import io.github.fakeapigw.internal.context.InvocationContext;
import io.github.fakeapigw.internal.context.MethodRequest;
import io.github.fakeapigw.internal.template.MappingTemplates;
import io.github.fakeapigw.internal.template.Overrides;
import io.github.fakeapigw.internal.template.TemplateException;
import io.github.fakeapigw.internal.template.TemplateInput;
import io.github.fakeapigw.internal.template.TemplateResult;
import io.github.fakeapigw.recording.RenderedTemplate;
import java.util.Optional;

/**
 * Renders the request and response mapping templates of the integration request and integration
 * response stages, recording each rendering; a failing template is a configuration error.
 */
final class TemplateRendering {
  private final MappingTemplates templates;

  TemplateRendering(MappingTemplates templates) {
    this.templates = templates;
  }

  TemplateResult render(
      Invocation inv, RenderedTemplate.Phase phase, String contentType, String template,
      String body, MethodRequest request, InvocationContext context, Overrides prior,
      boolean response) throws GatewayFailure {
    try {
      TemplateResult result =
          templates.render(template, new TemplateInput(body, request, context, prior, response));
      inv.rendered(new RenderedTemplate(
          phase, contentType, template, Optional.of(result.output()), Optional.empty()));
      return result;
    } catch (TemplateException | RuntimeException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      inv.rendered(new RenderedTemplate(
          phase, contentType, template, Optional.empty(), Optional.of(message)));
      throw new GatewayFailure(GatewayError.API_CONFIGURATION_ERROR,
          (phase == RenderedTemplate.Phase.REQUEST
              ? "Unable to transform request: " : "Unable to transform response: ")
              + "the " + contentType + " template failed: " + message);
    }
  }
}
