package jp.madoguchi.forms.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stamps every page of a finished PDF with the receipt number and "n / N", plus an optional line
 * above them (the transcription sheet's 入力者/確認者 line). Stamped after the layout so N is known.
 */
record PageFooter(String receiptNumber, String extraLine) {

  static final float MARGIN = PdfFile.SIDE_MARGIN;
  private static final float BASELINE = 22f;
  private static final float EXTRA_BASELINE = 44f;

  byte[] stamp(byte[] pdf) {
    try {
      PdfReader reader = new PdfReader(pdf);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      PdfStamper stamper = new PdfStamper(reader, out);
      int total = reader.getNumberOfPages();
      for (int page = 1; page <= total; page++) {
        stamp(stamper.getOverContent(page), reader.getPageSize(page), page + " / " + total);
      }
      stamper.close();
      reader.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stamp page footers", e);
    }
  }

  private void stamp(PdfContentByte canvas, Rectangle size, String pageNumber) {
    float right = size.getWidth() - MARGIN;
    show(canvas, Element.ALIGN_LEFT, "受付番号 " + receiptNumber, MARGIN, BASELINE, 8f);
    show(canvas, Element.ALIGN_RIGHT, pageNumber, right, BASELINE, 8f);
    if (extraLine != null) {
      show(canvas, Element.ALIGN_LEFT, extraLine, MARGIN, EXTRA_BASELINE, 10f);
    }
  }

  private static void show(
      PdfContentByte canvas, int align, String text, float x, float y, float size) {
    ColumnText.showTextAligned(canvas, align, new Phrase(text, PdfFonts.regular(size)), x, y, 0);
  }
}
