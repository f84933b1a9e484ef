// The answer of a route's dry run (POST …/test): the record as the core system would get it, the
// reachability of its API, or the field order of the transcription sheet.
import { h } from './dom.js';
import { PATTERNS } from './labels.js';

export function testResult(definition, r) {
  return [
    h('h3', {}, `テストの結果（${PATTERNS[r.pattern] || r.pattern}）`),
    r.content !== undefined ? rendered(r) : null,
    r.reachable !== undefined ? reachability(r) : null,
    r.fieldOrder ? fieldOrder(definition, r.fieldOrder) : null,
  ];
}

function rendered(r) {
  return [
    h('dl', { class: 'values' },
      h('dt', {}, 'ファイル名'), h('dd', {}, r.fileName),
      h('dt', {}, '文字コード'), h('dd', {}, r.encoding),
      h('dt', {}, '職員の確認'), h('dd', {}, r.needsClerkReview
        ? '必要（文字コードで表せない文字を〓に置き換えました）' : '不要')),
    h('h4', {}, '見本申請の出力内容'),
    h('pre', { class: 'code', id: 'test-content', tabindex: '0' }, r.content),
  ];
}

function reachability(r) {
  return h('p', { class: `notice ${r.reachable ? 'ok' : 'error'}` },
    r.reachable ? `到達できます: ${r.url}` : `到達できません: ${r.url}（${r.detail || ''}）`);
}

/** 'form.household[].name' → the labels along the path in the definition: 世帯員 › 氏名. */
function labelFor(definition, key) {
  const [root, ...parts] = key.replace(/\[\]/g, '').split('.');
  let fields = root === 'applicant' ? (definition.applicant || {}).fields : definition.fields;
  const labels = [];
  for (const part of parts) {
    const found = (fields || []).find((f) => f.key === part);
    if (!found) return root === 'applicant' ? `申請者 › ${part}` : part;
    labels.push(found.label);
    fields = found.fields;
  }
  return `${root === 'applicant' ? '申請者 › ' : ''}${labels.join(' › ')}`;
}

function fieldOrder(definition, order) {
  return [
    h('h4', {}, '転記票の項目の順序'),
    order.length === 0 ? h('p', {}, '申請の定義の順序で印刷します。')
      : h('ol', { id: 'test-field-order' }, order.map((key) => h('li', {}, labelFor(definition, key), ' ', h('small', {}, h('code', {}, key))))),
  ];
}
