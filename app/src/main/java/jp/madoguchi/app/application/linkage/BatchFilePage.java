package jp.madoguchi.app.application.linkage;

/**
 * One page of a batch file: the bytes of its rows (with the header row on the first page), how many
 * rows it holds and the place ({@code seq}) of its last row, where the next page starts.
 */
public record BatchFilePage(byte[] content, int rows, int lastSeq) {

  public BatchFilePage {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
