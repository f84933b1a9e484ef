package jp.madoguchi.app.application.linkage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a batch file page by page (keyset paging on the rows' places), so that a file of 100,000
 * rows holds no more than one page in memory at a time. Without a row count, a page shorter than
 * asked for is the last; with one, the file ends once that many rows were written (stored pages may
 * have been rendered at another page size).
 */
public final class BatchFileStream {

  /** Where pages come from: up to {@code size} rows after the row at {@code afterSeq}. */
  @FunctionalInterface
  public interface Pages {
    BatchFilePage after(int afterSeq, int size);
  }

  private final Pages pages;
  private final int pageSize;
  private final int totalRows;

  public BatchFileStream(Pages pages, int pageSize) {
    this(pages, pageSize, -1);
  }

  /** A file of {@code totalRows} rows (-1: unknown, ends at a short page). */
  public BatchFileStream(Pages pages, int pageSize, int totalRows) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pages = pages;
    this.pageSize = pageSize;
    this.totalRows = totalRows;
  }

  /** Writes every page in order and returns how many rows were written. */
  public int writeTo(OutputStream out) throws IOException {
    int after = 0;
    int written = 0;
    BatchFilePage page;
    do {
      page = pages.after(after, pageSize);
      out.write(page.content());
      out.flush();
      written += page.rows();
      after = page.lastSeq();
    } while (totalRows < 0 ? page.rows() == pageSize : page.rows() > 0 && written < totalRows);
    return written;
  }
}
