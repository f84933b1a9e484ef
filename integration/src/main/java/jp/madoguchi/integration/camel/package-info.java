/**
 * The application's one CamelContext ({@link jp.madoguchi.integration.camel.MadoguchiCamel}) and
 * the route sets that join it ({@link jp.madoguchi.integration.camel.CamelRoutes}): the linkage
 * routes of {@code engine} and the portal pull of {@code portal}.
 */
package jp.madoguchi.integration.camel;
