package jp.madoguchi.forms.sanitise;

/**
 * Walks the marker segments of a JPEG to say which metadata re-encoding will drop: EXIF (and
 * whether it holds GPS), XMP, IPTC, ICC profiles, comments, other application segments, and data
 * appended after the end-of-image marker. Stops quietly at anything malformed; whether the image
 * decodes is for the decoder to say.
 */
final class JpegMetadata {

  private static final int SOS = 0xDA;
  private static final int EOI = 0xD9;
  private static final int COM = 0xFE;

  private int orientation = 1;

  private JpegMetadata() {}

  /** What the file carries, and the EXIF orientation (1 when absent). */
  static ImageMetadata scan(byte[] jpeg) {
    Removals removals = new Removals();
    JpegMetadata scan = new JpegMetadata();
    scan.walk(jpeg, removals);
    return new ImageMetadata(removals, scan.orientation);
  }

  private void walk(byte[] jpeg, Removals removals) {
    int pos = 2;
    while (Bytes.u8(jpeg, pos) == 0xFF && pos + 1 < jpeg.length) {
      int marker = Bytes.u8(jpeg, pos + 1);
      if (marker == 0xFF) {
        pos++;
      } else if (marker == EOI) {
        if (Bytes.hasDataFrom(jpeg, pos + 2)) {
          removals.add(RemovedContent.TRAILING_DATA);
        }
        return;
      } else if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        pos += 2;
      } else {
        int end = pos + 2 + Bytes.u16(jpeg, pos + 2, true);
        if (end < pos + 4 || end > jpeg.length) {
          return;
        }
        classify(marker, jpeg, pos + 4, end, removals);
        pos = marker == SOS ? afterEntropyCodedData(jpeg, end) : end;
      }
    }
  }

  private void classify(int marker, byte[] jpeg, int start, int end, Removals removals) {
    if (marker == COM) {
      removals.add(RemovedContent.COMMENT);
    } else if (marker == 0xE1 && Bytes.startsWith(jpeg, start, "Exif\0\0")) {
      ExifData exif = ExifData.read(jpeg, start + 6, end);
      orientation = exif.orientation();
      removals.add(exif.hasLocation() ? RemovedContent.EXIF_WITH_LOCATION : RemovedContent.EXIF);
    } else if (marker == 0xE1 && Bytes.startsWith(jpeg, start, "http://ns.adobe.com/x")) {
      removals.add(RemovedContent.XMP);
    } else if (marker == 0xE2 && Bytes.startsWith(jpeg, start, "ICC_PROFILE\0")) {
      removals.add(RemovedContent.ICC_PROFILE);
    } else if (marker == 0xED && Bytes.startsWith(jpeg, start, "Photoshop 3.0\0")) {
      removals.add(RemovedContent.IPTC);
    } else if (marker >= 0xE0 && marker <= 0xEF && !rewritten(marker, jpeg, start)) {
      removals.add(RemovedContent.OTHER_METADATA);
    }
  }

  /** JFIF and Adobe colour-transform segments carry no metadata; the encoder writes its own. */
  private static boolean rewritten(int marker, byte[] jpeg, int start) {
    return (marker == 0xE0 && Bytes.startsWith(jpeg, start, "JFIF\0"))
        || (marker == 0xEE && Bytes.startsWith(jpeg, start, "Adobe"));
  }

  /** The position of the next marker after a scan: 0xFF not followed by 0x00 or RSTn. */
  private static int afterEntropyCodedData(byte[] jpeg, int from) {
    for (int i = from; i + 1 < jpeg.length; i++) {
      int next = jpeg[i + 1] & 0xFF;
      if ((jpeg[i] & 0xFF) == 0xFF && next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
        return i;
      }
    }
    return jpeg.length;
  }
}
