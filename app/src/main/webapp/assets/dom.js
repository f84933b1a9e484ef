// A tiny element builder: h('button', {class: 'x', onclick: f}, 'text', child…). Text is always
// inserted as text, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

let ids = 0;
export const uid = (prefix) => `${prefix}-${++ids}`;

/** 2025-10-01T09:30:00Z → 令和7年10月1日 18:30 (local time; japanese.js). */
export { formatDateTime as dateTime } from './japanese.js';

export function notice(el, kind, text) {
  clear(el, text ? h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text) : null);
}
