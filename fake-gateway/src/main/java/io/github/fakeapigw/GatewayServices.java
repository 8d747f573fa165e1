package io.github.fakeapigw;

import io.github.fakeapigw.internal.huawei.HuaweiApigService;
import io.github.fakeapigw.internal.management.AccountService;
import io.github.fakeapigw.internal.management.ClientCertificateService;
import io.github.fakeapigw.internal.management.DocumentationService;
import io.github.fakeapigw.internal.management.ManagementError;
import io.github.fakeapigw.internal.runtime.GatewayRuntime;

/**
 * The management state a gateway keeps beside its REST APIs: the account, client certificates,
 * documentation, and the Huawei APIG store. Held here, at the front door, and handed to the
 * dialects that serve them, so the shared runtime below them depends on none of them.
 */
final class GatewayServices {
  final HuaweiApigService huaweiApig;
  final AccountService account = new AccountService();
  final ClientCertificateService clientCertificates;
  final DocumentationService documentation;

  GatewayServices(GatewayRuntime runtime) {
    this.huaweiApig =
        new HuaweiApigService(runtime.clock(), runtime.seed(), runtime.huaweiRegion());
    this.clientCertificates =
        new ClientCertificateService(runtime.clock(), () -> runtime.ids().next(6));
    this.documentation = new DocumentationService(
        id -> runtime.state().api(id).orElseThrow(
            () -> ManagementError.notFound(ManagementError.Kind.REST_API, id)),
        () -> runtime.ids().next(6), runtime.clock());
  }
}
