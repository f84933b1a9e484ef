package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One version of a procedure's linkage route (連携ルート): the JSON of {@code GET|PUT
 * /api/v1/admin/linkage-routes/{procedureCode}}. A delivery keeps the version it was created with.
 * FILE_EXPORT and BATCH need {@code file}, DIRECT_API needs {@code api}; {@code retry} defaults to
 * {@link RetrySettings#DEFAULT}. {@code includeMyNumber} is the explicit decision to send 個人番号 to
 * the core system (file columns of 個人番号, or the numbers of a DIRECT_API payload); it is allowed
 * only for 個人番号利用事務 procedures, and without it nothing of 個人番号 leaves Madoguchi.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkageRouteConfig(
    DeliveryPattern pattern,
    DeliveryTrigger trigger,
    boolean enabled,
    FileSettings file,
    ApiSettings api,
    RetrySettings retry,
    boolean includeMyNumber) {

  public LinkageRouteConfig {
    InvalidRouteConfigException.required(pattern, "pattern");
    trigger = trigger == null ? DeliveryTrigger.ON_ACCEPT : trigger;
    retry = retry == null ? RetrySettings.DEFAULT : retry;
    boolean needsFile = pattern == DeliveryPattern.FILE_EXPORT || pattern == DeliveryPattern.BATCH;
    if (needsFile && file == null) {
      throw new InvalidRouteConfigException("file", "required", "ファイル設定は必須です");
    }
    if (pattern == DeliveryPattern.DIRECT_API && api == null) {
      throw new InvalidRouteConfigException("api", "required", "API設定は必須です");
    }
  }

  /** The same configuration with the 個人番号 decision set. */
  public LinkageRouteConfig withIncludeMyNumber(boolean include) {
    return new LinkageRouteConfig(pattern, trigger, enabled, file, api, retry, include);
  }

  /** The same configuration with other file settings. */
  public LinkageRouteConfig withFile(FileSettings other) {
    return new LinkageRouteConfig(pattern, trigger, enabled, other, api, retry, includeMyNumber);
  }

  /** The same configuration with other API settings. */
  public LinkageRouteConfig withApi(ApiSettings other) {
    return new LinkageRouteConfig(pattern, trigger, enabled, file, other, retry, includeMyNumber);
  }

  /** Whether deliveries of this route carry 個人番号 to the core system. */
  public boolean carriesMyNumber() {
    return includeMyNumber && (api != null || (file != null && file.includesMyNumber()));
  }
}
