package jp.madoguchi.app.domain.application;

/** Computes the search keys of stored applications that do not have them yet, a batch at a time. */
public interface SearchKeyRepair {

  /** Keys the next batch of unkeyed applications; how many were keyed (0 when none is left). */
  int keyBatch();
}
