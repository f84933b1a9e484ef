// アクセスログ (AUDITOR): search by actor, action, target and period, newest first, 100 at a time
// (「さらに表示」 follows nextBefore), and 「改ざん検証」 of the hash chain. 日時 with seconds; 操作 and
// 内容 in Japanese (audit-details.js), the recorded code and text as the cells' title.
import { api } from './http.js';
import { h, clear } from './dom.js';
import { AUDIT_ACTIONS, labelOf } from './labels.js';
import { formatDateTimeSeconds } from './japanese.js';
import { auditDetail } from './audit-details.js';
import { fieldAt } from './values.js';
import { field, select, table, errorNotice } from './widgets.js';

const PAGE_SIZE = 100;
let filters = {};
// Each search gets a new generation; an answer that arrives after a newer search began (a slow
// unfiltered first page, say) is dropped instead of overwriting the newer results.
let generation = 0;

export async function showAudit(main) {
  document.title = '窓口 — アクセスログ';
  const message = h('div', { id: 'audit-message', 'aria-live': 'polite' });
  const verdict = h('div', { id: 'audit-verify', 'aria-live': 'polite' });
  const results = h('div', { id: 'audit-results' });
  const search = async () => {
    generation += 1;
    clear(message);
    try {
      await showPage(results, message, null);
    } catch (e) {
      clear(message, errorNotice(e));
    }
  };
  clear(main,
    h('h2', {}, 'アクセスログ'),
    h('p', {}, '特定個人情報へのアクセスと操作の記録です（追記のみ・ハッシュチェーンで改ざんを検知）。'),
    searchForm(search),
    h('div', { class: 'actions-bar' },
      h('button', { type: 'button', class: 'secondary', id: 'verify-chain', onclick: () => verify(verdict) }, '改ざん検証')),
    verdict,
    message,
    results);
  await search();
}

function searchForm(search) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'アクセスログの検索' },
    field('audit-actor', '操作者', h('input', { name: 'actor', value: filters.actor || '' })),
    field('audit-action', '操作', select('action', AUDIT_ACTIONS, filters.action)),
    field('audit-target', '対象（受付番号など）', h('input', { name: 'target', value: filters.target || '' })),
    field('audit-from', '期間（から）', h('input', { name: 'from', type: 'date', value: filters.from || '' })),
    field('audit-to', '期間（まで）', h('input', { name: 'to', type: 'date', value: filters.to || '' })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, '検索'),
      h('button', { type: 'reset', class: 'secondary' }, 'クリア')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters = {
      actor: form.actor.value.trim(), action: form.action.value, target: form.target.value.trim(),
      from: form.from.value, to: form.to.value,
    };
    search();
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    filters = {};
    for (const el of form.elements) if (el.name) el.value = '';
    search();
  });
  return form;
}

async function showPage(results, message, before) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
  params.set('limit', PAGE_SIZE);
  if (before) params.set('before', before);
  const asked = generation;
  const page = await api(`/api/v1/audit?${params}`);
  const labels = await fieldLabels(page.items);
  if (asked !== generation) return;
  const rows = page.items.map((e) => h('tr', {},
    h('td', {}, String(e.seq)),
    h('td', {}, formatDateTimeSeconds(e.at)),
    h('td', {}, e.actor),
    h('td', { title: e.action }, labelOf(AUDIT_ACTIONS, e.action)),
    h('td', {}, e.target || ''),
    h('td', { class: 'wrap', title: e.detail || '' }, auditDetail(e.action, e.detail, labels(e)))));
  let body = results.querySelector('#audit-table tbody');
  if (!before || !body) {
    clear(results, page.items.length === 0 && !before
      ? h('p', { class: 'notice' }, '該当する記録はありません。')
      : table('audit-table', 'アクセスログ（新しい順）', ['連番', '日時', '操作者', '操作', '対象', '内容'], rows));
    body = results.querySelector('#audit-table tbody');
  } else {
    body.append(...rows);
  }
  results.querySelector('#audit-more')?.remove();
  const shown = body ? body.rows.length : 0;
  results.append(h('div', { id: 'audit-more', class: 'paging' }, h('span', { role: 'status' }, `${shown}件を表示`),
    page.nextBefore ? h('button', { type: 'button', class: 'secondary', onclick: async (event) => {
      event.target.disabled = true;
      try {
        await showPage(results, message, page.nextBefore);
      } catch (e) {
        event.target.disabled = false;
        clear(message, errorNotice(e));
      }
    } }, 'さらに表示') : null));
}

// The definitions (procedure and version) of the entries that name a field by its path, fetched
// once each: the detail then shows the field's label.
const definitions = new Map();

async function fieldLabels(items) {
  const key = (d) => `${d.procedureCode}/versions/${d.version}`;
  const wanted = [...new Set(items.filter((e) => e.definition).map((e) => key(e.definition)))]
    .filter((k) => !definitions.has(k));
  await Promise.all(wanted.map(async (k) => {
    definitions.set(k, await api(`/api/v1/procedures/${k.split('/').map(encodeURIComponent).join('/')}`).catch(() => null));
  }));
  return (entry) => {
    const definition = entry.definition && definitions.get(key(entry.definition));
    return { fieldLabel: (path) => (definition ? fieldAt(definition, path).label : path) };
  };
}

async function verify(verdict) {
  clear(verdict, h('p', {}, '検証中…'));
  try {
    const v = await api('/api/v1/audit/verify');
    clear(verdict, v.valid
      ? h('div', { class: 'notice ok', role: 'status' }, h('strong', {}, '正常'), `：${v.entries}件の記録のハッシュチェーンに改ざんはありません。`)
      : h('div', { class: 'notice error', role: 'alert' }, h('strong', {}, '改ざんの疑い'),
        `：連番 ${v.firstBrokenSeq} 以降のハッシュチェーンが一致しません（記録 ${v.entries}件）。`));
  } catch (e) {
    clear(verdict, errorNotice(e));
  }
}
