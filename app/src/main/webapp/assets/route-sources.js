// Where a route's column can take its value from, as people read it: the delivery's own values
// (受付番号 …), the applicant's and the form's fields with the definition's Japanese labels, and the
// 被害の程度 of DIS-01. Paths are the API's ('form.children[0].birthDate').
import { fieldAt } from './values.js';

const ENVELOPE = [
  ['receiptNumber', '受付番号'],
  ['procedureCode', '手続コード'],
  ['definitionVersion', '申請様式の版'],
  ['deliveryId', '連携の識別番号'],
];

const DAMAGE = [
  ['damage.grade', '被害の程度（区分）'],
  ['damage.label', '被害の程度（名称）'],
  ['damage.ratioPercent', '損害割合（％）'],
];

/** Repeated groups offer their first items; a saved path beyond them is still offered. */
const GROUP_ITEMS = 5;

/** How a field's value is converted by default (the column's 変換). */
const KIND_BY_TYPE = { date: 'DATE', yyyymm: 'DATE', yen: 'YEN', digits: 'DIGITS', accountNumber: 'DIGITS' };

function walk(fields, prefix, out) {
  for (const f of fields || []) {
    const path = `${prefix}.${f.key}`;
    if (f.type === 'object') {
      walk(f.fields, path, out);
    } else if (f.type === 'group') {
      const items = Math.min((f.constraints && f.constraints.maxItems) || GROUP_ITEMS, GROUP_ITEMS);
      for (let i = 0; i < items; i += 1) walk(f.fields, `${path}[${i}]`, out);
    } else {
      out.push(path);
    }
  }
  return out;
}

/** [{label, options: [[path, label, kind]]}] for a <select> with <optgroup>s. */
export function sourceGroups(definition) {
  const labelled = (paths) => paths.map((p) => {
    const { label, field } = fieldAt(definition, p);
    return [p, label, (field && KIND_BY_TYPE[field.type]) || 'TEXT'];
  });
  const groups = [
    { label: '申請の情報', options: ENVELOPE.map(([p, label]) => [p, label, 'TEXT']) },
    { label: '申請者', options: labelled(walk((definition.applicant || {}).fields, 'applicant', [])) },
    { label: '申請内容', options: labelled(walk(definition.fields, 'form', [])) },
  ];
  if (definition.code === 'DIS-01') {
    groups.push({ label: '被害の程度（職員が設定）', options: DAMAGE.map(([p, label]) => [p, label, 'TEXT']) });
  }
  return groups;
}

/** A source path as people read it: '申請者 › 氏名', '児童 1人目 › 生年月日', '受付番号'. */
export function sourceLabel(definition, path) {
  const fixed = [...ENVELOPE, ...DAMAGE].find(([p]) => p === path);
  if (fixed) return fixed[1];
  return fieldAt(definition, String(path).replace(/\[\]/g, '')).label;
}
