/** XML signature of form.xml and the signer's certificate: chain, validity at signing, CRL. */
package jp.madoguchi.portal.trust;
