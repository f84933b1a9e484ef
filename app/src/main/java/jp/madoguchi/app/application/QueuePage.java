package jp.madoguchi.app.application;

import java.util.List;

/** A page of the queue and the cursor of the next one (null at the end). */
public record QueuePage(List<QueueItem> items, String nextCursor) {}
