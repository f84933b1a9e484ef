// Small pieces shared by the operations screens: labelled fields, tables, the procedure list,
// error notices with a problem's field errors, and messages.
import { api } from './http.js';
import { h, clear } from './dom.js';
import { errorSummary, formErrors } from './error-summary.js';

let procedureList = null;

/** All procedures [{code, name, …}], fetched once. */
export async function procedures() {
  procedureList = procedureList || (await api('/api/v1/procedures'));
  return procedureList;
}

export const procedureName = (list, code) => (list.find((p) => p.code === code) || {}).name || '';

export function field(id, label, control) {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

/** A <select> with an empty 'すべて' option and [value, label] options. */
export function select(name, options, selected) {
  return h('select', { name }, h('option', { value: '' }, 'すべて'),
    options.map(([value, label]) => h('option', { value, selected: value === selected }, label)));
}

/** A table in a region that scrolls sideways when it is wider than the screen (focusable, named). */
export function table(id, caption, headers, rows) {
  return h('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption }, h('table', { id },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows)));
}

/**
 * An error notice: the message, and a problem's field errors one per line; given the form, those of
 * its fields link to them (error-summary.js).
 */
export function errorNotice(e, form) {
  const { placed, unplaced } = formErrors((e.problem && e.problem.errors) || [], form);
  if (placed.length) {
    return errorSummary(e.message, `${placed.length + unplaced.length}件の誤りがあります。`, placed,
      unplaced.map((x) => x.message));
  }
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, e.message),
    unplaced.length ? h('ul', { class: 'field-errors' }, unplaced.map((x) =>
      h('li', {}, h('code', {}, x.field || '（全体）'), `：${x.message}`))) : null);
}

export function okNotice(el, text) {
  clear(el, h('div', { class: 'notice ok', role: 'status' }, text));
}

/**
 * 前へ / 次へ for a keyset-paged list. paging: {page (0-based), cursors (cursors[n] opens page n)};
 * after: the next page's cursor (null on the last page); text: what the page shows.
 */
export function pager(id, paging, after, text, rerun) {
  return h('nav', { class: 'paging', id, 'aria-label': 'ページ送り' },
    h('button', { type: 'button', class: 'secondary', disabled: paging.page === 0, onclick: () => {
      paging.page -= 1;
      rerun();
    } }, '前へ'),
    h('span', { role: 'status' }, text),
    h('button', { type: 'button', class: 'secondary', disabled: !after, onclick: () => {
      paging.cursors[paging.page + 1] = after;
      paging.page += 1;
      rerun();
    } }, '次へ'));
}
