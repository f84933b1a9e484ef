/**
 * 受付: submissions from the portal and from the counter are validated (forms, Japanese rules, 個人番号),
 * stored once per request and answered with a receipt number.
 */
package jp.madoguchi.app.application.intake;
