// 手入力（転記）一覧: deliveries waiting for a clerk to type them into the core system, each with
// its transcription sheet (PDF, fetched into a blob URL) and 「入力済みにする」.
import { api, post } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { confirmAction } from './dialogs.js';
import { procedures, procedureName, field, select, table, errorNotice, okNotice } from './widgets.js';

const state = { procedure: '' };
let sheetUrl = null;

export async function showManualEntries(main, note) {
  document.title = '窓口 — 手入力（転記）一覧';
  const list = await procedures();
  const query = state.procedure ? `?procedure=${encodeURIComponent(state.procedure)}` : '';
  const entries = await api(`/api/v1/manual-entries${query}`);
  const message = h('div', { id: 'manual-message', 'aria-live': 'polite' });
  const preview = h('div', { class: 'preview', id: 'sheet-preview', 'aria-live': 'polite' });
  const rerun = (text) => showManualEntries(main, text);
  clear(main,
    h('h2', {}, '手入力（転記）一覧'),
    h('p', {}, '基幹システムへ職員が入力（転記）する申請です。転記票を見て入力し、基幹システムの番号を記録してください。'),
    filter(list, rerun),
    message,
    entries.length === 0
      ? h('p', { class: 'notice' }, '手入力待ちの申請はありません。')
      : table('manual-table', '手入力待ちの一覧', ['受付番号', '手続', '申請者', '待機開始', '操作'],
        entries.map((e) => row(e, list, preview, message, rerun))),
    preview);
  if (note) okNotice(message, note);
}

function filter(list, rerun) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': '絞り込み' },
    field('manual-procedure', '手続', select('procedure',
      list.map((p) => [p.code, `${p.code} ${p.name}`]), state.procedure)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, '表示')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.procedure = form.procedure.value;
    rerun();
  });
  return form;
}

function row(entry, list, preview, message, rerun) {
  return h('tr', {},
    h('td', {}, h('a', { href: `#/applications/${entry.applicationId}` }, entry.receiptNumber)),
    h('td', {}, entry.procedureCode, h('br'), h('small', {}, procedureName(list, entry.procedureCode))),
    h('td', {}, entry.applicantName || ''),
    h('td', {}, dateTime(entry.waitingSince)),
    h('td', { class: 'row-actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => showSheet(entry, preview, message) },
        '転記票（PDF）'),
      h('button', { type: 'button', onclick: () => markDone(entry, message, rerun) }, '入力済みにする')));
}

async function showSheet(entry, preview, message) {
  const response = await fetch(`/api/v1/manual-entries/${entry.deliveryId}/sheet`, { credentials: 'same-origin' });
  if (!response.ok) {
    clear(message, h('div', { class: 'notice error', role: 'alert' },
      `転記票を開けませんでした（HTTP ${response.status}）`));
    return;
  }
  const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
  if (sheetUrl) URL.revokeObjectURL(sheetUrl);
  sheetUrl = URL.createObjectURL(blob);
  clear(preview,
    h('h3', {}, `転記票: ${entry.receiptNumber}`),
    h('p', {}, h('a', { href: sheetUrl, target: '_blank', rel: 'noopener', id: 'sheet-link' }, '転記票を新しいタブで開く')),
    h('iframe', { src: sheetUrl, title: `転記票PDF: ${entry.receiptNumber}` }));
}

async function markDone(entry, message, rerun) {
  const answer = await confirmAction({
    title: '入力済みにする',
    text: `${entry.receiptNumber}（${entry.applicantName || ''}）を基幹システムに入力済みとして記録します。`,
    okLabel: '入力済みにする',
    value: { label: '基幹システムの受付番号（必須）', missing: '基幹システムの受付番号を入力してください' },
  });
  if (!answer) return;
  try {
    await post(`/api/v1/manual-entries/${entry.deliveryId}/done`, { coreReference: answer.reason });
    await rerun(`${entry.receiptNumber} を入力済みにしました（基幹システムの番号: ${answer.reason}）。`);
  } catch (e) {
    clear(message, errorNotice(e));
  }
}
