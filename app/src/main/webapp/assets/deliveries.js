// 連携状況: deliveries by state and procedure with attempts and errors (the path and OS reason of a
// failed file, the HTTP status and answer of a core system); 再送 of one PARKED delivery and of all
// of them, each 同じ設定で (the delivery's own route version) or 現在の設定で (?route=current: the
// route's current version), after a confirmation dialog. 100 a page by keyset (前へ / 次へ), with the
// total of the filter.
import { apiPage, post } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { DELIVERY_STATUSES, PATTERNS, labelOf } from './labels.js';
import { confirmAction } from './dialogs.js';
import { procedures, field, select, table, errorNotice, okNotice, pager } from './widgets.js';

const PAGE_SIZE = 100;
const state = { status: '', procedure: '' };
const paging = { page: 0, cursors: [null] };

export async function showDeliveries(main, note) {
  document.title = '窓口 — 連携状況';
  const params = new URLSearchParams(Object.entries(state).filter(([, v]) => v));
  params.set('limit', String(PAGE_SIZE));
  if (paging.cursors[paging.page]) params.set('after', paging.cursors[paging.page]);
  const [list, page] = await Promise.all([procedures(), apiPage(`/api/v1/admin/deliveries?${params}`)]);
  const { items, total, after } = page;
  const first = paging.page * PAGE_SIZE + 1;
  const shown = items.length === 0 ? `全${total}件` : `全${total}件中 ${first}〜${first + items.length - 1}件目`;
  const message = h('div', { id: 'deliveries-message', 'aria-live': 'polite' });
  const rerun = (text) => showDeliveries(main, text);
  const act = async (question, call, done) => {
    if (!(await confirmAction(question))) return;
    try {
      await rerun(done(await call()));
    } catch (e) {
      clear(message, errorNotice(e));
    }
  };
  const how = (current) => (current ? '現在の設定（ルートの現行版）' : '同じ設定（作成時の版）');
  const query = (current) => (current ? '?route=current' : '');
  const retryAll = (current) => act({
    title: current ? '停止中をすべて現在の設定で再送' : '停止中をすべて再送',
    text: `停止中（PARKED）の連携${state.procedure ? `（${state.procedure}）` : 'すべて'}を${how(current)}で再送します。よろしいですか？`,
    okLabel: '再送する',
  }, () => post(`/api/v1/admin/deliveries/retry${query(current)}`, { status: 'PARKED', procedure: state.procedure || null }),
  (r) => `${r.replayed}件を再送しました（${how(current)}）。`);
  const retry = (d, current) => act({
    title: '再送の確認', text: `${d.receiptNumber}（${d.procedureCode}）の連携を${how(current)}で再送します。よろしいですか？`, okLabel: '再送する',
  }, () => post(`/api/v1/admin/deliveries/${d.id}/retry${query(current)}`), () => `${d.receiptNumber} を再送しました（${how(current)}）。`);
  clear(main,
    h('h2', {}, '連携状況'),
    filter(list, rerun),
    h('div', { class: 'actions-bar' },
      h('button', { type: 'button', class: 'danger', id: 'retry-all', onclick: () => retryAll(false) }, '停止中をすべて再送（同じ設定）'),
      h('button', { type: 'button', class: 'danger', id: 'retry-all-current', onclick: () => retryAll(true) }, '停止中をすべて現在の設定で再送')),
    message,
    items.length === 0
      ? h('p', { class: 'notice' }, '該当する連携はありません。')
      : table('deliveries-table', '連携の一覧（新しい順）',
        ['受付番号', '手続・ルート', '連携方式', '状態', '試行回数', '最後のエラー', '要確認の理由', '基幹側の番号', '更新日時', '操作'],
        items.map((d) => row(d, retry))),
    pager('deliveries-paging', paging, after, shown, () => showDeliveries(main)));
  if (note) okNotice(message, note);
}

function filter(list, rerun) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': '絞り込み' },
    field('deliveries-status', '状態', select('status', DELIVERY_STATUSES, state.status)),
    field('deliveries-procedure', '手続', select('procedure',
      list.map((p) => [p.code, `${p.code} ${p.name}`]), state.procedure)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, '表示')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.status = form.status.value;
    state.procedure = form.procedure.value;
    paging.page = 0;
    paging.cursors = [null];
    rerun();
  });
  return form;
}

function row(d, retry) {
  return h('tr', { class: d.status === 'PARKED' ? 'parked' : '' },
    h('td', {}, d.receiptNumber),
    h('td', {}, d.procedureCode, h('br'), h('small', {}, `${d.route}（第${d.routeVersion}版）`)),
    h('td', {}, PATTERNS[d.pattern] || d.pattern),
    h('td', {}, h('span', { class: `badge ${d.status === 'PARKED' ? 'overdue' : ''}` }, labelOf(DELIVERY_STATUSES, d.status)),
      d.nextAttemptAt && d.status === 'PENDING' ? [h('br'), h('small', {}, `次回 ${dateTime(d.nextAttemptAt)}`)] : null),
    h('td', {}, String(d.attempts)),
    h('td', { class: 'wrap' }, d.lastError || ''),
    h('td', { class: 'wrap' }, d.flaggedReason || ''),
    h('td', {}, d.coreReference || ''),
    h('td', {}, dateTime(d.updatedAt)),
    h('td', {}, d.status === 'PARKED'
      ? [h('button', { type: 'button', class: 'secondary', 'aria-label': `${d.receiptNumber}を同じ設定で再送`, onclick: () => retry(d, false) }, '同じ設定で再送'),
        h('button', { type: 'button', class: 'secondary', 'aria-label': `${d.receiptNumber}を現在の設定で再送`, onclick: () => retry(d, true) }, '現在の設定で再送')]
      : ''));
}
