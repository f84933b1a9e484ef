package jp.madoguchi.app.domain.audit;

/** What the access log records. */
public enum AuditAction {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  APPLICATION_RECEIVED,
  APPLICATION_RESUBMITTED,
  APPLICATION_WITHDRAWN,
  APPLICATION_TRANSITIONED,
  APPLICATION_ASSIGNED,
  APPLICATION_COMMENTED,
  DAMAGE_GRADE_SET,
  DISASTER_CERTIFICATE_ISSUED,
  APPLICATION_VIEWED,
  APPLICATION_HISTORY_VIEWED,
  APPLICATION_PDF_VIEWED,
  ATTACHMENT_DOWNLOADED,
  MY_NUMBER_UNMASKED,
  /** An application stored before V100 had its 個人番号 encrypted and masked at start-up. */
  MY_NUMBERS_SEALED,
  BATCH_EXPORTED,
  FILE_EXPORTED,
  /** A DIRECT_API delivery sent 個人番号 to the core system (its route says includeMyNumber). */
  MY_NUMBER_SENT,
  /** 転記済: a clerk confirmed a manual entry with the core system's reference number. */
  DELIVERY_CONFIRMED,
  /** IT staff replayed parked deliveries, with their own route version or the current one. */
  DELIVERY_REPLAYED,
  ROUTE_CHANGED,
  ACCOUNT_CHANGED,
  /** An account change refused by separation of duties (職務の分離), e.g. to one's own account. */
  ACCOUNT_CHANGE_REFUSED,
  /** ロール付与申請: SUPERVISOR, AUDITOR or IT_ADMIN asked for, awaiting a second admin. */
  ROLE_GRANT_REQUESTED,
  ROLE_GRANT_APPROVED,
  ROLE_GRANT_REJECTED,
  SETTING_CHANGED
}
