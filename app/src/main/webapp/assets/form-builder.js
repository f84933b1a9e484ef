// Renders any procedure's form from its definition (GET /api/v1/procedures/{code}) and collects
// the values into the portal API's shape. Field names are the API's error paths
// (applicant.name, form.children[0].birthDate), so 422 errors land next to their fields.
import { h, clear } from './dom.js';
import { dateEntry } from './date-entry.js';

const idFor = (path) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function labelFor(field, id) {
  return h('label', { for: id }, field.label, field.required ? h('span', { class: 'req' }, '必須') : null);
}

/** The error line of a field, registered with the control the error summary links to. */
function errorSlot(path, errors, target, label) {
  const slot = h('p', { class: 'field-error', id: `${idFor(path)}-error` });
  errors.set(path, { slot, target, label: label.join(' › ') });
  return slot;
}

function help(field) {
  return field.help ? h('span', { class: 'help' }, field.help) : null;
}

/** A control for one scalar field; returns {el, get}. */
function scalar(field, path, value, errors, trail) {
  const id = idFor(path);
  const common = { id, name: path, 'aria-describedby': `${id}-error` };
  if (field.type === 'date' || field.type === 'yyyymm') {
    const entry = dateEntry({ id, path, value, yearMonth: field.type === 'yyyymm', describedBy: `${id}-error`,
      legend: h('legend', {}, field.label, field.required ? h('span', { class: 'req' }, '必須') : null) });
    entry.el.append(help(field) || '', errorSlot(path, errors, entry.focusId, trail));
    return { el: entry.el, get: entry.get };
  }
  if (field.type === 'bool') {
    const box = h('input', { ...common, type: 'checkbox', checked: value === true || value === 'true' });
    return {
      el: h('div', { class: 'field' }, h('div', { class: 'field inline' }, box, labelFor(field, id)), help(field), errorSlot(path, errors, id, trail)),
      get: () => box.checked,
    };
  }
  if (field.type === 'multi') {
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
    const boxes = (field.options || []).map((o, i) => {
      const boxId = `${id}-${i}`;
      return [h('input', { id: boxId, type: 'checkbox', name: path, value: o.value, checked: chosen.has(o.value) }),
        h('label', { for: boxId }, o.label)];
    });
    return {
      el: h('fieldset', { 'aria-describedby': `${id}-error` }, h('legend', {}, field.label), boxes.map((b) => h('div', { class: 'field inline' }, b)), help(field), errorSlot(path, errors, `${id}-0`, trail)),
      get: () => boxes.map(([box]) => box).filter((b) => b.checked).map((b) => b.value),
    };
  }
  let control;
  if (field.type === 'enum') {
    control = h('select', common, h('option', { value: '' }, '選択してください'),
      (field.options || []).map((o) => h('option', { value: o.value, selected: value === o.value }, o.label)));
  } else if ((field.constraints || {}).maxLength > 200) {
    control = h('textarea', { ...common, maxlength: field.constraints.maxLength }, value ?? '');
  } else {
    const type = field.type === 'int' ? 'number' : 'text';
    control = h('input', { ...common, type, value: value ?? '',
      inputmode: ['yen', 'digits', 'postal', 'phone', 'myNumber', 'accountNumber'].includes(field.type) ? 'numeric' : null,
      maxlength: (field.constraints || {}).maxLength });
  }
  return {
    el: h('div', { class: 'field' }, labelFor(field, id), control, help(field), errorSlot(path, errors, id, trail)),
    get: () => {
      const v = control.value.trim();
      if (v === '') return undefined;
      return field.type === 'int' && /^-?\d+$/.test(v) ? Number(v) : v;
    },
  };
}

function objectField(field, path, value, errors, trail) {
  const inner = fieldList(field.fields || [], path, value || {}, errors, trail);
  return {
    el: h('fieldset', { id: idFor(path) }, h('legend', {}, field.label, field.required ? h('span', { class: 'req' }, '必須') : null),
      help(field), errorSlot(path, errors, idFor(path), trail), h('div', { class: 'form-grid' }, inner.els)),
    get: () => inner.get(),
  };
}

function groupField(field, path, value, errors, trail) {
  const constraints = field.constraints || {};
  const initial = Array.isArray(value) && value.length ? value
    : Array.from({ length: Math.max(constraints.minItems || 0, field.required ? 1 : 0) }, () => ({}));
  const rowsEl = h('div', {});
  let rows = [];
  const render = (values) => {
    for (const key of [...errors.keys()]) if (key.startsWith(`${path}[`)) errors.delete(key);
    rows = values.map((rowValue, i) => {
      const rowPath = `${path}[${i}]`;
      const inner = fieldList(field.fields || [], rowPath, rowValue, errors, [...trail.slice(0, -1), `${field.label}（${i + 1}件目）`]);
      const el = h('div', { class: 'group-row', role: 'group', 'aria-label': `${field.label}（${i + 1}件目）` },
        h('div', { class: 'row-head' }, h('h4', {}, `${field.label}（${i + 1}件目）`),
          h('button', { type: 'button', class: 'secondary', onclick: () => render(current().filter((_, j) => j !== i)) },
            `${i + 1}件目を削除`)),
        h('div', { class: 'form-grid' }, inner.els));
      return { el, get: inner.get };
    });
    clear(rowsEl, rows.map((r) => r.el));
  };
  const current = () => rows.map((r) => r.get() || {});
  render(initial);
  const add = h('button', { type: 'button', class: 'secondary', onclick: () => {
    render([...current(), {}]);
    const last = rowsEl.lastElementChild;
    if (last) last.querySelector('input, select, textarea')?.focus();
  } }, `${field.label}を追加`);
  return {
    el: h('fieldset', { id: idFor(path) }, h('legend', {}, field.label, field.required ? h('span', { class: 'req' }, '必須') : null),
      help(field), errorSlot(path, errors, idFor(path), trail), rowsEl, add),
    get: () => {
      const items = rows.map((r) => r.get()).filter((item) => item !== undefined);
      return items.length ? items : undefined;
    },
  };
}

