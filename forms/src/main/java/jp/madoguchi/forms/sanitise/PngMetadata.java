package jp.madoguchi.forms.sanitise;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Walks the chunks of a PNG to say which metadata re-encoding will drop: text (tEXt, zTXt, iTXt),
 * XMP (iTXt "XML:com.adobe.xmp"), EXIF (eXIf, with or without GPS), ICC profiles, animation frames,
 * other ancillary chunks, and data appended after IEND. Chunks that only affect rendering are not
 * reported.
 */
final class PngMetadata {

  private static final int SIGNATURE = 8;
  private static final Set<String> RENDERING =
      Set.of(
          "gAMA", "cHRM", "sRGB", "sBIT", "pHYs", "bKGD", "hIST", "tRNS", "sPLT", "cICP", "mDCv",
          "cLLi", "fcTL", "fdAT");

  private PngMetadata() {}

  static ImageMetadata scan(byte[] png) {
    Removals removals = new Removals();
    int pos = SIGNATURE;
    while (pos + 12 <= png.length) {
      long length = Bytes.u32(png, pos, true);
      String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
      long end = pos + 12 + length;
      if (end > png.length) {
        break;
      }
      classify(type, png, pos + 8, (int) length, removals);
      if (type.equals("IEND")) {
        if (Bytes.hasDataFrom(png, (int) end)) {
          removals.add(RemovedContent.TRAILING_DATA);
        }
        break;
      }
      pos = (int) end;
    }
    return new ImageMetadata(removals, 1);
  }

  private static void classify(String type, byte[] png, int data, int length, Removals removals) {
    switch (type) {
      case "tEXt", "zTXt" -> removals.add(RemovedContent.TEXT);
      case "iTXt" ->
          removals.add(
              Bytes.startsWith(png, data, "XML:com.adobe.xmp\0")
                  ? RemovedContent.XMP
                  : RemovedContent.TEXT);
      case "eXIf" ->
          removals.add(
              ExifData.read(png, data, data + length).hasLocation()
                  ? RemovedContent.EXIF_WITH_LOCATION
                  : RemovedContent.EXIF);
      case "iCCP" -> removals.add(RemovedContent.ICC_PROFILE);
      case "acTL" -> removals.add(RemovedContent.ANIMATION);
      default -> {
        if (Character.isLowerCase(type.charAt(0)) && !RENDERING.contains(type)) {
          removals.add(RemovedContent.OTHER_METADATA);
        }
      }
    }
  }
}
