/** The package layout: ZIP entries within limits, hardened form XML, its schema and its content. */
package jp.madoguchi.portal.format;
