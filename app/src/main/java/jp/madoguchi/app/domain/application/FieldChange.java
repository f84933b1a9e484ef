package jp.madoguchi.app.domain.application;

/** One field that a resubmission changed: its path, and its values before and after. */
public record FieldChange(String field, String before, String after) {}
