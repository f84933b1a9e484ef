/** Use cases: intake, status queries, start-up bootstrap; the error types clients see. */
package jp.madoguchi.app.application;
