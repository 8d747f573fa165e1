package io.github.fakeapigw.internal.huawei;

/** An app ({@code /apps}), the caller identity of {@code APP} authentication. */
public record ApigApp(
    String id,
    String name,
    Integer status,
    String appKey,
    String appSecret,
    String remark,
    String creator,
    String registerTime,
    String updateTime,
    String appType) {}
