/**
 * 審査: the clerks' queue, an application's details and history, its state transitions (受理・補正依頼・
 * 却下・完了), 被害認定 and 罹災証明書, and 本人確認 against resident certificates.
 */
package jp.madoguchi.app.application.workflow;
