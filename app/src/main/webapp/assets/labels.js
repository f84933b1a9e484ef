// Japanese names shared by the screens (the server sends statusLabel too; these are for filters).

export const STATUSES = [
  ['RECEIVED', '受付'],
  ['UNDER_REVIEW', '審査中'],
  ['RETURNED_FOR_CORRECTION', '補正依頼中'],
  ['ACCEPTED', '受理'],
  ['LINKED', '基幹連携済'],
  ['COMPLETED', '完了'],
  ['REJECTED', '却下'],
  ['WITHDRAWN', '取下げ'],
  ['INTAKE_ERROR', '受付エラー'],
];

export const statusLabel = (code) => (STATUSES.find(([c]) => c === code) || [code, code])[1];

/** The workflow steps a clerk can take from each state (design.md, "Application lifecycle"). */
export const ACTIONS = {
  START_REVIEW: { label: '着手', from: ['RECEIVED'], text: '審査に着手します。よろしいですか？' },
  REQUEST_CORRECTION: {
    label: '補正依頼', from: ['UNDER_REVIEW'], reason: true,
    text: '申請者に補正（訂正）を依頼します。依頼内容は申請者に表示されます。',
  },
  ACCEPT: { label: '受理', from: ['UNDER_REVIEW'], text: 'この申請を受理します。よろしいですか？' },
  REJECT: {
    label: '却下', from: ['UNDER_REVIEW'], reason: true, danger: true,
    text: 'この申請を却下します。理由は申請者に通知されます。',
  },
  COMPLETE: { label: '完了', from: ['ACCEPTED', 'LINKED'], text: 'この申請を完了にします。よろしいですか？' },
};

/** Delivery states (連携状況), linkage patterns and triggers (design.md, "Linkage"). */
export const DELIVERY_STATUSES = [
  ['PENDING', '送信待ち'],
  ['IN_PROGRESS', '処理中'],
  ['WAITING_MANUAL', '手入力待ち'],
  ['IN_BATCH', '一括取込中'],
  ['DELIVERED', '連携済'],
  ['PARKED', '停止中'],
];

export const PATTERNS = {
  MANUAL: '職員による転記', FILE_EXPORT: '単件ファイル取込', BATCH: '一括取込', DIRECT_API: 'API連携',
};

export const TRIGGERS = { ON_ACCEPT: '受理時', ON_RECEIPT: '受付時' };

export const AUDIT_ACTIONS = [
  ['LOGIN_SUCCEEDED', 'ログイン成功'],
  ['LOGIN_FAILED', 'ログイン失敗'],
  ['APPLICATION_RECEIVED', '申請の受付'],
  ['APPLICATION_RESUBMITTED', '補正後の再提出'],
  ['APPLICATION_WITHDRAWN', '取下げ'],
  ['APPLICATION_TRANSITIONED', '状態の変更'],
  ['APPLICATION_ASSIGNED', '担当の変更'],
  ['APPLICATION_COMMENTED', '職員メモ'],
  ['APPLICATION_VIEWED', '申請の閲覧'],
  ['APPLICATION_HISTORY_VIEWED', '履歴の閲覧'],
  ['APPLICATION_PDF_VIEWED', 'PDFの閲覧'],
  ['ATTACHMENT_DOWNLOADED', '添付ファイルの取得'],
  ['MY_NUMBER_UNMASKED', '個人番号の表示'],
  ['MY_NUMBERS_SEALED', '個人番号の暗号化'],
  ['MY_NUMBER_SENT', '個人番号の送信'],
  ['DAMAGE_GRADE_SET', '被害の程度の設定'],
  ['BATCH_EXPORTED', '一括取込ファイルの出力'],
  ['FILE_EXPORTED', 'ファイルの出力'],
  ['DELIVERY_CONFIRMED', '手入力の完了'],
  ['DELIVERY_REPLAYED', '連携の再送'],
  ['ROUTE_CHANGED', '連携設定の変更'],
  ['ACCOUNT_CHANGED', 'アカウントの変更'],
  ['ACCOUNT_CHANGE_REFUSED', 'アカウント変更の拒否'],
  ['ROLE_GRANT_REQUESTED', 'ロール付与の申請'],
  ['ROLE_GRANT_APPROVED', 'ロール付与の承認'],
  ['ROLE_GRANT_REJECTED', 'ロール付与の却下'],
  ['SETTING_CHANGED', '設定の変更'],
];

/** The label of a code in a [code, label] list, or the code itself. */
export const labelOf = (list, code) => (list.find(([c]) => c === code) || [code, code])[1];

/** Role names as people read them (the header, account lists). */
export const ROLES = [
  ['CLERK', '職員'],
  ['SUPERVISOR', '監督者'],
  ['IT_ADMIN', '情報政策担当'],
  ['AUDITOR', '監査担当'],
  ['PORTAL', 'ポータル'],
  ['BATCH', '一括連携'],
];

/** File types: 'application/pdf' → 'PDF', 'image/jpeg' → '画像（JPEG）'. */
export function fileTypeLabel(mediaType) {
  const bare = String(mediaType || '').split(';')[0].trim().toLowerCase();
  if (bare === 'application/pdf') return 'PDF';
  if (bare.startsWith('image/')) return `画像（${bare.slice(6).toUpperCase()}）`;
  return bare ? 'その他のファイル' : '';
}
