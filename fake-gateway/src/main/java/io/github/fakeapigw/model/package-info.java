/**
 * The immutable model of REST APIs, shared by every management dialect, the DSL and the invoke
 * pipeline. Component names are Amazon API Gateway's own field names.
 *
 * @since 0.1.0
 */
package io.github.fakeapigw.model;
