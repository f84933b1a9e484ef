// アクセスログの「内容」 in Japanese: the server writes short technical details ("ACCEPT -> ACCEPTED",
// "revision=2 changedFields=1", "wrong password"); the screen maps the action codes, the known
// detail keys and words. Anything unknown is shown as it was written.
import { ACTIONS, PATTERNS, ROLES, labelOf, statusLabel } from './labels.js';

const DAMAGE_GRADES = {
  ZENKAI: '全壊', DAIKIBO_HANKAI: '大規模半壊', CHUKIBO_HANKAI: '中規模半壊', HANKAI: '半壊',
  JUN_HANKAI: '準半壊', ICHIBU_SONKAI: '準半壊に至らない（一部損壊）',
};

const roleList = (value) => value.replace(/[[\]]/g, '').split(/,\s*/).filter(Boolean)
  .map((r) => labelOf(ROLES, r)).join('・') || 'なし';
const list = (value) => value.replace(/[[\]]/g, '').split(/,\s*/).filter(Boolean).join('・') || 'なし';

/** Known keys: [Japanese label, value formatter]. */
const KEYS = {
  revision: ['提出', (v) => `第${v}版`],
  changedFields: ['変更項目', (v) => `${v}件`],
  procedure: ['手続', (v) => v],
  field: ['項目', (v, context) => context.fieldLabel(v)],
  reason: ['目的', (v) => v],
  delivery: ['連携ID', (v) => v],
  file: ['ファイル', (v) => v],
  myNumber: ['個人番号', (v) => ({ exported: '出力あり', sent: '送信あり', 'not-exported': '出力なし' })[v] || v],
  route: ['ルート', (v) => v],
  version: ['版', (v) => `第${v}版`],
  pattern: ['連携方式', (v) => PATTERNS[v] || v],
  batch: ['一括ファイルID', (v) => v],
  rows: ['件数', (v) => `${v}件`],
  grade: ['被害の程度', (v) => DAMAGE_GRADES[v] || v],
  ratio: ['損害割合', (v) => `${v}%`],
  role: ['ロール', (v) => labelOf(ROLES, v)],
  roles: ['ロール', roleList],
  requestedBy: ['申請した管理者', (v) => v],
  attachment: ['添付ID', (v) => v],
  sha256: ['SHA-256', (v) => v],
  coreReference: ['基幹側の番号', (v) => v],
  encrypted: ['暗号化', (v) => `${v}件`],
  serial: ['シリアル番号', (v) => v],
  procedures: ['担当手続', (v) => (v === 'all' ? 'すべて' : v)],
  groups: ['手続グループ', list],
  codes: ['手続コード', list],
};

/** Known words before the first key (or the whole detail). */
const WORDS = {
  claim: '担当する', release: '担当を外す', created: '作成', revoked: '失効', enabled: '有効化',
  'password reset': 'パスワード再設定', original: '原本', sanitised: '無害化済み',
  'transcription sheet': '転記票', 'manual entry': '手入力', put: '登録', delete: '削除', import: '取込',
  procedures: '担当手続の変更', 'unknown user': '未登録のユーザー', locked: 'ロック中', 'wrong password': 'パスワードの誤り',
  OWN_ACCOUNT: '自分自身のアカウントの変更', OWN_REQUEST: '自分が申請したロール付与の承認',
  INCOMPATIBLE_ROLES: '同時に持てないロール', ALREADY_DECIDED: '処理済みのロール付与申請',
  PRIVILEGED_ACCOUNT: '特権アカウントのパスワード再設定',
};

const TRANSITION = /^([A-Z_]+) -> ([A-Z_]+)$/;

const AS_RECORDED = { fieldLabel: (path) => path };

/**
 * The detail of an access-log entry as a person reads it; context.fieldLabel(path) names a field of
 * the application's definition (児童 1人目 › 個人番号) where the detail has its path.
 */
export function auditDetail(action, detail, context = AS_RECORDED) {
  if (!detail) return '';
  const transition = TRANSITION.exec(detail);
  if (transition) {
    const step = ACTIONS[transition[1]] ? ACTIONS[transition[1]].label : transition[1];
    const state = statusLabel(transition[2]);
    return step === state ? step : `${step}（${state}へ）`;
  }
  if (action === 'APPLICATION_ASSIGNED' && detail.startsWith('assign to ')) {
    return `${detail.slice('assign to '.length)} を担当に指定`;
  }
  if (action === 'APPLICATION_ASSIGNED' && detail === 'claim on START_REVIEW') return '着手により担当';
  if (action === 'LOGIN_FAILED' && detail === 'disabled') return '無効なアカウント';
  if (action === 'ACCOUNT_CHANGED' && detail === 'disabled') return '無効化';
  return keyValues(detail, context);
}

function keyValues(detail, context) {
  const keys = [...detail.matchAll(/(?:^|\s)([A-Za-z0-9]+)=/g)].filter((m) => KEYS[m[1]]);
  const head = (keys.length ? detail.slice(0, keys[0].index) : detail).trim();
  const parts = head ? [WORDS[head] || head] : [];
  keys.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = i + 1 < keys.length ? keys[i + 1].index : detail.length;
    const [label, format] = KEYS[m[1]];
    parts.push(`${label}: ${format(detail.slice(start, end).trim(), context)}`);
  });
  return parts.join('　');
}
