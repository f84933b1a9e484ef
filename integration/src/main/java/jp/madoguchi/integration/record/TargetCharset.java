package jp.madoguchi.integration.record;

import java.nio.charset.Charset;
import jp.madoguchi.integration.config.FileEncoding;

/** The encoding a record is written in: how text is prepared for it and how wide it is. */
public interface TargetCharset {

  Charset charset();

  /** The text with every character the charset cannot carry faithfully replaced. */
  Substitution prepare(String text);

  /** Bytes one (already prepared) code point takes in this charset. */
  int byteWidth(int codePoint);

  static TargetCharset of(FileEncoding encoding, boolean strictJisX0208) {
    return encoding == FileEncoding.CP932 ? new Cp932Text(strictJisX0208) : new Utf8Text();
  }
}
