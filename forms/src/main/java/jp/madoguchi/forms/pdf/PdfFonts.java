package jp.madoguchi.forms.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * IPAex Gothic ({@code fonts/ipaexg.ttf}, IPA Font License v1.0), loaded once and embedded as a
 * subset with Identity-H encoding wherever it is used.
 */
final class PdfFonts {

  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final String RESOURCE = "fonts/ipaexg.ttf";

  private PdfFonts() {}

  static BaseFont base() {
    return Holder.BASE;
  }

  static Font regular(float size) {
    return new Font(Holder.BASE, size);
  }

  static Font muted(float size) {
    return new Font(Holder.BASE, size, Font.NORMAL, MUTED);
  }

  private static final class Holder {
    static final BaseFont BASE = load();

    private static BaseFont load() {
      try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing font resource " + RESOURCE);
        }
        return BaseFont.createFont(
            "ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
      } catch (IOException e) {
        throw new UncheckedIOException("unreadable font resource " + RESOURCE, e);
      }
    }
  }
}
