/** 個人番号: sealing stored texts so they hold it only masked, and its audited disclosure. */
package jp.madoguchi.app.application.mynumber;
