package jp.madoguchi.forms.sanitise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageSanitisingTest {

  private static final int APP1 = 0xE1;
  private static final int COM = 0xFE;

  private final AttachmentSanitiser sanitiser = new AttachmentSanitiser();

  private SanitisedFile jpeg(byte[] content) {
    return sanitiser.sanitise(content, AttachmentKind.JPEG);
  }

  private SanitisedFile png(byte[] content) {
    return sanitiser.sanitise(content, AttachmentKind.PNG);
  }

  private static byte[] photoWithGpsAndComment() {
    return TestImages.jpegWith(
        TestImages.jpeg(64, 48), TestImages.exifSegment(true, 1), TestImages.comment("撮影: 自宅"));
  }

  @Test
  void theTestPhotoReallyCarriesExifAndAComment() {
    assertThat(TestImages.markersBeforeScan(photoWithGpsAndComment())).contains(APP1, COM);
  }

  @Test
  void jpegCopyHasNoExifSegmentAndNoComment() {
    byte[] copy = jpeg(photoWithGpsAndComment()).content();

    assertThat(TestImages.markersBeforeScan(copy)).doesNotContain(APP1, COM);
  }

  @Test
  void jpegCopyKeepsThePixelSize() {
    BufferedImage copy = TestImages.decode(jpeg(photoWithGpsAndComment()).content());

    assertThat(copy.getWidth()).isEqualTo(64);
    assertThat(copy.getHeight()).isEqualTo(48);
  }

  @Test
  void removedNamesExifWithLocationAndTheComment() {
    SanitisedFile copy = jpeg(photoWithGpsAndComment());

    assertThat(copy.removed()).containsExactly("EXIF情報（位置情報を含む）", "コメント");
    assertThat(copy.mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void exifWithoutGpsIsReportedWithoutLocation() {
    byte[] photo = TestImages.jpegWith(TestImages.jpeg(32, 32), TestImages.exifSegment(false, 1));

    assertThat(jpeg(photo).removed()).containsExactly("EXIF情報");
  }

  @Test
  void xmpInAJpegIsReported() {
    byte[] photo = TestImages.jpegWith(TestImages.jpeg(32, 32), TestImages.xmpSegment());

    assertThat(jpeg(photo).removed()).containsExactly("XMPメタデータ");
  }

  @Test
  void cleanJpegReportsNothingRemoved() {
    assertThat(jpeg(TestImages.jpeg(40, 30)).removed()).isEmpty();
  }

  @Test
  void photoTakenSidewaysIsTurnedUprightBeforeItsOrientationTagIsDropped() {
    byte[] sideways =
        TestImages.jpegWith(TestImages.jpeg(64, 48), TestImages.exifSegment(false, 6));

    BufferedImage copy = TestImages.decode(jpeg(sideways).content());

    assertThat(copy.getWidth()).isEqualTo(48);
    assertThat(copy.getHeight()).isEqualTo(64);
  }

  @Test
  void orientationSixMeansTheTopLeftCornerEndsUpTopRight() {
    byte[] sideways =
        TestImages.jpegWith(
            TestImages.jpegWithRedTopLeft(64, 48), TestImages.exifSegment(false, 6));

    BufferedImage copy = TestImages.decode(jpeg(sideways).content());

    assertThat(new Color(copy.getRGB(48 - 4, 4)).getRed()).isGreaterThan(200);
    assertThat(new Color(copy.getRGB(48 - 4, 4)).getGreen()).isLessThan(80);
    assertThat(new Color(copy.getRGB(4, 4)).getGreen()).isGreaterThan(200);
  }

  @Test
  void dataAppendedAfterTheJpegEndIsReportedAndNotCopied() {
    byte[] photo = TestImages.jpeg(32, 32);
    byte[] polyglot = Arrays.copyOf(photo, photo.length + 8);
    System.arraycopy(
        "PK\3\4evil".getBytes(StandardCharsets.ISO_8859_1), 0, polyglot, photo.length, 8);

    SanitisedFile copy = jpeg(polyglot);

    assertThat(copy.removed()).containsExactly("ファイル末尾の付加データ");
    assertThat(new String(copy.content(), StandardCharsets.ISO_8859_1)).doesNotContain("PK\3\4");
  }

  @Test
  void theOriginalJpegIsUntouched() {
    byte[] original = photoWithGpsAndComment();
    byte[] kept = original.clone();

    jpeg(original);

    assertThat(original).isEqualTo(kept);
  }

  @Test
  void pngTextChunkIsRemovedAndReported() {
    byte[] image =
        TestImages.pngWith(TestImages.png(30, 20), TestImages.textChunk("Author", "Yamada"));

    SanitisedFile copy = png(image);

    assertThat(TestImages.chunkTypes(image)).contains("tEXt");
    assertThat(TestImages.chunkTypes(copy.content())).doesNotContain("tEXt");
    assertThat(copy.removed()).containsExactly("テキスト情報");
    assertThat(copy.mediaType()).isEqualTo("image/png");
  }

  @Test
  void pngExifChunkWithGpsIsReportedWithLocation() {
    byte[] image =
        TestImages.pngWith(
            TestImages.png(30, 20), TestImages.pngChunk("eXIf", TestImages.tiff(true, 1)));

    SanitisedFile copy = png(image);

    assertThat(copy.removed()).containsExactly("EXIF情報（位置情報を含む）");
    assertThat(TestImages.chunkTypes(copy.content())).doesNotContain("eXIf");
  }

  @Test
  void pngPixelsAreKeptExactly() {
    byte[] image = TestImages.pngWith(TestImages.png(30, 20), TestImages.textChunk("Comment", "x"));

    BufferedImage before = TestImages.decode(image);
    BufferedImage after = TestImages.decode(png(image).content());

    assertThat(after.getWidth()).isEqualTo(30);
    assertThat(after.getHeight()).isEqualTo(20);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 30; x++) {
        assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
      }
    }
  }

  @Test
  void cleanPngReportsNothingRemoved() {
    assertThat(png(TestImages.png(30, 20)).removed()).isEmpty();
  }

  @Test
  void imageHeaderClaimingTenGigapixelsIsRefusedWithoutDecoding() {
    assertThatThrownBy(() -> png(TestImages.pngHeaderOnly(100_000, 100_000)))
        .isInstanceOfSatisfying(
            AttachmentRefusedException.class,
            e -> assertThat(e.refusal().code()).isEqualTo("imageTooLarge"));
  }
}
