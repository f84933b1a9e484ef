// エラーサマリー (デジタル庁デザインシステム): what went wrong in one line, then one link per error that
// moves the focus to its field (「申請者 › 氏名：入力してください」); messages no field shows are listed
// without a link. Used by the test portal's form and by the staff screens' forms.
import { h } from './dom.js';

/** Focuses the control with this id, or the first control inside the element with this id. */
export function focusField(id) {
  const el = document.getElementById(id);
  if (!el) return;
  const control = el.matches('input, select, textarea, button') ? el : el.querySelector('input, select, textarea, button');
  (control || el).focus();
  (control || el).scrollIntoView({ block: 'center' });
}

/** placed: [{target, label, message}] (target: a control's id); unplaced: [message]. */
export function errorSummary(title, lead, placed, unplaced = []) {
  return h('div', { class: 'notice error error-summary', role: 'alert' },
    h('strong', {}, title),
    lead ? h('p', {}, lead) : null,
    placed.length || unplaced.length
      ? h('ul', {},
        placed.map((p) => h('li', {}, h('a', {
          href: `#${p.target}`,
          onclick: (event) => {
            event.preventDefault();
            focusField(p.target);
          },
        }, `${p.label}：${p.message}`))),
        unplaced.map((m) => h('li', {}, m)))
      : null);
}

/**
 * A problem's field errors for a staff form: those whose field names a control of the form link to
 * it (with the control's label) and mark it invalid; the others are listed as they came.
 */
export function formErrors(errors, form) {
  const placed = [];
  const unplaced = [];
  form?.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
  for (const error of errors) {
    const control = form && error.field ? form.querySelector(`[name="${CSS.escape(error.field)}"]`) : null;
    if (control && control.id) {
      control.setAttribute('aria-invalid', 'true');
      const label = control.labels && control.labels[0] ? control.labels[0].textContent.trim() : error.field;
      placed.push({ target: control.id, label, message: error.message });
    } else {
      unplaced.push(error);
    }
  }
  return { placed, unplaced };
}
