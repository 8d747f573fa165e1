/**
 * In-process Lambda functions behind {@code AWS} and {@code AWS_PROXY} integrations: {@link
 * io.github.fakeapigw.lambda.LambdaFunction} (JSON in, JSON out), its {@link
 * io.github.fakeapigw.lambda.LambdaContext}, and {@link io.github.fakeapigw.lambda.LambdaHandlers},
 * which adapts the AWS Lambda Java runtime's {@code RequestHandler} and {@code
 * RequestStreamHandler} (optional dependencies) to it.
 *
 * <p>Register functions with {@link
 * io.github.fakeapigw.FakeApiGateway#registerFunction(String, LambdaFunction)}.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.lambda;
