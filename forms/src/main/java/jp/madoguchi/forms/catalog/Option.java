package jp.madoguchi.forms.catalog;

/** One choice of an enum or multi field: the stored {@code value} and the displayed label. */
public record Option(String value, String label) {}
