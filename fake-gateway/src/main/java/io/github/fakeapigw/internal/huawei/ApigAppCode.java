package io.github.fakeapigw.internal.huawei;

/** An app code of one app ({@code /apps/{app_id}/app-codes}), sent as {@code X-Apig-AppCode}. */
public record ApigAppCode(String id, String appCode, String appId, String createTime) {}
