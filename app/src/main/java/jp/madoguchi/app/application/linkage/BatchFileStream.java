package jp.madoguchi.app.application.linkage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a batch file page by page (keyset paging on the rows' places), so that a file of 100,000
 * rows holds no more than one page in memory at a time. A page shorter than asked for is the last.
 */
public final class BatchFileStream {

  /** Where pages come from: up to {@code size} rows after the row at {@code afterSeq}. */
  @FunctionalInterface
  public interface Pages {
    BatchFilePage after(int afterSeq, int size);
  }

  private final Pages pages;
  private final int pageSize;

  public BatchFileStream(Pages pages, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    this.pages = pages;
    this.pageSize = pageSize;
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
    } while (page.rows() == pageSize);
    return written;
  }
}
