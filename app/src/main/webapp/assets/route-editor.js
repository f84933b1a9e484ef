// 連携設定の詳細: one route edited in a form (or, for advanced users, as JSON — both edit the same
// draft). 保存 makes a new version (a 422 is shown next to each field and in a summary linking to
// them), 「テスト」 is a dry run of the draft, and the version history.
import { api, ApiError } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { PATTERNS, TRIGGERS } from './labels.js';
import { procedures, procedureName, okNotice } from './widgets.js';
import { testResult } from './route-test.js';
import { routeForm } from './route-form.js';
import { FieldRegistry, errorSummary, showSummary } from './route-errors.js';

const META = ['procedureCode', 'route', 'version', 'author', 'createdAt', 'myNumberUse'];

/** The configuration part of a route view, as the PUT body expects it. */
export function configOf(view) {
  return Object.fromEntries(Object.entries(view).filter(([key]) => !META.includes(key)));
}

const path = (code) => `/api/v1/admin/linkage-routes/${encodeURIComponent(code)}`;
const query = (route) => `?route=${encodeURIComponent(route)}`;
const copy = (value) => JSON.parse(JSON.stringify(value));

export async function showRouteEditor(main, code, route, note) {
  const [list, definition, current, history] = await Promise.all([
    procedures(),
    api(`/api/v1/procedures/${encodeURIComponent(code)}`),
    api(path(code) + query(route)),
    api(`${path(code)}/history${query(route)}`),
  ]);
  document.title = `窓口 — 連携設定 ${code}`;
  const editing = { draft: copy(configOf(current)), aside: {}, errors: [], tab: 'form' };
  const message = h('div', { id: 'route-message', 'aria-live': 'polite' });
  const result = h('section', { id: 'test-result', 'aria-live': 'polite', 'aria-label': 'テストの結果' });
  const editor = h('textarea', {
    id: 'route-json', class: 'code', spellcheck: 'false', rows: '18', 'aria-describedby': 'route-json-help',
  });
  const formPanel = h('div', { role: 'tabpanel', id: 'route-panel-form', 'aria-labelledby': 'route-tab-form' });
  const jsonPanel = h('div', { role: 'tabpanel', id: 'route-panel-json', 'aria-labelledby': 'route-tab-json', hidden: true },
    h('div', { class: 'field' },
      h('label', { for: 'route-json' }, '設定（JSON）'),
      h('p', { class: 'help', id: 'route-json-help' },
        '入力フォームと同じ設定をJSONで編集します（キーは連携APIのもの: pattern、trigger、enabled、file、api、retry、includeMyNumber）。'),
      editor));
  let registry = new FieldRegistry();

  const renderForm = (focusId) => {
    registry = new FieldRegistry();
    clear(formPanel, routeForm(editing, definition, current.myNumberUse, registry, (id) => {
      editing.errors = [];
      clear(message);
      renderForm(id);
    }));
    registry.show(editing.errors);
    if (focusId) document.getElementById(focusId)?.focus();
  };
  /** The draft as it stands; from the JSON view only when it parses (else null, error shown). */
  const draftNow = () => {
    if (editing.tab !== 'json') return editing.draft;
    try {
      const parsed = JSON.parse(editor.value);
      editor.removeAttribute('aria-invalid');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('設定はオブジェクト（{ … }）で書いてください');
      editing.draft = parsed;
      return parsed;
    } catch (e) {
      editor.setAttribute('aria-invalid', 'true');
      clear(message, h('div', { class: 'notice error', role: 'alert' }, `JSONの形式が正しくありません: ${e.message}`));
      editor.focus();
      return null;
    }
  };
  const tabs = tabList((tab) => select(tab));
  const select = (tab) => {
    if (tab === editing.tab) return true;
    if (tab === 'form' && !draftNow()) return false;
    if (tab === 'json') editor.value = JSON.stringify(editing.draft, null, 2);
    editing.tab = tab;
    if (tab === 'form') renderForm();
    formPanel.hidden = tab !== 'form';
    jsonPanel.hidden = tab !== 'json';
    tabs.show(tab);
    return true;
  };
  const jump = (pointer) => {
    if (!select('form')) return;
    const entry = registry.find(pointer);
    if (!entry) return;
    entry.control.scrollIntoView({ block: 'center' });
    entry.control.focus();
  };
  const failed = (e) => {
    clear(result);
    editing.errors = (e instanceof ApiError && e.status === 422 && e.problem.errors) || [];
    if (editing.tab === 'json') {
      if (editing.errors.length) editor.setAttribute('aria-invalid', 'true');
      renderForm();
    }
    showSummary(message, errorSummary(e, registry.show(editing.errors), jump, editing.tab === 'json'));
  };
  const revert = () => {
    Object.assign(editing, { draft: copy(configOf(current)), aside: {}, errors: [] });
    editor.value = JSON.stringify(editing.draft, null, 2);
    editor.removeAttribute('aria-invalid');
    clear(message);
    renderForm();
  };
  const save = async () => {
    const config = draftNow();
    if (!config) return;
    try {
      const saved = await api(path(code) + query(route), { method: 'PUT', body: config });
      await showRouteEditor(main, code, route, `保存しました（第${saved.version}版）。`);
    } catch (e) {
      failed(e);
    }
  };
  const test = async () => {
    const config = draftNow();
    if (!config) return;
    try {
      clear(result, testResult(definition, await api(`${path(code)}/test${query(route)}`, { method: 'POST', body: config }), config));
      editing.errors = [];
      registry.show([]);
      clear(message);
    } catch (e) {
      failed(e);
    }
  };
  renderForm();
  clear(main,
    h('p', {}, h('a', { href: '#/linkage-routes' }, '← 連携設定の一覧に戻る')),
    h('h2', {}, `連携設定: ${code}　${procedureName(list, code)}`),
    summary(current),
    message,
    tabs.el, formPanel, jsonPanel,
    h('div', { class: 'actions-bar route-actions', role: 'group', 'aria-label': '操作' },
      h('button', { type: 'button', id: 'route-save', onclick: save }, '保存'),
      h('button', { type: 'button', class: 'secondary', id: 'route-test', onclick: test }, 'テスト'),
      h('button', { type: 'button', class: 'secondary', onclick: revert }, '元に戻す')),
    result,
    h('h3', {}, '版の履歴'),
    historyList(history));
  if (note) okNotice(message, note);
  main.focus();
}

/** The two tabs (入力フォーム, JSON), with arrow keys between them as the ARIA tabs pattern has. */
function tabList(choose) {
  const names = { form: '入力フォーム', json: 'JSON（上級者向け）' };
  const buttons = Object.entries(names).map(([tab, label]) => h('button', {
    type: 'button', role: 'tab', id: `route-tab-${tab}`, 'aria-controls': `route-panel-${tab}`,
    onclick: () => choose(tab),
    onkeydown: (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const other = tab === 'form' ? 'json' : 'form';
      if (choose(other)) document.getElementById(`route-tab-${other}`).focus();
    },
  }, label));
  const show = (tab) => buttons.forEach((b) => {
    const selected = b.id === `route-tab-${tab}`;
    b.setAttribute('aria-selected', String(selected));
    b.tabIndex = selected ? 0 : -1;
  });
  show('form');
  return { el: h('div', { class: 'tabs', role: 'tablist', 'aria-label': '編集の方法' }, buttons), show };
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
