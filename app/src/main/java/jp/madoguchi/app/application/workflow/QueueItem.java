package jp.madoguchi.app.application.workflow;

/** One line of the intake queue; never carries 個人番号. */
public record QueueItem(
    String id,
    String receiptNumber,
    String procedureCode,
    String procedureName,
    String status,
    String statusLabel,
    String portalStatus,
    String applicantName,
    String applicantNameKana,
    String receivedAt,
    String dueDate,
    boolean overdue,
    String assignee,
    long version) {}
