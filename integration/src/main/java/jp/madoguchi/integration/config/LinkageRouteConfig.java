package jp.madoguchi.integration.config;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One version of a procedure's linkage route (連携ルート): the JSON of {@code GET|PUT
 * /api/v1/admin/linkage-routes/{procedureCode}}. A delivery keeps the version it was created with.
 * FILE_EXPORT and BATCH need {@code file}, DIRECT_API needs {@code api}; {@code retry} defaults to
 * {@link RetrySettings#DEFAULT}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkageRouteConfig(
    DeliveryPattern pattern,
    DeliveryTrigger trigger,
    boolean enabled,
    FileSettings file,
    ApiSettings api,
    RetrySettings retry) {

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
}
