/**
 * The "Madoguchi portal package": a signed ZIP of form XML and attachments as the portal delivers
 * it. {@link jp.madoguchi.portal.PortalPackageReader} reads one defensively and verifies its XML
 * signature and signing certificate; nothing here depends on Jakarta EE or Camel.
 */
package jp.madoguchi.portal;
