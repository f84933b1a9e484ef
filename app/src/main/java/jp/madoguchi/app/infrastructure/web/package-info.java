/**
 * HTTP plumbing shared by the REST layer and the authentication mechanism: the problem+json
 * document every error answer carries, and the 503 answer while the database is away.
 */
package jp.madoguchi.app.infrastructure.web;
