package jp.madoguchi.app.application.workflow;

import java.util.List;
import jp.madoguchi.app.domain.application.FieldChange;

/** One step of an application's history, with the fields a resubmission changed. */
public record HistoryEntry(
    String at,
    String actor,
    String from,
    String fromLabel,
    String to,
    String toLabel,
    String reason,
    List<FieldChange> changes) {}
