/** The JSON API: thin resources, request reading, problem+json errors, authorization. */
package jp.madoguchi.app.interfaces.rest;
