// The errors of the route form: each control is registered under the API's pointer of its value
// ('file.columns[0].source', 'retry.maxAttempts') with its label; a 422's errors are put next to
// their controls (aria-invalid, aria-describedby) and listed in a summary that links to them.
import { h, clear } from './dom.js';

/** 'file.columns[2].source' → 'file.columns[2]' → 'file.columns' → 'file' → ''. */
const parent = (pointer) => pointer.replace(/(\[\d+\]|\.[^.[\]]*)$/, '');

export class FieldRegistry {
  constructor() {
    this.entries = new Map();
  }

  /** Registers a control under a pointer; returns the slot its error will be written to. */
  add(pointer, control, label) {
    const slot = h('p', { class: 'field-error', id: `${control.id}-error` });
    const described = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', described ? `${described} ${slot.id}` : slot.id);
    this.entries.set(pointer, { control, label, slot });
    return slot;
  }

  /** The entry of a pointer, or of the nearest enclosing value that has a control. */
  find(pointer) {
    let p = String(pointer || '');
    while (p) {
      if (this.entries.has(p)) return this.entries.get(p);
      const up = parent(p);
      if (up === p) return null;
      p = up;
    }
    return null;
  }

  /** Writes each error next to its control; returns [{error, entry}] (entry null if none). */
  show(errors) {
    for (const { control, slot } of this.entries.values()) {
      control.removeAttribute('aria-invalid');
      slot.textContent = '';
    }
    return (errors || []).map((error) => {
      const entry = this.find(error.field);
      if (entry) {
        entry.control.setAttribute('aria-invalid', 'true');
        entry.slot.textContent = entry.slot.textContent ? `${entry.slot.textContent} ${error.message}` : error.message;
      }
      return { error, entry };
    });
  }
}

/**
 * The error summary at the top: a heading with the count and one link per error to its field
 * ({@code jump(pointer)} shows and focuses it); with {@code keys} the API's pointer is added (for
 * the JSON view, where people edit keys).
 */
export function errorSummary(e, placed, jump, keys) {
  if (!placed.length) {
    return h('div', { class: 'notice error', role: 'alert' }, h('p', {}, e.message));
  }
  return h('div', { class: 'notice error error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'route-error-title' },
    h('h3', { id: 'route-error-title' }, `入力内容に誤りがあります（${placed.length}件）`),
    h('ul', { class: 'field-errors' }, placed.map(({ error, entry }) => {
      const text = `${entry ? entry.label : '設定全体'}：${error.message}`;
      return h('li', {},
        entry ? h('a', {
          href: `#${entry.control.id}`,
          onclick: (ev) => { ev.preventDefault(); jump(error.field); },
        }, text) : text,
        keys && error.field ? [' ', h('code', {}, error.field)] : null);
    })));
}

/** Clears a message area and shows the summary in it, focused so that it is read out. */
export function showSummary(target, summary) {
  clear(target, summary);
  if (summary.hasAttribute('tabindex')) summary.focus();
}
