/**
 * PDF rendering with OpenPDF and the bundled IPAex Gothic font (embedded as a subset in every
 * file): {@link jp.madoguchi.forms.pdf.ApplicationPdf} prints a received application as the clerk's
 * 申請書, {@link jp.madoguchi.forms.pdf.TranscriptionSheet} the checklist for 職員による転記 (MANUAL
 * linkage). Both take an {@link jp.madoguchi.forms.pdf.ApplicationDocument} and never print a full
 * 個人番号.
 */
package jp.madoguchi.forms.pdf;
