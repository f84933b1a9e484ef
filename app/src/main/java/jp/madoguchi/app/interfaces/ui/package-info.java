/**
 * The web UI's server side: session login, logout and session info under {@code /ui}, and the
 * security headers on every response. The screens themselves are static files in the webapp.
 */
package jp.madoguchi.app.interfaces.ui;
