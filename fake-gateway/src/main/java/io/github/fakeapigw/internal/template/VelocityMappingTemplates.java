package io.github.fakeapigw.internal.template;

import io.github.fakeapigw.internal.json.JsonPaths;

/** AWS-flavoured Apache Velocity mapping templates. (Being implemented: issue "Velocity".) */
public final class VelocityMappingTemplates implements MappingTemplates {
  private final JsonPaths jsonPaths;

  public VelocityMappingTemplates(JsonPaths jsonPaths) {
    this.jsonPaths = jsonPaths;
  }

  @Override
  public TemplateResult render(String template, TemplateInput input) throws TemplateException {
    throw new TemplateException("Velocity templates are not implemented yet " + jsonPaths, null);
  }
}
