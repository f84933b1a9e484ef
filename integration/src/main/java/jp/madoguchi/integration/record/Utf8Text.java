package jp.madoguchi.integration.record;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text for UTF-8 core files: every character is kept; only unpaired surrogates (which UTF-8 cannot
 * carry) become 〓.
 */
public final class Utf8Text implements TargetCharset {

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  @Override
  public Substitution prepare(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gaiji = false;
    for (int cp : text.codePoints().toArray()) {
      if (Character.isSurrogate((char) cp) && !Character.isSupplementaryCodePoint(cp)) {
        out.append(Cp932Text.GETA);
        gaiji = true;
      } else {
        out.appendCodePoint(cp);
      }
    }
    return new Substitution(out.toString(), gaiji);
  }

  @Override
  public int byteWidth(int codePoint) {
    return Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
  }
}
