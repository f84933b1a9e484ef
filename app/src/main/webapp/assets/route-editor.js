// 連携設定の詳細: one route as JSON in an editor (保存 makes a new version; a 422 is shown field by
// field), 「テスト」 (a dry run of what is in the editor) and the version history.
import { api, ApiError } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { PATTERNS, TRIGGERS } from './labels.js';
import { procedures, procedureName, errorNotice, okNotice } from './widgets.js';
import { testResult } from './route-test.js';

const META = ['procedureCode', 'route', 'version', 'author', 'createdAt'];

/** The configuration part of a route view, as the PUT body expects it. */
export function configOf(view) {
  return Object.fromEntries(Object.entries(view).filter(([key]) => !META.includes(key)));
}

const path = (code) => `/api/v1/admin/linkage-routes/${encodeURIComponent(code)}`;
const query = (route) => `?route=${encodeURIComponent(route)}`;

export async function showRouteEditor(main, code, route, note) {
  const [list, definition, current, history] = await Promise.all([
    procedures(),
    api(`/api/v1/procedures/${encodeURIComponent(code)}`),
    api(path(code) + query(route)),
    api(`${path(code)}/history${query(route)}`),
  ]);
  document.title = `窓口 — 連携設定 ${code}`;
  const message = h('div', { id: 'route-message', 'aria-live': 'polite' });
  const result = h('section', { id: 'test-result', 'aria-live': 'polite', 'aria-label': 'テストの結果' });
  const editor = h('textarea', {
    id: 'route-json', class: 'code', spellcheck: 'false', rows: '18', 'aria-describedby': 'route-json-help',
  });
  const revert = () => {
    editor.value = JSON.stringify(configOf(current), null, 2);
    editor.removeAttribute('aria-invalid');
    clear(message);
  };
  revert();
  const body = () => {
    try {
      editor.removeAttribute('aria-invalid');
      return JSON.parse(editor.value);
    } catch (e) {
      editor.setAttribute('aria-invalid', 'true');
      clear(message, h('div', { class: 'notice error', role: 'alert' }, `JSONの形式が正しくありません: ${e.message}`));
      editor.focus();
      return null;
    }
  };
  const save = async () => {
    const config = body();
    if (!config) return;
    try {
      const saved = await api(path(code) + query(route), { method: 'PUT', body: config });
      await showRouteEditor(main, code, route, `保存しました（第${saved.version}版）。`);
    } catch (e) {
      failed(e, editor, message);
    }
  };
  const test = async () => {
    const config = body();
    if (!config) return;
    try {
      clear(result, testResult(definition, await api(`${path(code)}/test${query(route)}`, { method: 'POST', body: config })));
      clear(message);
    } catch (e) {
      clear(result);
      failed(e, editor, message);
    }
  };
  clear(main,
    h('p', {}, h('a', { href: '#/linkage-routes' }, '← 連携設定の一覧に戻る')),
    h('h2', {}, `連携設定: ${code}　${procedureName(list, code)}`),
    summary(current),
    message,
    h('div', { class: 'field' },
      h('label', { for: 'route-json' }, '設定（JSON）'),
      h('p', { class: 'help', id: 'route-json-help' },
        'pattern（MANUAL / FILE_EXPORT / BATCH / DIRECT_API）、trigger、enabled、file、api、retry を編集できます。保存すると新しい版になります。'),
      editor),
    h('div', { class: 'actions-bar', role: 'group', 'aria-label': '操作' },
      h('button', { type: 'button', id: 'route-save', onclick: save }, '保存'),
      h('button', { type: 'button', class: 'secondary', id: 'route-test', onclick: test }, 'テスト'),
      h('button', { type: 'button', class: 'secondary', onclick: revert }, '元に戻す')),
    result,
    h('h3', {}, '版の履歴'),
    historyList(history));
  if (note) okNotice(message, note);
  main.focus();
}

function failed(e, editor, message) {
  if (e instanceof ApiError && e.status === 422) editor.setAttribute('aria-invalid', 'true');
  clear(message, errorNotice(e));
}

function summary(r) {
  return h('div', { class: 'summary' },
    h('span', {}, `ルート: ${r.route}`),
    h('span', {}, `連携方式: ${PATTERNS[r.pattern] || r.pattern}`),
    h('span', {}, `契機: ${TRIGGERS[r.trigger] || r.trigger || ''}`),
    h('span', {}, r.enabled ? '有効' : '無効'),
    h('span', {}, `現在の版: 第${r.version}版（${r.author || ''}　${dateTime(r.createdAt)}）`));
}

function historyList(history) {
  return h('ul', { id: 'route-history', class: 'history' },
    [...history].reverse().map((v) => h('li', {},
      h('details', {},
        h('summary', {}, `第${v.version}版　${dateTime(v.createdAt)}　${v.author || ''}　${PATTERNS[v.pattern] || v.pattern}　${v.enabled ? '有効' : '無効'}`),
        h('pre', { class: 'code' }, JSON.stringify(configOf(v), null, 2))))));
}
