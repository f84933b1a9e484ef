// 受付キュー: the views 対応中 (default) / 自分の担当 / すべて, sorted by 処理期限; a chip per state
// (dashboard counts), filters, free-text search (spaces, kana forms and name variants do not matter)
// and keyset paging (次へ) with the total.
import { api } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { STATUSES, statusLabel } from './labels.js';
import { formatDate } from './japanese.js';

const PAGE_SIZE = 50;
const VIEWS = [['open', '対応中'], ['mine', '自分の担当'], ['all', 'すべて']];
// Kept across visits to a detail page, so that 戻る returns to the same list.
const state = { view: 'open', filters: {}, cursors: [null], page: 0 };
let procedures = null;

function restart(rerun) {
  state.cursors = [null];
  state.page = 0;
  rerun();
}

function query() {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('sort', 'due');
  for (const [key, value] of Object.entries(state.filters)) {
    if (value) params.set(key, value === true ? 'true' : value);
  }
  params.set('limit', PAGE_SIZE);
  const cursor = state.cursors[state.page];
  if (cursor) params.set('cursor', cursor);
  return params;
}

export async function showQueue(main) {
  document.title = '窓口 — 受付キュー';
  procedures = procedures || (await api('/api/v1/procedures'));
  const [counts, page] = await Promise.all([
    api('/api/v1/intake/counts'),
    api(`/api/v1/intake?${query()}`),
  ]);
  const rerun = () => showQueue(main);
  clear(main,
    h('h2', {}, '受付キュー'),
    views(rerun),
    chips(counts, rerun),
    filterForm(rerun),
    total(page),
    results(page),
    paging(page, rerun));
}

function views(rerun) {
  return h('div', { class: 'actions-bar queue-views', role: 'group', 'aria-label': '表示' },
    VIEWS.map(([view, label]) => h('button', {
      type: 'button', id: `view-${view}`, class: state.view === view ? '' : 'secondary',
      'aria-pressed': String(state.view === view),
      onclick: () => {
        state.view = view;
        state.filters = { ...state.filters, status: '' };
        restart(rerun);
      },
    }, label)));
}

function total(page) {
  const first = state.page * PAGE_SIZE + 1;
  const shown = page.items.length === 0
    ? ''
    : `（${first}〜${first + page.items.length - 1}件目を表示）`;
  const count = page.total > 10000 ? '10,000件以上' : `${page.total.toLocaleString('ja-JP')}件`;
  return h('p', { id: 'queue-total', role: 'status' }, `全${count}${shown}`);
}

function chips(counts, rerun) {
  const chip = (label, count, pressed, onclick, extra = '') =>
    h('li', {}, h('button', { type: 'button', class: extra, 'aria-pressed': String(pressed), onclick },
      label, h('span', { class: 'count' }, `${count}件`)));
  const selectStatus = (code) => () => {
    state.filters = { ...state.filters, status: state.filters.status === code ? '' : code, overdue: false };
    restart(rerun);
  };
  // every state, 完了 and 受付エラー included: a chip shows that state whatever the view
  return h('ul', { class: 'chips', 'aria-label': '状態別の件数' },
    STATUSES.map(([code, label]) => chip(label, counts.byStatus[code] || 0,
      state.filters.status === code, selectStatus(code))),
    chip('期限超過', counts.overdue, !!state.filters.overdue, () => {
      state.filters = { ...state.filters, overdue: !state.filters.overdue, status: '' };
      restart(rerun);
    }, 'overdue'));
}

function field(id, label, control) {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function filterForm(rerun) {
  const f = state.filters;
  const statusSelect = h('select', { name: 'status' }, h('option', { value: '' }, 'すべて'),
    STATUSES.map(([code, label]) => h('option', { value: code, selected: f.status === code }, label)));
  const procedureSelect = h('select', { name: 'procedure' }, h('option', { value: '' }, 'すべて'),
    procedures.map((p) => h('option', { value: p.code, selected: f.procedure === p.code }, `${p.code} ${p.name}`)));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': '絞り込み' },
    field('filter-q', '検索（受付番号・氏名・カナ）',
      h('input', { name: 'q', type: 'search', value: f.q || '', placeholder: '例: 山田太郎・やまだ（空白なしでも可）' })),
    field('filter-status', '状態', statusSelect),
    field('filter-procedure', '手続', procedureSelect),
    field('filter-from', '受付日（から）', h('input', { name: 'receivedFrom', type: 'date', value: f.receivedFrom || '' })),
    field('filter-to', '受付日（まで）', h('input', { name: 'receivedTo', type: 'date', value: f.receivedTo || '' })),
    field('filter-assignee', '担当者', h('input', { name: 'assignee', value: f.assignee || '' })),
    h('div', { class: 'field inline' },
      h('input', { id: 'filter-overdue', name: 'overdue', type: 'checkbox', checked: !!f.overdue }),
      h('label', { for: 'filter-overdue' }, '期限超過のみ')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, '検索'),
      h('button', { type: 'reset', class: 'secondary' }, 'クリア')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.filters = {
      q: form.q.value.trim(), status: form.status.value, procedure: form.procedure.value,
      receivedFrom: form.receivedFrom.value, receivedTo: form.receivedTo.value,
      assignee: form.assignee.value.trim(), overdue: form.overdue.checked,
    };
    // a name or 受付番号 is looked for in every state (a resident may call about a 完了 one)
    if (state.filters.q && state.view === 'open') state.view = 'all';
    restart(rerun);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    state.filters = {};
    restart(rerun);
  });
  return form;
}

function results(page) {
  if (page.items.length === 0) {
    return h('p', { class: 'notice' }, '該当する申請はありません。');
  }
  return h('div', { class: 'table-wrap' }, h('table', { id: 'queue-table' },
    h('caption', { class: 'visually-hidden' }, '受付キューの一覧（処理期限の近い順）'),
    h('thead', {}, h('tr', {},
      ['受付番号', '手続', '申請者', '状態', '受付日時', '処理期限', '担当者'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, page.items.map((item) => h('tr', { class: item.overdue ? 'overdue' : '' },
      cell('receipt', '受付番号', h('a', { href: `#/applications/${item.id}` }, item.receiptNumber)),
      cell('procedure', '手続', item.procedureCode, h('br'), h('small', {}, item.procedureName)),
      cell('applicant', '申請者', item.applicantName, h('br'), h('small', {}, item.applicantNameKana)),
      cell('status', '状態', h('span', { class: 'badge' }, item.statusLabel)),
      cell('received', '受付日時', dateTime(item.receivedAt)),
      cell('due', '処理期限', formatDate(item.dueDate), ' ', item.overdue ? h('span', { class: 'badge overdue' }, '期限超過') : null),
      cell('assignee', '担当者', item.assignee || '未割当'))))));
}

// data-label names the column where the row shows as a card (768 px, app.css)
const cell = (name, label, ...content) => h('td', { class: `q-${name}`, 'data-label': label }, ...content);

function paging(page, rerun) {
  return h('nav', { class: 'paging', 'aria-label': 'ページ送り' },
    h('button', { type: 'button', class: 'secondary', disabled: state.page === 0, onclick: () => {
      state.page -= 1;
      rerun();
    } }, '前へ'),
    h('span', {}, `${state.page + 1}ページ目`),
    h('button', { type: 'button', class: 'secondary', disabled: !page.nextCursor, onclick: () => {
      state.cursors[state.page + 1] = page.nextCursor;
      state.page += 1;
      rerun();
    } }, '次へ'));
}
