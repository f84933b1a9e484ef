package jp.madoguchi.app.application.workflow;

import java.util.List;

/**
 * A page of the queue, the cursor of the next one (null at the end) and how many applications the
 * filter matches in all ({@code total}, every page; 10,001 means "more than 10,000" when a search,
 * dates, assignee or overdue had to be counted on the applications themselves).
 */
public record QueuePage(List<QueueItem> items, String nextCursor, long total) {}
