package jp.madoguchi.forms.sanitise;

import java.util.Arrays;

/**
 * The few facts 無害化 needs from an EXIF (TIFF) structure: whether IFD0 points to GPS information,
 * and the orientation tag. Reads only IFD0; every offset is bounds-checked.
 */
record ExifData(boolean hasLocation, int orientation) {

  private static final int GPS_IFD_POINTER = 0x8825;
  private static final int ORIENTATION = 0x0112;
  private static final int ENTRY_SIZE = 12;

  /** {@code tiff} starts with "II*\0" or "MM\0*", as in APP1 after "Exif\0\0" or PNG eXIf. */
  static ExifData read(byte[] tiff) {
    boolean bigEndian = Bytes.startsWith(tiff, 0, "MM");
    if (!bigEndian && !Bytes.startsWith(tiff, 0, "II")) {
      return new ExifData(false, 1);
    }
    long ifd = Bytes.u32(tiff, 4, bigEndian);
    int entries = ifd < 0 || ifd > tiff.length ? 0 : Bytes.u16(tiff, (int) ifd, bigEndian);
    boolean location = false;
    int orientation = 1;
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + i * ENTRY_SIZE;
      int tag = Bytes.u16(tiff, entry, bigEndian);
      if (tag == GPS_IFD_POINTER) {
        location = true;
      } else if (tag == ORIENTATION) {
        orientation = Bytes.u16(tiff, entry + 8, bigEndian);
      }
    }
    return new ExifData(location, orientation >= 1 && orientation <= 8 ? orientation : 1);
  }

  static ExifData read(byte[] data, int from, int to) {
    return read(Arrays.copyOfRange(data, from, to));
  }
}
