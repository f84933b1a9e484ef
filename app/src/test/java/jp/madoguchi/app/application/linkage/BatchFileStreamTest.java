package jp.madoguchi.app.application.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchFileStreamTest {

  private static final int ROWS = 100_000;

  /** A batch of {@code rows} rows rendered on request, remembering what it was asked for. */
  private static final class GeneratedBatch implements BatchFileStream.Pages {
    final int rows;
    final List<Integer> pageSizesAsked = new ArrayList<>();
    final HashingOutput out;
    long maxRowsAheadOfOutput;
    long rowsRendered;

    GeneratedBatch(int rows, HashingOutput out) {
      this.rows = rows;
      this.out = out;
    }

    @Override
    public BatchFilePage after(int afterSeq, int size) {
      pageSizesAsked.add(size);
      StringBuilder page = new StringBuilder(afterSeq == 0 ? "受付番号,氏名\r\n" : "");
      int last = Math.min(rows, afterSeq + size);
      for (int seq = afterSeq + 1; seq <= last; seq++) {
        page.append("R-").append(seq).append(",山田　太郎").append(seq).append("\r\n");
      }
      rowsRendered += last - afterSeq;
      maxRowsAheadOfOutput = Math.max(maxRowsAheadOfOutput, rowsRendered - Math.max(0, out.rows));
      return new BatchFilePage(
          page.toString().getBytes(StandardCharsets.UTF_8), last - afterSeq, last);
    }
  }

  /** Keeps a digest and a row count of what was written, never the bytes themselves. */
  private static final class HashingOutput extends OutputStream {
    final MessageDigest digest;
    long bytes;
    long rows = -1; // the header line is not a row

    HashingOutput() throws NoSuchAlgorithmException {
      digest = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      digest.update(b, off, len);
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          rows++;
        }
      }
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  @Test
  void aHundredThousandRowsAreWrittenOnePageAtATimeNeverAheadOfTheOutput() throws Exception {
    HashingOutput out = new HashingOutput();
    GeneratedBatch batch = new GeneratedBatch(ROWS, out);

    int written = new BatchFileStream(batch, 100).writeTo(out);

    assertThat(written).isEqualTo(ROWS);
    assertThat(out.rows).isEqualTo(ROWS);
    assertThat(batch.pageSizesAsked).hasSize(ROWS / 100 + 1).containsOnly(100);
    assertThat(batch.maxRowsAheadOfOutput).isLessThanOrEqualTo(100);
  }

  @Test
  void everyWriteOfTheSameBatchIsTheSameBytes() throws Exception {
    HashingOutput first = new HashingOutput();
    new BatchFileStream(new GeneratedBatch(ROWS, first), 7).writeTo(first);
    HashingOutput second = new HashingOutput();
    new BatchFileStream(new GeneratedBatch(ROWS, second), 500).writeTo(second);

    assertThat(second.bytes).isEqualTo(first.bytes);
    assertThat(second.sha256()).isEqualTo(first.sha256());
  }

  @Test
  void aShortPageEndsTheFile() throws IOException, NoSuchAlgorithmException {
    HashingOutput out = new HashingOutput();
    GeneratedBatch batch = new GeneratedBatch(250, out);

    assertThat(new BatchFileStream(batch, 100).writeTo(out)).isEqualTo(250);
    assertThat(batch.pageSizesAsked).hasSize(3);
  }

  @Test
  void pagesStoredAtAnotherSizeAreServedWholeUntilTheRowCount() throws Exception {
    HashingOutput stored = new HashingOutput();
    new BatchFileStream(new GeneratedBatch(250, stored), 100, 250).writeTo(stored);
    HashingOutput out = new HashingOutput();
    BatchFileStream.Pages storedAtHundred =
        (after, size) -> new GeneratedBatch(250, out).after(after, 100);

    assertThat(new BatchFileStream(storedAtHundred, 7, 250).writeTo(out)).isEqualTo(250);
    assertThat(out.bytes).isEqualTo(stored.bytes);
    assertThat(out.sha256()).isEqualTo(stored.sha256());
  }
}
