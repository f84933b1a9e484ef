package jp.madoguchi.forms.sanitise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bounds-checked reads from file content; out-of-range reads answer -1 or false. */
final class Bytes {

  private Bytes() {}

  static int u8(byte[] data, int at) {
    return at >= 0 && at < data.length ? data[at] & 0xFF : -1;
  }

  static int u16(byte[] data, int at, boolean bigEndian) {
    int a = u8(data, at);
    int b = u8(data, at + 1);
    if (a < 0 || b < 0) {
      return -1;
    }
    return bigEndian ? a << 8 | b : b << 8 | a;
  }

  static long u32(byte[] data, int at, boolean bigEndian) {
    int high = u16(data, bigEndian ? at : at + 2, bigEndian);
    int low = u16(data, bigEndian ? at + 2 : at, bigEndian);
    return high < 0 || low < 0 ? -1 : (long) high << 16 | low;
  }

  static boolean startsWith(byte[] data, int at, String ascii) {
    byte[] prefix = ascii.getBytes(StandardCharsets.ISO_8859_1);
    return at >= 0
        && at + prefix.length <= data.length
        && Arrays.equals(data, at, at + prefix.length, prefix, 0, prefix.length);
  }

  /** Whether anything other than zero padding follows {@code from}. */
  static boolean hasDataFrom(byte[] data, int from) {
    for (int i = Math.max(from, 0); i < data.length; i++) {
      if (data[i] != 0) {
        return true;
      }
    }
    return false;
  }
}
