// Shows stored application data with the labels of its procedure definition: scalar fields as a
// list, objects as nested sections, groups (repeated rows) as tables, enum values by option label.
// 個人番号 are stored masked; with a reveal function (supervisors) each gets a 「表示」 button that
// calls it with the field's path (applicant.myNumber, form.spouse.myNumber, form.children[1].myNumber).
// Dates show as 和暦 with 西暦, 郵便番号 and 電話番号 with hyphens (japanese.js).
import { h } from './dom.js';
import { formatDate, formatYearMonth, formatPostalCode, formatPhoneNumber } from './japanese.js';

function optionLabel(field, value) {
  const option = (field.options || []).find((o) => o.value === value || o.value === String(value));
  return option ? option.label : value;
}

export function formatValue(field, value) {
  if (value === undefined || value === null || value === '') return '';
  switch (field && field.type) {
    case 'bool': return value === true || value === 'true' ? 'はい' : 'いいえ';
    case 'enum': return optionLabel(field, value);
    case 'multi': return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, v)).join('、');
    case 'yen': return `${Number(value).toLocaleString('ja-JP')}円`;
    case 'date': return formatDate(value);
    case 'yyyymm': return formatYearMonth(value);
    case 'postal': return formatPostalCode(value);
    case 'phone': return formatPhoneNumber(value);
    default: return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

const isNested = (field) => field.type === 'object' || field.type === 'group';

/** The fields of a definition (or group) followed by any keys the definition does not name. */
function withUnknownKeys(fields, data) {
  const known = new Set(fields.map((f) => f.key));
  const extra = Object.keys(data || {}).filter((k) => !known.has(k)).map((k) => ({ key: k, label: k }));
  return [...fields, ...extra];
}

/** ctx: {path, reveal}: where data sits ('form', 'applicant') and the optional 個人番号 revealer. */
export function renderValues(fields, data, level = 4, ctx = { path: '', reveal: null }) {
  const all = withUnknownKeys(fields, data);
  const scalars = all.filter((f) => !isNested(f) && data && data[f.key] !== undefined);
  const nested = all.filter((f) => isNested(f) && data && data[f.key] !== undefined);
  const at = (f) => ({ ...ctx, path: ctx.path ? `${ctx.path}.${f.key}` : f.key, trail: [...(ctx.trail || []), f.label] });
  return [
    scalars.length ? h('dl', { class: 'values' }, scalars.map((f) => [
      h('dt', {}, f.label), h('dd', {}, scalarValue(f, data[f.key], at(f)))])) : null,
    nested.map((f) => h('section', { class: 'nested', 'aria-label': f.label },
      h(`h${Math.min(level, 6)}`, {}, f.label),
      f.type === 'group' ? groupTable(f, data[f.key], at(f)) : renderValues(f.fields || [], data[f.key], level + 1, at(f)))),
  ];
}

/** A value; a masked 個人番号 with a 「表示」 button when the viewer may disclose it. */
function scalarValue(field, value, ctx) {
  const text = formatValue(field, value);
  const western = field.type === 'date' && /^(.+)(（\d{4}-\d{2}-\d{2}）)$/.exec(text);
  if (western) return [western[1], h('span', { class: 'nowrap' }, western[2])];
  if (field.type !== 'myNumber' || !ctx.reveal || !text) return text;
  const shown = h('span', { class: 'my-number' }, text);
  const button = h('button', { type: 'button', class: 'secondary', 'aria-label': `${(ctx.trail || [field.label]).join(' › ')}を表示` }, '表示');
  button.addEventListener('click', async () => {
    const number = await ctx.reveal(ctx.path, field.label);
    if (number) {
      shown.textContent = number;
      button.remove();
    }
  });
  return [shown, ' ', button];
}

// Choices and yes/no values (性別, 続柄, はい) are kept on one line in a repeated group's table.
const SHORT_TYPES = ['enum', 'bool', 'multi'];

function groupTable(field, rows, ctx = { path: '', reveal: null }) {
  if (!Array.isArray(rows) || rows.length === 0) return h('p', {}, 'なし');
  const columns = withUnknownKeys(field.fields || [], Object.assign({}, ...rows));
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { class: 'visually-hidden' }, field.label),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h('tbody', {}, rows.map((row, i) => h('tr', {},
      h('td', {}, String(i + 1)),
      columns.map((c) => h('td', { class: SHORT_TYPES.includes(c.type) ? 'short' : null },
        cell(c, row[c.key], { ...ctx, path: `${ctx.path}[${i}].${c.key}`, trail: [...(ctx.trail || []), `${i + 1}件目`, c.label] }))))))));
}

function cell(field, value, ctx) {
  if (value === undefined || value === null) return '';
  if (field.type === 'object') return renderValues(field.fields || [], value, 6, ctx);
  if (field.type === 'group') return groupTable(field, value, ctx);
  return scalarValue(field, value, ctx);
}

const SPECIAL_PATHS = { damageGrade: '被害の程度' };
const countsPeople = (group) => (group.fields || []).some((f) => f.type === 'personName');

/**
 * A stored field path as a person reads it, with the definition's field (for formatting values):
 * 'form.children[0].birthDate' → {label: '児童 1人目 › 生年月日', field: {type: 'date', …}};
 * 'applicant.postalCode' → '申請者 › 郵便番号'. Unknown keys stay as they are.
 */
export function fieldAt(definition, path) {
  if (SPECIAL_PATHS[path]) return { label: SPECIAL_PATHS[path], field: null };
  const [root, ...steps] = String(path).split('.');
  const names = [];
  let fields;
  if (root === 'applicant') {
    names.push('申請者');
    fields = (definition.applicant && definition.applicant.fields) || [];
  } else if (root === 'form') {
    fields = definition.fields || [];
  } else {
    return { label: path, field: null };
  }
  let field = null;
  for (const step of steps) {
    const [, key, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(step) || [null, step, undefined];
    field = (fields || []).find((f) => f.key === key) || null;
    const label = field ? field.label : key;
    names.push(index === undefined ? label
      : `${label} ${Number(index) + 1}${field && countsPeople(field) ? '人目' : '件目'}`);
    fields = field ? field.fields : null;
  }
  return { label: names.join(' › ') || path, field };
}
