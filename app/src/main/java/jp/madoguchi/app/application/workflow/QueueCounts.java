package jp.madoguchi.app.application.workflow;

import java.util.Map;

/** Dashboard figures: applications per status, open ones per procedure, and overdue ones. */
public record QueueCounts(
    Map<String, Long> byStatus, Map<String, Long> openByProcedure, long overdue) {}
