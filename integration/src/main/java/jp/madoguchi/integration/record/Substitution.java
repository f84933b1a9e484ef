package jp.madoguchi.integration.record;

/** Text prepared for a target charset, and whether any character had to be replaced by 〓. */
public record Substitution(String text, boolean gaijiFound) {}
