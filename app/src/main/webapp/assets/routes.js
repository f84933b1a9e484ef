// 連携設定: the current linkage route of every procedure; each opens in the editor.
import { api } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { PATTERNS, TRIGGERS } from './labels.js';
import { procedures, procedureName, table } from './widgets.js';

export const routeHash = (code, route) => `#/linkage-routes/${code}/${encodeURIComponent(route || 'main')}`;

export async function showRoutes(main) {
  document.title = '窓口 — 連携設定';
  const [list, routes] = await Promise.all([procedures(), api('/api/v1/admin/linkage-routes')]);
  clear(main,
    h('h2', {}, '連携設定'),
    h('p', {}, '手続ごとの基幹システムへの連携方法です。手続を選ぶと設定の確認・変更・テスト・版の履歴を表示します。変更は再起動なしで新しい申請から適用されます。'),
    routes.length === 0
      ? h('p', { class: 'notice' }, '連携ルートは設定されていません。')
      : table('routes-table', '連携ルートの一覧', ['手続', 'ルート', '連携方式', '連携の契機', '有効', '版', '変更者', '変更日時'],
        routes.map((r) => h('tr', {},
          h('td', {}, h('a', { href: routeHash(r.procedureCode, r.route) }, r.procedureCode),
            h('br'), h('small', {}, procedureName(list, r.procedureCode))),
          h('td', {}, r.route),
          h('td', {}, PATTERNS[r.pattern] || r.pattern, h('br'), h('small', {}, r.pattern)),
          h('td', {}, TRIGGERS[r.trigger] || r.trigger || ''),
          h('td', {}, r.enabled ? '有効' : h('span', { class: 'badge' }, '無効')),
          h('td', {}, String(r.version)),
          h('td', {}, r.author || ''),
          h('td', {}, dateTime(r.createdAt))))));
  main.focus();
}
