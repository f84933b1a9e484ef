// The confirmation dialog (<dialog>, keyboard operable: Esc cancels, focus stays inside), with an
// optional required reason.
import { $ } from './dom.js';

/**
 * Asks the user to confirm. With {reason: true} a reason is required and returned.
 * Resolves to {reason} when confirmed, or null when cancelled.
 */
export function confirmAction({ title, text, okLabel = '実行する', reason = false }) {
  const dialog = $('#confirm-dialog');
  const input = $('#reason-input');
  const error = $('#reason-error');
  $('#confirm-title').textContent = title;
  $('#confirm-text').textContent = text;
  $('#confirm-ok').textContent = okLabel;
  $('#reason-field').hidden = !reason;
  input.value = '';
  input.removeAttribute('aria-invalid');
  error.textContent = '';
  input.oninput = () => {
    input.removeAttribute('aria-invalid');
    error.textContent = '';
  };
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
      const text = input.value.trim();
      if (reason && !text) {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = '理由を入力してください';
        input.focus();
        return;
      }
      finish({ reason: reason ? text : null });
    };
    const onCancel = (event) => {
      event.preventDefault();
      finish(null);
    };
    form.addEventListener('submit', onSubmit);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    (reason ? input : $('#confirm-ok')).focus();
  });
}
