package jp.madoguchi.portal;

/**
 * Limits a package must stay within before anything in it is parsed (zip bombs, huge entries).
 * Sizes count the bytes actually inflated, never the sizes the archive claims.
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

  /** 51 entries (form + 50 attachments), 30 MB per file, 100 MB in all, at most 100:1. */
  public static final PackageLimits DEFAULT =
      new PackageLimits(51, 30L * 1024 * 1024, 100L * 1024 * 1024, 100);

  public PackageLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1) {
      throw new IllegalArgumentException("package limits must be positive");
    }
  }
}
