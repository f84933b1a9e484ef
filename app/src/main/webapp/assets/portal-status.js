// 申請状況: the portal status of a receipt number (処理中 / 要訂正 / 受付エラー / 完了 with its
// message) and, when 要訂正, the corrected application sent as a resubmission.
import { api, post } from './http.js';
import { h, clear, $, dateTime } from './dom.js';
import { buildForm } from './form-builder.js';
import { credentialsFieldset, portalAuthorization, recall, remember, showFailure } from './portal-common.js';

const main = $('#main');
const result = h('div', { id: 'status-result', 'aria-live': 'polite' });
const receiptInput = h('input', { id: 'status-receipt', name: 'receipt', required: true, autocomplete: 'off' });

async function lookUp() {
  const receipt = receiptInput.value.trim();
  if (!receipt) return;
  history.replaceState(null, '', `?receipt=${encodeURIComponent(receipt)}`);
  try {
    const status = await api(`/api/v1/applications/${encodeURIComponent(receipt)}/status`, { headers: portalAuthorization() });
    clear(result,
      h('h3', {}, '照会結果'),
      h('dl', { class: 'values' },
        h('dt', {}, '受付番号'), h('dd', {}, status.receiptNumber),
        h('dt', {}, '状況'), h('dd', {}, h('strong', { id: 'portal-status' }, status.portalStatus)),
        h('dt', {}, 'お知らせ'), h('dd', { id: 'portal-message' }, status.message || 'なし'),
        h('dt', {}, '更新日時'), h('dd', {}, dateTime(status.updatedAt))),
      status.portalStatus === '要訂正' ? await resubmission(receipt) : null);
  } catch (e) {
    showFailure(result, e, null);
  }
}

async function resubmission(receipt) {
  const earlier = recall(receipt);
  const section = h('section', { 'aria-labelledby': 'resubmit-title' }, h('h3', { id: 'resubmit-title' }, '訂正して再提出'));
  if (!earlier) {
    section.append(h('p', { class: 'notice' },
      'このブラウザーに申請内容の控えがないため、訂正フォームを表示できません。申請したブラウザーで開いてください。'));
    return section;
  }
  const definition = await api(`/api/v1/procedures/${encodeURIComponent(earlier.procedureCode)}`);
  const built = buildForm(definition, earlier);
  const outcome = h('div', { id: 'resubmit-result', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true }, built.el, h('button', { type: 'submit', id: 'resubmit' }, '訂正した内容で再提出する'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { ...earlier, submittedAt: new Date().toISOString(), ...(await built.collect()) };
    try {
      await post(`/api/v1/applications/${encodeURIComponent(receipt)}/resubmission`, body, portalAuthorization());
      remember(body);
      await lookUp();
      result.prepend(h('div', { class: 'notice ok', role: 'status', id: 'resubmitted' }, '再提出しました。'));
    } catch (e) {
      showFailure(outcome, e, built);
    }
  });
  section.append(h('p', {}, '窓口からの依頼内容（上の「お知らせ」）を確認し、該当する項目を訂正してください。'), outcome, form);
  return section;
}

const lookUpForm = h('form', { role: 'search' },
  h('div', { class: 'field' }, h('label', { for: 'status-receipt' }, '受付番号'), receiptInput),
  h('button', { type: 'submit', id: 'look-up' }, '照会する'));
lookUpForm.addEventListener('submit', (event) => {
  event.preventDefault();
  lookUp();
});
clear(main, h('h2', {}, '申請状況の照会'), credentialsFieldset(), lookUpForm, result);
const fromUrl = new URLSearchParams(location.search).get('receipt');
if (fromUrl) {
  receiptInput.value = fromUrl;
  lookUp();
}
