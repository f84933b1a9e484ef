package jp.madoguchi.forms.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import jp.madoguchi.forms.japanese.DamageGrade;
import jp.madoguchi.forms.japanese.WarekiDate;

/**
 * Renders a 罹災証明書 (A4 portrait) in the layout of the 内閣府 standard form (「罹災証明書（様式例）」,
 * 災害に係る住家の被害認定基準運用指針 / 罹災証明書の様式の統一化): 交付番号 and 発行日 (和暦) at the top right, the title, 世帯主の住所・氏名,
 * 災害名, 被災住家の所在地, then 住家の被害の程度 as the six grades with their 損害割合 bands, the one that applies marked
 * ■ (the others □), and the 市区町村長's certification. Stateless.
 */
public final class DisasterCertificatePdf {

  private static final float BOTTOM_MARGIN = 40f;
  private static final float TITLE = 18f;
  private static final float BODY = 11f;

  public byte[] render(DisasterCertificate certificate) {
    return PdfFile.write(
        "罹災証明書",
        BOTTOM_MARGIN,
        new PageFooter(certificate.receiptNumber(), null),
        pdf -> {
          right(pdf, "第 " + certificate.issueNumber() + " 号");
          right(pdf, WarekiDate.of(certificate.issuedOn()).toJapanese());
          Paragraph title = new Paragraph("罹災証明書", PdfFonts.regular(TITLE));
          title.setAlignment(Element.ALIGN_CENTER);
          title.setSpacingBefore(12f);
          title.setSpacingAfter(18f);
          pdf.add(title);
          pdf.add(details(certificate));
          pdf.add(grades(certificate));
          Paragraph statement = new Paragraph("上記のとおり相違ないことを証明します。", PdfFonts.regular(BODY));
          statement.setSpacingBefore(18f);
          pdf.add(statement);
          Paragraph mayor =
              new Paragraph(
                  FieldValues.orAbsent(certificate.mayorName()), PdfFonts.regular(BODY + 2));
          mayor.setAlignment(Element.ALIGN_RIGHT);
          mayor.setSpacingBefore(24f);
          pdf.add(mayor);
        });
  }

  private static void right(Document pdf, String text) {
    Paragraph paragraph = new Paragraph(text, PdfFonts.regular(BODY));
    paragraph.setAlignment(Element.ALIGN_RIGHT);
    pdf.add(paragraph);
  }

  private static PdfPTable details(DisasterCertificate c) {
    PdfPTable table = new PdfPTable(new float[] {1.2f, 3.8f});
    table.setWidthPercentage(100);
    row(table, "世帯主住所", c.householdAddress());
    row(table, "世帯主氏名", c.householdHead());
    row(
        table,
        "災害名",
        (c.disasterName() == null || c.disasterName().isBlank() ? "" : c.disasterName() + "　")
            + (c.disasterDate() == null
                ? ""
                : "（" + WarekiDate.of(c.disasterDate()).toJapanese() + " 発生）"));
    row(table, "被災住家の所在地", c.propertyAddress());
    return table;
  }

  private static PdfPTable grades(DisasterCertificate c) {
    PdfPTable table = new PdfPTable(new float[] {1.2f, 2.4f, 1.4f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12f);
    PdfPCell label = Cells.label("住家の被害の程度", 0);
    label.setRowspan(DamageGrade.values().length + 1);
    table.addCell(label);
    table.addCell(Cells.header("被害の程度", Cells.TEXT));
    table.addCell(Cells.header("損害割合", Cells.TEXT));
    for (DamageGrade grade : DamageGrade.values()) {
      boolean applies = grade == c.grade();
      table.addCell(Cells.value((applies ? "■ " : "□ ") + grade.label()));
      table.addCell(
          Cells.value(
              grade.rangeLabel()
                  + (applies && c.ratioPercent() != null
                      ? "（" + c.ratioPercent().toPlainString() + "%）"
                      : "")));
    }
    return table;
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(Cells.label(label, 0));
    table.addCell(Cells.value(FieldValues.orAbsent(value)));
  }
}
