package jp.madoguchi.forms.catalog;

/** Whether a procedure asks for a field such as the applicant's My Number. */
public enum Presence {
  REQUIRED,
  OPTIONAL,
  ABSENT
}