function fieldList(fields, prefix, data, errors, trail = []) {
  const parts = fields.map((field) => {
    const path = `${prefix}.${field.key}`;
    const value = data ? data[field.key] : undefined;
    const build = field.type === 'object' ? objectField : field.type === 'group' ? groupField : scalar;
    return { key: field.key, ...build(field, path, value, errors, [...trail, field.label]) };
  });
  return {
    els: parts.map((p) => p.el),
    get: () => {
      const out = {};
      for (const p of parts) {
        const v = p.get();
        if (v !== undefined) out[p.key] = v;
      }
      return Object.keys(out).length ? out : undefined;
    },
  };
}

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] || '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** One file input per attachment requirement; earlier files (resubmission) are kept unless removed. */
function attachmentFields(definition, previous, errors) {
  let kept = [...(previous || [])];
  const keptEl = h('ul', {});
  const showKept = () => clear(keptEl, kept.map((a, i) => h('li', {}, `${a.name}（前回の添付） `,
    h('button', { type: 'button', class: 'link', onclick: () => {
      kept = kept.filter((_, j) => j !== i);
      showKept();
    } }, '外す'))));
  showKept();
  const inputs = (definition.attachments || []).map((a) => {
    const id = idFor(`attachments.${a.key}`);
    const input = h('input', { id, type: 'file', multiple: true, name: `attachments.${a.key}`,
      accept: 'application/pdf,image/jpeg,image/png' });
    return { kind: a.key, input,
      el: h('div', { class: 'field' }, labelFor(a, id), input, help(a)) };
  });
  return {
    el: h('fieldset', { id: idFor('attachments') }, h('legend', {}, '添付ファイル（PDF・JPEG・PNG）'),
      errorSlot('attachments', errors, idFor('attachments'), ['添付ファイル']),
      kept.length ? keptEl : null, inputs.map((i) => i.el)),
    get: async () => {
      const fresh = [];
      for (const { kind, input } of inputs) {
        for (const file of input.files) {
          fresh.push({ kind, name: file.name, mediaType: file.type || 'application/octet-stream', content: await readBase64(file) });
        }
      }
      const replaced = new Set(fresh.map((a) => a.kind));
      return [...kept.filter((a) => !replaced.has(a.kind)), ...fresh];
    },
  };
}

/**
 * The whole application form. initial: an earlier submission body (for resubmission) or null.
 * Returns {el, collect(): Promise<{applicant, form, attachments}>, showErrors(errors): string[]}.
 */
export function buildForm(definition, initial) {
  const errors = new Map();
  const applicant = fieldList(definition.applicant.fields || [], 'applicant', initial?.applicant, errors, ['申請者']);
  const form = fieldList(definition.fields || [], 'form', initial?.form, errors);
  const attachments = attachmentFields(definition, initial?.attachments, errors);
  const el = h('div', {},
    h('fieldset', {}, h('legend', {}, '申請者'), h('div', { class: 'form-grid' }, applicant.els)),
    h('fieldset', {}, h('legend', {}, `申請内容（${definition.name}）`), form.els),
    attachments.el);
  return {
    el,
    collect: async () => ({
      applicant: applicant.get() || {},
      form: form.get() || {},
      attachments: await attachments.get(),
    }),
    /**
     * Puts each error next to its field; returns {placed: [{target, label, message}], unplaced:
     * [message]}: the summary links to the placed ones and lists those no field shows.
     */
    showErrors: (list) => {
      for (const [path, entry] of errors) {
        entry.slot.textContent = '';
        el.querySelectorAll(`[name="${CSS.escape(path)}"]`).forEach((c) => c.removeAttribute('aria-invalid'));
      }
      const placed = [];
      const unplaced = [];
      for (const error of list || []) {
        const entry = errors.get(error.field) || errors.get(String(error.field).replace(/\[\d+\]$/, ''));
        if (!entry) {
          unplaced.push(error.message);
          continue;
        }
        const { slot } = entry;
        slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
        placed.push({ target: entry.target, label: entry.label, message: error.message });
        el.querySelectorAll(`[name="${CSS.escape(error.field)}"]`).forEach((c) => c.setAttribute('aria-invalid', 'true'));
      }
      return { placed, unplaced };
    },
  };
}
