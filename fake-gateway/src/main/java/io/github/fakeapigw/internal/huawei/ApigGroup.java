package io.github.fakeapigw.internal.huawei;

import java.util.List;

/** An API group ({@code /api-groups}). */
public record ApigGroup(
    String id,
    String name,
    Integer status,
    String slDomain,
    List<String> slDomains,
    String remark,
    String registerTime,
    String updateTime,
    Integer onSellStatus,
    List<Object> urlDomains) {}
