/**
 * Pulling signed application packages from the portal: a Camel route that logs in, lists new
 * applications, fetches each package, hands it to {@link
 * jp.madoguchi.integration.portal.ReceivedPackages} (the app verifies and stores it) and only then
 * confirms receipt to the portal, so a crash at any point leads to a re-fetch, never a loss.
 */
package jp.madoguchi.integration.portal;
