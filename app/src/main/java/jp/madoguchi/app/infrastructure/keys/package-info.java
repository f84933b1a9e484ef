/**
 * Start-up re-encryption under the current 個人番号 key: stored numbers and linkage route secrets
 * sealed with an earlier key are sealed again with the current one.
 */
package jp.madoguchi.app.infrastructure.keys;
