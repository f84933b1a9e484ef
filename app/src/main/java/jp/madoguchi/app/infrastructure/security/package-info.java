/** Authentication (HTTP Basic against PBKDF2 hashes) and 個人番号 encryption. */
package jp.madoguchi.app.infrastructure.security;
