// The columns of a route's file (or of its transcription sheet): 列名, 取得元 chosen from the
// definition's fields by their Japanese labels, 変換 and (固定長 only) 桁数; 追加, 上へ, 下へ, 削除.
import { h } from './dom.js';
import { choice, field, number, text } from './route-controls.js';
import { sourceGroups, sourceLabel } from './route-sources.js';

export const KINDS = [
  ['TEXT', '文字（そのまま）'],
  ['KANA_HALF_WIDTH', '半角カナ'],
  ['DATE', '日付（日付表記に従う）'],
  ['YEN', '金額（円）'],
  ['DIGITS', '数字のみ'],
];

/** The 取得元 <select>: grouped by where the value comes from, a saved unknown path kept. */
function sourceSelect(definition, groups, value, onChange) {
  const known = groups.some((g) => g.options.some(([p]) => p === value));
  return h('select', { onchange: (e) => onChange(e.target.value) },
    h('option', { value: '', selected: !value }, '選んでください'),
    !value || known ? null : h('option', { value, selected: true }, `${sourceLabel(definition, value)}（${value}）`),
    groups.map((g) => h('optgroup', { label: g.label },
      g.options.map(([p, label]) => h('option', { value: p, selected: p === value }, label)))));
}

/**
 * The column list of {@code file} (its {@code columns} array is edited in place); {@code rerender}
 * draws the form again after a structural change and focuses the element with the given id.
 */
export function columnsEditor(file, definition, registry, rerender) {
  const groups = sourceGroups(definition);
  const columns = file.columns;
  const move = (i, to, focus) => {
    const [column] = columns.splice(i, 1);
    columns.splice(to, 0, column);
    rerender(focus(to));
  };
  const rows = columns.map((column, i) => {
    const n = i + 1;
    const id = (part) => `rf-col-${i}-${part}`;
    const pointer = (part) => `file.columns[${i}].${part}`;
    const name = text(column.name, (v) => { column.name = v; });
    const source = sourceSelect(definition, groups, column.source, (v) => {
      const option = groups.flatMap((g) => g.options).find(([p]) => p === v);
      column.source = v || undefined;
      if (option && !name.value) {
        column.name = option[1].split(' › ').pop();
        name.value = column.name;
      }
      if (option) column.kind = option[2];
      kind.value = column.kind || 'TEXT';
    });
    const kind = choice(KINDS, column.kind || 'TEXT', (v) => { column.kind = v; });
    const width = number(column.width, (v) => { column.width = v === null ? undefined : v; }, { min: '1' });
    return h('li', { class: 'route-column', 'aria-labelledby': id('title') },
      h('div', { class: 'row-head' },
        h('h5', { id: id('title') }, `列 ${n}`, column.name ? `：${column.name}` : ''),
        h('div', { class: 'row-buttons', role: 'group', 'aria-label': `列 ${n} の操作` },
          h('button', {
            type: 'button', class: 'secondary', id: id('up'), disabled: i === 0,
            'aria-label': `列 ${n} を上へ`, onclick: () => move(i, i - 1, (to) => `rf-col-${to}-up`),
          }, '上へ'),
          h('button', {
            type: 'button', class: 'secondary', id: id('down'), disabled: i === columns.length - 1,
            'aria-label': `列 ${n} を下へ`, onclick: () => move(i, i + 1, (to) => `rf-col-${to}-down`),
          }, '下へ'),
          h('button', {
            type: 'button', class: 'secondary danger-text', id: id('remove'), 'aria-label': `列 ${n} を削除`,
            onclick: () => { columns.splice(i, 1); rerender(columns.length ? `rf-col-${Math.min(i, columns.length - 1)}-name` : 'rf-col-add'); },
          }, '削除'))),
      h('div', { class: 'form-grid' },
        field(registry, pointer('source'), id('source'), `列 ${n} の取得元`, source),
        field(registry, pointer('name'), id('name'), `列 ${n} の列名`, name),
        field(registry, pointer('kind'), id('kind'), `列 ${n} の変換`, kind),
        file.format === 'FIXED' ? field(registry, pointer('width'), id('width'), `列 ${n} の桁数（バイト）`, width) : null));
  });
  const add = h('button', {
    type: 'button', class: 'secondary', id: 'rf-col-add',
    onclick: () => { columns.push({ name: '', kind: 'TEXT' }); rerender(`rf-col-${columns.length - 1}-source`); },
  }, '列を追加');
  const slot = registry.add('file.columns', add, '列');
  return h('fieldset', { id: 'rf-columns' },
    h('legend', {}, `列（${columns.length}列）`),
    h('p', { class: 'help' }, '出力する順に並べます。取得元は申請様式の項目から選びます。'),
    columns.length ? h('ol', { class: 'route-columns' }, rows) : h('p', {}, '列がありません。'),
    add, slot);
}
