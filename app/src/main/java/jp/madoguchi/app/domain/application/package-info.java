/**
 * 申請: the application aggregate, its applicant, attachments and history, and the repository it is
 * kept in.
 */
package jp.madoguchi.app.domain.application;
