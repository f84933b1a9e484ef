/**
 * Staff and machine accounts: creation, passwords, logins and lockout, role grants with duty
 * separation, and the procedures each clerk may handle.
 */
package jp.madoguchi.app.application.accounts;
