// 基幹連携: the deliveries of one application (route, pattern, state, core reference) with every
// attempt (time, outcome, error, duration), under the application's history.
import { h, dateTime } from './dom.js';
import { DELIVERY_STATUSES, PATTERNS, labelOf } from './labels.js';

const OUTCOMES = { DELIVERED: '連携済', RETRY_SCHEDULED: '再試行予定', PARKED: '停止', REBOUND: '現在の設定で再送' };

export function deliveryHistory(items) {
  if (items.length === 0) return h('p', { id: 'delivery-history' }, '基幹システムへの連携はまだありません。');
  return h('div', { id: 'delivery-history' }, items.map(({ delivery: d, attempts }) => h('section', { class: 'delivery' },
    h('p', {},
      h('strong', {}, `${PATTERNS[d.pattern] || d.pattern}（${d.route}・第${d.routeVersion}版）`), '　',
      h('span', { class: `badge ${d.status === 'PARKED' ? 'overdue' : ''}` }, labelOf(DELIVERY_STATUSES, d.status)),
      d.coreReference ? `　基幹側の番号: ${d.coreReference}` : null,
      d.flaggedReason ? h('span', { class: 'notice' }, `要確認: ${d.flaggedReason}`) : null),
    attempts.length === 0 ? h('p', {}, '試行はまだありません。') : h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['日時', '結果', 'エラー', '所要時間'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, attempts.map((a) => h('tr', {},
        h('td', {}, dateTime(a.at)),
        h('td', {}, OUTCOMES[a.outcome] || a.outcome),
        h('td', { class: 'wrap' }, a.error || ''),
        h('td', {}, `${a.durationMs} ms`)))))))));
}
