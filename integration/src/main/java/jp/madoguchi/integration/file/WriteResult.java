package jp.madoguchi.integration.file;

/** What {@link AtomicFileWriter#write} did. */
public enum WriteResult {
  /** The file was published now. */
  WRITTEN,
  /** An identical file was already there: an earlier attempt wrote it before dying. */
  ALREADY_PRESENT
}
