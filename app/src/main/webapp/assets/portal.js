// 検証用ポータル: the procedure list and a generic form for any procedure, submitted through
// POST /api/v1/applications as the portal system account.
import { api, post } from './http.js';
import { h, clear, $ } from './dom.js';
import { buildForm } from './form-builder.js';
import { credentialsFieldset, portalAuthorization, remember, newReceiptNumber, showFailure } from './portal-common.js';

const main = $('#main');

async function showList() {
  const procedures = await api('/api/v1/procedures');
  const categories = [...new Set(procedures.map((p) => p.category))];
  clear(main,
    h('h2', {}, '申請する手続を選んでください'),
    categories.map((category) => h('section', {},
      h('h3', {}, category),
      h('ul', {}, procedures.filter((p) => p.category === category).map((p) =>
        h('li', {}, h('a', { href: `?procedure=${encodeURIComponent(p.code)}` }, `${p.code}　${p.name}`)))))));
}

async function showForm(code) {
  const definition = await api(`/api/v1/procedures/${encodeURIComponent(code)}`);
  document.title = `検証用ポータル（テスト用）— ${definition.name}`;
  const built = buildForm(definition, null);
  const result = h('div', { id: 'submit-result', 'aria-live': 'polite' });
  const municipality = h('input', { id: 'municipality-code', value: '131016', inputmode: 'numeric' });
  const form = h('form', { novalidate: true },
    credentialsFieldset(),
    h('div', { class: 'field' }, h('label', { for: 'municipality-code' }, '地方公共団体コード'), municipality),
    built.el,
    h('button', { type: 'submit', id: 'submit-application' }, '申請を送信する'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      receiptNumber: newReceiptNumber(), procedureCode: definition.code,
      submittedAt: new Date().toISOString(), municipalityCode: municipality.value.trim(),
      ...(await built.collect()),
    };
    try {
      const receipt = await post('/api/v1/applications', body, portalAuthorization());
      built.showErrors([]);
      remember(body);
      clear(result, h('div', { class: 'notice ok', role: 'status' },
        h('strong', {}, '申請を受け付けました。'),
        h('p', {}, '受付番号: ', h('span', { id: 'receipt-number' }, receipt.receiptNumber), `（状態: ${receipt.portalStatus}）`),
        h('a', { href: `portal-status.html?receipt=${encodeURIComponent(receipt.receiptNumber)}` }, '申請状況を見る')));
      result.scrollIntoView({ block: 'start' });
    } catch (e) {
      showFailure(result, e, built);
    }
  });
  clear(main,
    h('p', {}, h('a', { href: 'portal.html' }, '← 手続の一覧に戻る')),
    h('h2', {}, `${definition.code}　${definition.name}`),
    result,
    form);
}

const code = new URLSearchParams(location.search).get('procedure');
(code ? showForm(code) : showList()).catch((e) =>
  clear(main, h('div', { class: 'notice error', role: 'alert' }, e.message)));
