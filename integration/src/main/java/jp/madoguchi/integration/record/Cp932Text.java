package jp.madoguchi.integration.record;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * Text for CP932 (windows-31j) core files, domain.md §6. First maps the Unicode characters that
 * Japanese input methods produce to the ones windows-31j encodes (〜 → ～, − → －, ‖ → ∥, ¢£¬ → ￠￡￢, ¥
 * → ￥, ‾ → ￣, — → ―); then replaces every character that does not survive the round trip through
 * windows-31j (外字 outside JIS X 0208 and its extensions, emoji, 𠮷) and every private-use character
 * (user-defined 外字 areas) by 〓 U+3013. In strict JIS X 0208 mode the NEC row 13 and NEC/IBM
 * extension characters (①, 髙, 﨑) are 外字 as well.
 */
public final class Cp932Text implements TargetCharset {

  public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  public static final char GETA = '〓';

  private static final Map<Integer, Integer> TO_ENCODABLE =
      Map.of(
          0x301C, 0xFF5E, // 〜 → ～
          0x2212, 0xFF0D, // − → －
          0x2016, 0x2225, // ‖ → ∥
          0x00A2, 0xFFE0, // ¢ → ￠
          0x00A3, 0xFFE1, // £ → ￡
          0x00AC, 0xFFE2, // ¬ → ￢
          0x00A5, 0xFFE5, // ¥ → ￥
          0x203E, 0xFFE3, // ‾ → ￣
          0x2014, 0x2015); // — → ―

  private final boolean strictJisX0208;

  public Cp932Text(boolean strictJisX0208) {
    this.strictJisX0208 = strictJisX0208;
  }

  @Override
  public Charset charset() {
    return WINDOWS_31J;
  }

  @Override
  public Substitution prepare(String text) {
    // fast path: most text (ASCII, kana, common kanji) needs no change at all
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || TO_ENCODABLE.containsKey((int) c) || isGaiji(c)) {
        break;
      }
      i++;
    }
    if (i == length) {
      return new Substitution(text, false);
    }
    StringBuilder out = new StringBuilder(length);
    out.append(text, 0, i);
    boolean gaiji = false;
    while (i < length) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int mapped = TO_ENCODABLE.getOrDefault(cp, cp);
      if (isGaiji(mapped)) {
        out.append(GETA);
        gaiji = true;
      } else {
        out.appendCodePoint(mapped);
      }
    }
    return new Substitution(out.toString(), gaiji);
  }

  @Override
  public int byteWidth(int codePoint) {
    return Character.toString(codePoint).getBytes(WINDOWS_31J).length;
  }

  private boolean isGaiji(int cp) {
    if (Character.isSupplementaryCodePoint(cp)) {
      return true;
    }
    byte kind = BmpKinds.KINDS[cp];
    return kind == BmpKinds.GAIJI || (strictJisX0208 && kind == BmpKinds.EXTENSION);
  }

  /** What each BMP character is for windows-31j, worked out once (the check is costly). */
  private static final class BmpKinds {
    static final byte ENCODABLE = 0;
    static final byte GAIJI = 1;
    static final byte EXTENSION = 2;
    static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
      for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
        KINDS[cp] = kind(cp);
      }
    }

    private static byte kind(int cp) {
      if (Character.isSurrogate((char) cp) || Character.getType(cp) == Character.PRIVATE_USE) {
        return GAIJI;
      }
      String character = Character.toString(cp);
      byte[] bytes = character.getBytes(WINDOWS_31J);
      if (!new String(bytes, WINDOWS_31J).equals(character)) {
        return GAIJI;
      }
      return bytes.length == 2 && isExtension(bytes[0] & 0xFF) ? EXTENSION : ENCODABLE;
    }

    private BmpKinds() {}
  }

  /** Lead bytes of NEC row 13 (0x87), NEC-selected IBM (0xED, 0xEE) and IBM (0xFA–0xFC). */
  private static boolean isExtension(int leadByte) {
    return leadByte == 0x87 || leadByte == 0xED || leadByte == 0xEE || leadByte >= 0xFA;
  }
}
