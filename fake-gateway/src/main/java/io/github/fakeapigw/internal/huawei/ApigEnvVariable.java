package io.github.fakeapigw.internal.huawei;

/** An environment variable of one group in one environment ({@code /env-variables}). */
public record ApigEnvVariable(
    String id, String groupId, String envId, String variableName, String variableValue) {}
