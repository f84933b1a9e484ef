package jp.madoguchi.portal.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.madoguchi.portal.PackageLimits;
import jp.madoguchi.portal.PackageRefusedException;
import jp.madoguchi.portal.Refusal;

/**
 * The entries of a package ZIP, read within {@link PackageLimits}: counting inflated bytes as they
 * come (so a lying header does not help a zip bomb), refusing path traversal, absolute names,
 * directories other than {@code attachments/}, and duplicate names.
 */
public final class PackageArchive {

  /** The form entry at the root of every package. */
  public static final String FORM_ENTRY = "form.xml";

  /** Folder of the attachments; the rest of the entry name is the attachment's file name. */
  public static final String ATTACHMENT_FOLDER = "attachments/";

  private static final Pattern SAFE_FILE_NAME =
      Pattern.compile("[^/\\\\:*?\"<>|\\x00-\\x1f]{1,200}");

  private final Map<String, byte[]> entries;

  private PackageArchive(Map<String, byte[]> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Entry name → content, in archive order. */
  public Map<String, byte[]> entries() {
    return entries;
  }

  public static PackageArchive read(byte[] zip, PackageLimits limits)
      throws PackageRefusedException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory() && entry.getName().equals(ATTACHMENT_FOLDER)) {
          continue;
        }
        String name = checkedName(entry.getName());
        if (entries.containsKey(name)) {
          throw new PackageRefusedException(Refusal.ARCHIVE_DUPLICATE_ENTRY, null);
        }
        if (entries.size() == limits.maxEntries()) {
          throw new PackageRefusedException(
              Refusal.ARCHIVE_TOO_MANY_ENTRIES, "上限 " + limits.maxEntries());
        }
        byte[] content =
            inflate(in, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total));
        total += content.length;
        checkRatio(entry, content.length, limits);
        entries.put(name, content);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new PackageRefusedException(Refusal.ARCHIVE_INVALID, null, e);
    }
    if (entries.isEmpty()) {
      throw new PackageRefusedException(Refusal.ARCHIVE_INVALID, "空のパッケージ");
    }
    if ((double) total / Math.max(1, zip.length) > limits.maxRatio()) {
      throw new PackageRefusedException(Refusal.ARCHIVE_TOO_LARGE, "圧縮率");
    }
    return new PackageArchive(entries);
  }

  private static String checkedName(String name) throws PackageRefusedException {
    if (name.equals(FORM_ENTRY)) {
      return name;
    }
    if (name.startsWith(ATTACHMENT_FOLDER)) {
      String file = name.substring(ATTACHMENT_FOLDER.length());
      if (SAFE_FILE_NAME.matcher(file).matches() && !file.startsWith(".")) {
        return name;
      }
    }
    throw new PackageRefusedException(Refusal.ARCHIVE_UNSAFE_NAME, null);
  }

  private static byte[] inflate(ZipInputStream in, long allowed)
      throws IOException, PackageRefusedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long count = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      count += n;
      if (count > allowed) {
        throw new PackageRefusedException(Refusal.ARCHIVE_TOO_LARGE, null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void checkRatio(ZipEntry entry, long inflated, PackageLimits limits)
      throws PackageRefusedException {
    long compressed = entry.getCompressedSize();
    if (compressed > 0 && inflated > 1024 && inflated / compressed > limits.maxRatio()) {
      throw new PackageRefusedException(Refusal.ARCHIVE_TOO_LARGE, "圧縮率");
    }
  }
}
