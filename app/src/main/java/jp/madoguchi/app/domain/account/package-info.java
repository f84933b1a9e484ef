/** Accounts and roles of the people and systems that sign in. */
package jp.madoguchi.app.domain.account;
