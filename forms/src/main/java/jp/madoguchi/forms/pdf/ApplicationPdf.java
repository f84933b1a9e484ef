package jp.madoguchi.forms.pdf;

import java.util.Map;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * Renders a received application as the clerk's 申請書 PDF (A4 portrait): the procedure name, a header
 * with 受付番号 and 受付日時, the applicant block and every form field in definition order (absent ones as
 * 「—」), the attachment list, then 職員確認事項 (what clerks recorded and the validation warnings) when
 * there are any, and "n / N" with the receipt number on every page. 個人番号 fields are always masked.
 * Stateless and safe to share.
 */
public final class ApplicationPdf {

  private static final float BOTTOM_MARGIN = 40f;

  public byte[] render(ApplicationDocument document) {
    ProcedureDefinition definition = document.definition();
    PageFooter footer = new PageFooter(document.receiptNumber(), null);
    return PdfFile.write(
        definition.name(),
        BOTTOM_MARGIN,
        footer,
        pdf -> {
          HeaderBlock.write(pdf, "申請書", definition.name(), headerEntries(document));
          HeaderBlock.spacer(pdf);
          new FieldSection(pdf)
              .write("申請者情報", definition.applicant().fields(), document.applicant());
          HeaderBlock.spacer(pdf);
          new FieldSection(pdf).write("申請内容", definition.fields(), document.form());
          HeaderBlock.spacer(pdf);
          pdf.add(AttachmentTable.of(document.attachments()));
          if (!document.warnings().isEmpty() || !document.clerkEntries().isEmpty()) {
            HeaderBlock.spacer(pdf);
            pdf.add(ClerkNotesTable.of(document.clerkEntries(), document.warnings()));
          }
        });
  }

  private static Map<String, String> headerEntries(ApplicationDocument document) {
    ProcedureDefinition definition = document.definition();
    Map<String, String> entries = HeaderBlock.receiptEntries(document);
    entries.put("申請日時", JapanTime.format(document.submittedAt()));
    entries.put("市区町村コード", FieldValues.orAbsent(document.municipalityCode()));
    entries.put(
        "手続", definition.code() + "（第" + definition.version() + "版）" + definition.category());
    entries.put("基幹系", definition.coreSystem());
    document.status().ifPresent(status -> entries.put("状態", status));
    return entries;
  }
}
