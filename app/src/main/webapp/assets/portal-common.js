// What both test-portal pages share: the portal system account typed into the page (sent as HTTP
// Basic, never stored), the copy of each submission kept in this browser for 再提出, and error
// display for 422 problems.
import { h, clear } from './dom.js';
import { basic } from './http.js';
import { errorSummary } from './error-summary.js';

export function credentialsFieldset() {
  return h('fieldset', { class: 'credentials' },
    h('legend', {}, 'ポータル接続アカウント（システム間認証・テスト用）'),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field' }, h('label', { for: 'portal-user' }, 'ユーザー名'),
        h('input', { id: 'portal-user', value: 'portal', autocomplete: 'off' })),
      h('div', { class: 'field' }, h('label', { for: 'portal-password' }, 'パスワード'),
        h('input', { id: 'portal-password', type: 'password', value: 'portal-demo', autocomplete: 'off' }))));
}

export function portalAuthorization() {
  return { Authorization: basic(document.getElementById('portal-user').value, document.getElementById('portal-password').value) };
}

const storageKey = (receipt) => `madoguchi.test-portal.${receipt}`;

/** Keeps the submission for 再提出; without its attachments when the browser's storage is full. */
export function remember(body) {
  try {
    localStorage.setItem(storageKey(body.receiptNumber), JSON.stringify(body));
  } catch (e) {
    localStorage.setItem(storageKey(body.receiptNumber), JSON.stringify({ ...body, attachments: [] }));
  }
}

export function recall(receipt) {
  const stored = localStorage.getItem(storageKey(receipt));
  return stored ? JSON.parse(stored) : null;
}

/** A receipt number as the portal would issue it: TEST-yyyyMMdd-XXXXXX. */
export function newReceiptNumber() {
  const d = new Date();
  const day = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  return `TEST-${day}-${random}`;
}

/**
 * Shows a failed submission: each field error next to its field, and an error summary counting them
 * that links to each field (デジタル庁デザインシステム) and lists the messages no field shows.
 */
export function showFailure(target, e, built) {
  const fieldErrors = (e.problem && e.problem.errors) || [];
  const { placed, unplaced } = built
    ? built.showErrors(fieldErrors)
    : { placed: [], unplaced: fieldErrors.map((x) => x.message) };
  const lead = fieldErrors.length ? `${fieldErrors.length}件の誤りがあります。` : e.message;
  clear(target, errorSummary(e.problem?.title || 'エラー', lead, placed, unplaced));
  target.scrollIntoView({ block: 'start' });
}
