/**
 * Request validation: required method request parameters and JSON Schema (draft 4) request models,
 * behind project types only so the schema library stays off the public API.
 */
package io.github.fakeapigw.internal.validation;
