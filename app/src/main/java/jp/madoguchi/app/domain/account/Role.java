package jp.madoguchi.app.domain.account;

/** The roles of design.md; each user and API client has one or more. */
public enum Role {
  PORTAL,
  CLERK,
  SUPERVISOR,
  IT_ADMIN,
  BATCH,
  AUDITOR;

  public static final String PORTAL_NAME = "PORTAL";
  public static final String CLERK_NAME = "CLERK";
  public static final String SUPERVISOR_NAME = "SUPERVISOR";
  public static final String IT_ADMIN_NAME = "IT_ADMIN";
  public static final String BATCH_NAME = "BATCH";
  public static final String AUDITOR_NAME = "AUDITOR";
}
