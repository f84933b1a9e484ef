// The confirmation dialog (<dialog>, keyboard operable: Esc cancels, focus stays inside), with an
// optional required reason (textarea) or a required one-line value (e.g. a reference number).
import { $ } from './dom.js';

/**
 * Asks the user to confirm. With {reason: true} a reason is required and returned; with
 * {value: {label, missing}} a one-line value is required and returned as the reason.
 * Resolves to {reason} when confirmed, or null when cancelled.
 */
export function confirmAction({ title, text, okLabel = '実行する', reason = false, value = null }) {
  const dialog = $('#confirm-dialog');
  const asked = reason
    ? { input: $('#reason-input'), error: $('#reason-error'), missing: '理由を入力してください' }
    : value ? { input: $('#value-input'), error: $('#value-error'), missing: value.missing } : null;
  $('#confirm-title').textContent = title;
  $('#confirm-text').textContent = text;
  $('#confirm-ok').textContent = okLabel;
  $('#reason-field').hidden = !reason;
  $('#value-field').hidden = !value;
  if (value) $('#value-label').textContent = value.label;
  for (const input of [$('#reason-input'), $('#value-input')]) {
    input.value = '';
    input.removeAttribute('aria-invalid');
  }
  $('#reason-error').textContent = '';
  $('#value-error').textContent = '';
  if (asked) {
    asked.input.oninput = () => {
      asked.input.removeAttribute('aria-invalid');
      asked.error.textContent = '';
    };
  }
  return new Promise((resolve) => {
    const form = $('#confirm-form');
    const cancel = $('#confirm-cancel');
    const finish = (result) => {
      form.removeEventListener('submit', onSubmit);
      cancel.removeEventListener('click', onCancel);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      resolve(result);
    };
    const onSubmit = (event) => {
      event.preventDefault();
      const text = asked ? asked.input.value.trim() : '';
      if (asked && !text) {
        asked.input.setAttribute('aria-invalid', 'true');
        asked.error.textContent = asked.missing;
        asked.input.focus();
        return;
      }
      finish({ reason: asked ? text : null });
    };
    const onCancel = (event) => {
      event.preventDefault();
      finish(null);
    };
    form.addEventListener('submit', onSubmit);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    (asked ? asked.input : $('#confirm-ok')).focus();
  });
}
