// The answer of a route's dry run (POST …/test): the record as the core system would get it, the
// reachability of its API, or the field order of the transcription sheet.
import { h } from './dom.js';
import { PATTERNS } from './labels.js';
import { sourceLabel } from './route-sources.js';

/** {@code config} is the configuration tried (its columns are listed with their sources' labels). */
export function testResult(definition, r, config) {
  return [
    h('h3', {}, `テストの結果（${PATTERNS[r.pattern] || r.pattern}）`),
    r.content !== undefined ? [rendered(r), columns(definition, config)] : null,
    r.reachable !== undefined ? reachability(r) : null,
    r.fieldOrder ? fieldOrder(definition, r.fieldOrder) : null,
  ];
}

function rendered(r) {
  return [
    h('dl', { class: 'values' },
      h('dt', {}, 'ファイル名'), h('dd', {}, r.fileName),
      h('dt', {}, '文字コード'), h('dd', {}, r.encoding === 'UTF_8' ? 'UTF-8' : r.encoding === 'CP932' ? 'Shift_JIS（CP932）' : r.encoding),
      h('dt', {}, '職員の確認'), h('dd', {}, r.needsClerkReview
        ? '必要（文字コードで表せない文字を〓に置き換えました）' : '不要')),
    h('h4', {}, '見本申請の出力内容'),
    h('pre', { class: 'code', id: 'test-content', tabindex: '0' }, r.content),
  ];
}

function columns(definition, config) {
  const list = (config && config.file && config.file.columns) || [];
  return list.length === 0 ? null : [
    h('h4', {}, '列と取得元'),
    h('ol', { id: 'test-columns' }, list.map((c) => h('li', {}, `${c.name}：${sourceLabel(definition, c.source)}`))),
  ];
}

function reachability(r) {
  return h('p', { class: `notice ${r.reachable ? 'ok' : 'error'}` },
    r.reachable ? `到達できます: ${r.url}` : `到達できません: ${r.url}（${r.detail || ''}）`);
}

function fieldOrder(definition, order) {
  return [
    h('h4', {}, '転記票の項目の順序'),
    order.length === 0 ? h('p', {}, '申請の定義の順序で印刷します。')
      : h('ol', { id: 'test-field-order' }, order.map((key) => h('li', {}, sourceLabel(definition, key)))),
  ];
}
