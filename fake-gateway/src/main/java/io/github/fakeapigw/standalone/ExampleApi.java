package io.github.fakeapigw.standalone;

import static io.github.fakeapigw.dsl.GatewayDsl.JSON;
import static io.github.fakeapigw.dsl.GatewayDsl.get;
import static io.github.fakeapigw.dsl.GatewayDsl.integrationResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.methodResponse;
import static io.github.fakeapigw.dsl.GatewayDsl.mock;
import static io.github.fakeapigw.dsl.GatewayDsl.post;
import static io.github.fakeapigw.dsl.GatewayDsl.restApi;
import static io.github.fakeapigw.dsl.GatewayDsl.stage;

import io.github.fakeapigw.FakeApiGateway;

/**
 * The small API the standalone runner serves by default: a pet store on MOCK integrations, so it
 * needs no backend. Stage {@code dev}.
 *
 * <ul>
 *   <li>{@code GET /pets}: a JSON list of two pets
 *   <li>{@code GET /pets/{petId}}: 200 with the pet for a numeric id, 404 {@code {"message": "pet
 *       not found"}} otherwise
 *   <li>{@code POST /pets}: 201 {@code {"created": true}}
 * </ul>
 */
final class ExampleApi {
  static final String NAME = "example-petstore";
  static final String STAGE = "dev";

  private ExampleApi() {}

  /** Deploys the example API and returns its id. */
  static String deploy(FakeApiGateway gateway) {
    return gateway
        .deploy(
            restApi(NAME)
                .withDescription("Built-in example API of the standalone fake gateway")
                .resource(
                    "/pets",
                    get()
                        .integration(
                            mock()
                                .withRequestTemplate(JSON, "{\"statusCode\": 200}")
                                .respond(
                                    integrationResponse(200)
                                        .withTemplate(
                                            JSON,
                                            "[{\"id\": 1, \"type\": \"dog\"},"
                                                + " {\"id\": 2, \"type\": \"cat\"}]")))
                        .respond(methodResponse(200)),
                    post()
                        .integration(
                            mock()
                                .withRequestTemplate(JSON, "{\"statusCode\": 201}")
                                .respond(
                                    integrationResponse(201)
                                        .withTemplate(JSON, "{\"created\": true}")))
                        .respond(methodResponse(201)))
                .resource(
                    "/pets/{petId}",
                    get()
                        .withRequiredParameter("method.request.path.petId")
                        .integration(
                            mock()
                                .withRequestTemplate(
                                    JSON,
                                    "#if($input.params('petId').matches('[0-9]+'))\n"
                                        + "{\"statusCode\": 200}\n"
                                        + "#else\n"
                                        + "{\"statusCode\": 404}\n"
                                        + "#end")
                                .respond(
                                    integrationResponse(200)
                                        .withTemplate(
                                            JSON,
                                            "{\"id\": $input.params('petId'), \"type\": \"dog\","
                                                + " \"stage\": \"$context.stage\"}"))
                                .respond(
                                    integrationResponse(404)
                                        .withSelectionPattern("404")
                                        .withTemplate(JSON, "{\"message\": \"pet not found\"}")))
                        .respond(methodResponse(200))
                        .respond(methodResponse(404)))
                .stage(STAGE, stage().withDescription("example stage")))
        .id();
  }
}
