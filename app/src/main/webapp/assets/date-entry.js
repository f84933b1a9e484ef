// 年・月・日 entry as on the paper forms (デジタル庁デザインシステム): 元号 (令和…明治, or 西暦) + 年 +
// 月 (+ 日). The value handed to the API is the ISO date ('1970-09-09', or '2025-04' for a year and
// month); a combination that is no date of that era (平成35年) is handed on as written ('平成35年1月1日'),
// so that the server refuses it with its own message next to the field.
import { h } from './dom.js';
import { ERAS } from './japanese.js';

const SEIREKI = '西暦';
const pad = (n) => String(n).padStart(2, '0');
const number = (input) => input.value.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** {era, year, month, day} of an ISO value, in the era of that day ('' parts when there is none). */
function partsOf(iso, withDay) {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso || '');
  if (!match) return { era: '', year: '', month: '', day: '' };
  const day = withDay ? match[3] : '01';
  const era = ERAS.find((e) => `${match[1]}-${match[2]}-${day}` >= e.start);
  const year = era ? Number(match[1]) - Number(era.start.slice(0, 4)) + 1 : Number(match[1]);
  return { era: era ? era.name : SEIREKI, year: String(year), month: String(Number(match[2])), day: withDay ? String(Number(day)) : '' };
}

/** The ISO value of the parts, the parts as written when they are no date of the era, or undefined. */
function valueOf({ era: chosen, year, month, day }, withDay) {
  if (!year && !month && !day) return undefined;
  const era = !chosen && /^\d{4}$/.test(year) ? SEIREKI : chosen;
  const written = `${era === SEIREKI ? '' : era}${year}年${month}月${withDay ? `${day}日` : ''}`;
  const known = ERAS.find((e) => e.name === era);
  if (!/^\d{1,4}$/.test(year) || !/^\d{1,2}$/.test(month) || (withDay && !/^\d{1,2}$/.test(day)) || (!known && era !== SEIREKI)) {
    return written;
  }
  const western = known ? Number(known.start.slice(0, 4)) + Number(year) - 1 : Number(year);
  const iso = `${String(western).padStart(4, '0')}-${pad(month)}${withDay ? `-${pad(day)}` : ''}`;
  const date = new Date(`${withDay ? iso : `${iso}-01`}T00:00:00Z`);
  const real = !Number.isNaN(date.getTime()) && date.toISOString().startsWith(withDay ? iso : `${iso}-01`);
  if (!real || !known) return real ? iso : written;
  const next = ERAS[ERAS.indexOf(known) - 1];
  const first = withDay ? iso : `${iso}-01`;
  const inEra = (withDay ? iso >= known.start : `${iso}-31` >= known.start) && (!next || first < next.start);
  return inEra ? iso : written;
}

/**
 * A fieldset with its legend (the field's label): 元号 select, 年, 月 and, unless yearMonth, 日.
 * Returns {el, focusId, get()}; every control carries name=path so that errors can mark them.
 */
export function dateEntry({ id, path, legend, value, yearMonth = false, describedBy }) {
  const withDay = !yearMonth;
  const parts = partsOf(value, withDay);
  const common = { name: path, 'aria-describedby': describedBy };
  const era = h('select', { ...common, id: `${id}-era`, class: 'era' },
    h('option', { value: '' }, '元号'),
    [...ERAS.map((e) => e.name), SEIREKI].map((name) => h('option', { value: name, selected: parts.era === name }, name)));
  const box = (part, label, max, css = '') => {
    const input = h('input', { ...common, id: `${id}-${part}`, class: css, inputmode: 'numeric', maxlength: max,
      autocomplete: 'off', value: parts[part] });
    return { input, el: [input, h('label', { for: `${id}-${part}` }, label)] };
  };
  const year = box('year', '年', 4, 'year');
  const month = box('month', '月', 2);
  const day = withDay ? box('day', '日', 2) : null;
  const el = h('fieldset', { id, class: 'date-entry', 'aria-describedby': describedBy },
    legend,
    h('div', { class: 'date-parts' },
      h('label', { for: `${id}-era`, class: 'visually-hidden' }, '元号'), era,
      year.el, month.el, day ? day.el : null));
  return {
    el,
    focusId: `${id}-era`,
    get: () => valueOf({
      era: era.value, year: number(year.input), month: number(month.input), day: day ? number(day.input) : '',
    }, withDay),
  };
}
