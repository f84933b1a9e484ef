/**
 * Linkage route configuration (連携ルート設定) as IT staff edit it through {@code GET|PUT
 * /api/v1/admin/linkage-routes/{procedureCode}}: the pattern, trigger, file, API and retry settings
 * as Jackson-serialisable records, and {@link jp.madoguchi.integration.config.RouteConfigValidator}
 * which lists what is wrong with a configuration before it is saved (the 422 of the admin API).
 */
package jp.madoguchi.integration.config;
