package jp.madoguchi.forms.validation;

/**
 * One failing field: {@code field} is the JSON path as the client sent it ({@code
 * applicant.myNumber}, {@code form.children[0].birthDate}), {@code code} a stable machine word
 * ({@code required}, {@code checkDigit}, …) and {@code message} the Japanese text naming the
 * field's label.
 */
public record Violation(String field, String code, String message) {}
