/**
 * Authentication (HTTP Basic against PBKDF2 hashes; the web UI's session login with its CSRF token)
 * and 個人番号 encryption.
 */
package jp.madoguchi.app.infrastructure.security;
