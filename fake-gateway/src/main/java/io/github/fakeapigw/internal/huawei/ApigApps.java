package io.github.fakeapigw.internal.huawei;

import java.util.Optional;

/** Apps and app codes: the changes {@link HuaweiApigService} makes to them, on a draft. */
final class ApigApps {
  private ApigApps() {}


  static ApigApp create(ApigDraft d, ApigIds ids, String name, String remark, String appKey,
      String appSecret) {
    {
      requireUniqueAppName(d, name, null);
      String t = ids.now();
      ApigApp app = new ApigApp(ids.newId(), name, 1, appKey == null ? ids.newId() : appKey,
          appSecret == null ? ids.newSecret() : appSecret, remark, "USER", t, t, "apig");
      d.apps.put(app.id(), app);
      return app;
    }
  }

  static ApigApp update(ApigDraft d, ApigIds ids, String id, String name, String remark) {
    {
      ApigApp a = Optional.ofNullable(d.apps.get(id)).orElseThrow(() -> noApp(id));
      requireUniqueAppName(d, name, id);
      ApigApp n = new ApigApp(id, name, a.status(), a.appKey(), a.appSecret(), remark,
          a.creator(), a.registerTime(), ids.now(), a.appType());
      d.apps.put(id, n);
      return n;
    }
  }

  static ApigApp resetSecret(ApigDraft d, ApigIds ids, String id) {
    {
      ApigApp a = Optional.ofNullable(d.apps.get(id)).orElseThrow(() -> noApp(id));
      ApigApp n = new ApigApp(id, a.name(), a.status(), a.appKey(), ids.newSecret(), a.remark(),
          a.creator(), a.registerTime(), ids.now(), a.appType());
      d.apps.put(id, n);
      return n;
    }
  }

  static Void delete(ApigDraft d, String id) {
    {
      if (d.apps.remove(id) == null) {
        throw noApp(id);
      }
      d.appCodes.values().removeIf(c -> c.appId().equals(id));
      return null;
    }
  }

  static ApigAppCode createCode(ApigDraft d, ApigIds ids, String appId, String code) {
    {
      if (!d.apps.containsKey(appId)) {
        throw noApp(appId);
      }
      String value = code == null ? ids.newId() + ids.newId() : code;
      if (d.appCodes.values().stream().anyMatch(c -> c.appCode().equals(value))) {
        throw new ApigException(400, "APIG.3305", "The app code already exists.");
      }
      ApigAppCode c = new ApigAppCode(ids.newId(), value, appId, ids.now());
      d.appCodes.put(c.id(), c);
      return c;
    }
  }

  static Void deleteCode(ApigDraft d, String appId, String id) {
    {
      if (!d.apps.containsKey(appId)) {
        throw noApp(appId);
      }
      ApigAppCode c = d.appCodes.get(id);
      if (c == null || !c.appId().equals(appId)) {
        throw ApigException.notFound("APIG.3060", "The app code does not exist.");
      }
      d.appCodes.remove(id);
      return null;
    }
  }

  private static void requireUniqueAppName(ApigDraft d, String name, String except) {
    if (d.apps.values().stream().anyMatch(a -> a.name().equals(name) && !a.id().equals(except))) {
      throw new ApigException(400, "APIG.3203", "The app name already exists.");
    }
  }

  static ApigException noApp(String id) {
    return ApigException.notFound("APIG.3004", "App " + id + " does not exist");
  }
}
