// Labelled controls of the route form. Each writes its value into the draft as it changes and is
// registered with the form's FieldRegistry under the API's pointer, so a 422 lands next to it.
import { h } from './dom.js';

/** A <select> of [value, label]; a value the list does not know is kept as its own option. */
export function choice(options, value, onChange) {
  const known = options.some(([v]) => v === value);
  return h('select', { onchange: (e) => onChange(e.target.value) },
    known || value === undefined || value === null ? null : h('option', { value, selected: true }, `${value}（この画面では選べない値）`),
    options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

export function text(value, onInput, attrs = {}) {
  return h('input', { type: 'text', value: value ?? '', autocomplete: 'off', spellcheck: 'false', ...attrs, oninput: (e) => onInput(e.target.value) });
}

/** A number input; an empty box gives null (the API then answers what is missing). */
export function number(value, onInput, attrs = {}) {
  return h('input', {
    type: 'number', inputmode: 'numeric', value: value ?? '', ...attrs,
    oninput: (e) => onInput(e.target.value === '' ? null : Number(e.target.value)),
  });
}

/**
 * A field: label, optional help, the control and its error slot. {@code registry.add} gives the
 * slot; the control gets {@code id}.
 */
export function field(registry, pointer, id, label, control, help) {
  control.id = id;
  const helpEl = help ? h('p', { class: 'help', id: `${id}-help` }, help) : null;
  if (helpEl) control.setAttribute('aria-describedby', helpEl.id);
  const slot = registry.add(pointer, control, label);
  return h('div', { class: 'field' }, h('label', { for: id }, label), helpEl, control, slot);
}

/** A checkbox with its label beside it (the whole row is the target). */
export function checkbox(registry, pointer, id, label, checked, onChange, help) {
  const box = h('input', { type: 'checkbox', id, checked: Boolean(checked), onchange: (e) => onChange(e.target.checked) });
  const helpEl = help ? h('p', { class: 'help', id: `${id}-help` }, help) : null;
  if (helpEl) box.setAttribute('aria-describedby', helpEl.id);
  const slot = registry.add(pointer, box, label);
  return h('div', { class: 'field' }, h('label', { class: 'check', for: id }, box, label), helpEl, slot);
}
