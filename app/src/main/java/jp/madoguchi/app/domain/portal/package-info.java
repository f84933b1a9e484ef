/**
 * The portal pull's records: what became of each fetched package ({@link
 * jp.madoguchi.app.domain.portal.PortalReceipt}) and the certificate → resident table (番号紐付情報,
 * {@link jp.madoguchi.app.domain.portal.ResidentCertificate}).
 */
package jp.madoguchi.app.domain.portal;
