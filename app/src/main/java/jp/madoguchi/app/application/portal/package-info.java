/**
 * Use cases of the portal pull: taking a fetched package in through the intake path (verified → 受付,
 * signature failed → 受付エラー), and identifying applicants by their signing certificate (番号紐付情報,
 * maintained by IT staff).
 */
package jp.madoguchi.app.application.portal;
