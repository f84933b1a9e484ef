package jp.madoguchi.forms.sanitise;

import java.util.List;
import java.util.Objects;

/**
 * The clean copy of an attachment that clerks and core systems receive.
 *
 * @param content the sanitised bytes (a new array; the original is never touched)
 * @param mediaType {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param removed what was taken out, in Japanese (「JavaScript」, 「EXIF情報（位置情報を含む）」, …); empty when
 *     the file carried nothing to remove
 */
public record SanitisedFile(byte[] content, String mediaType, List<String> removed) {

  public SanitisedFile {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mediaType, "mediaType");
    removed = List.copyOf(removed);
  }
}
