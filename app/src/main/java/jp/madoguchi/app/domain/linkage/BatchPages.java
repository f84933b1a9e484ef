package jp.madoguchi.app.domain.linkage;

import java.util.Optional;
import java.util.UUID;

/**
 * The rendered pages of batch files, stored once and served on every download (sealed at rest: a
 * page may carry 個人番号); in the caller's transaction.
 */
public interface BatchPages {

  /**
   * A page of a batch file: the place of the row before it ({@code afterSeq}, 0 for the first), of
   * its last row, how many rows it holds and its bytes (the header row included on the first).
   */
  record Page(int afterSeq, int lastSeq, int rows, byte[] content) {

    public Page {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /** The stored page of the batch that starts after {@code afterSeq}, if it was rendered. */
  Optional<Page> find(UUID batchId, int afterSeq);

  /** Stores a newly rendered page. */
  void add(UUID batchId, Page page);
}
