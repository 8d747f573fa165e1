package io.github.fakeapigw;

import io.github.fakeapigw.internal.huawei.HuaweiApigState;
import io.github.fakeapigw.internal.integration.lambda.LambdaFunctions;
import io.github.fakeapigw.internal.management.AccountService;
import io.github.fakeapigw.internal.management.ClientCertificateService;
import io.github.fakeapigw.internal.management.DocumentationService;
import io.github.fakeapigw.internal.runtime.Backends;
import io.github.fakeapigw.internal.state.ApiState;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The REST APIs, Huawei APIG groups and APIs, registered Lambda functions and backend stubs of a
 * gateway at one moment, taken with {@link FakeApiGateway#checkpoint()} and
 * restored with {@link FakeApiGateway#resetTo(GatewayCheckpoint)}. Immutable; opaque.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GatewayCheckpoint {
  private final FakeApiGateway gateway;
  private final List<ApiState> apis;
  private final List<LambdaFunctions.Registration> functions;
  private final Backends.Snapshot backends;
  private final HuaweiApigState huawei;
  private final AccountService.Account account;
  private final List<ClientCertificateService.ClientCertificate> clientCertificates;
  private final DocumentationService.State documentation;

  GatewayCheckpoint(
      FakeApiGateway gateway,
      List<ApiState> apis,
      List<LambdaFunctions.Registration> functions,
      Backends.Snapshot backends,
      HuaweiApigState huawei,
      AccountService.Account account,
      List<ClientCertificateService.ClientCertificate> clientCertificates,
      DocumentationService.State documentation) {
    this.gateway = gateway;
    this.apis = List.copyOf(apis);
    this.functions = List.copyOf(functions);
    this.backends = backends;
    this.huawei = huawei;
    this.account = account;
    this.clientCertificates = List.copyOf(clientCertificates);
    this.documentation = documentation;
  }

  DocumentationService.State documentation() {
    return documentation;
  }

  List<ClientCertificateService.ClientCertificate> clientCertificates() {
    return clientCertificates;
  }

  AccountService.Account account() {
    return account;
  }

  HuaweiApigState huawei() {
    return huawei;
  }

  Backends.Snapshot backends() {
    return backends;
  }

  FakeApiGateway gateway() {
    return gateway;
  }

  List<ApiState> apis() {
    return apis;
  }

  List<LambdaFunctions.Registration> functions() {
    return functions;
  }

  @Override
  public String toString() {
    return "GatewayCheckpoint{apis="
        + apis.stream().map(a -> "\"" + a.definition().restApi().name() + "\"").toList() + "}";
  }
}
