package io.github.fakeapigw;

import org.apiguardian.api.API;

/**
 * Which deployment of a stage with canary settings serves a request.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CanarySide {
  /** The canary deployment ({@code canarySettings.deploymentId}), with the stage variable overrides. */
  CANARY,
  /** The stage's own deployment ({@code deploymentId}), with the plain stage variables. */
  BASE
}
