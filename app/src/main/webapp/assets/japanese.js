// Dates and numbers as clerks read them: 和暦 with 西暦 (令和7年4月1日（2025-04-01）), one
// date-time style (令和7年4月1日 09:30), 郵便番号 100-0001 and 電話番号 with hyphens by the 総務省
// number plan. The browser's twin of forms/…/japanese (Era, WarekiDate, PostalCode, PhoneNumber).

/** The modern 元号 with Madoguchi's start dates (domain.md §5.8: 明治 from 1868-01-25). */
export const ERAS = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  { name: '明治', start: '1868-01-25' },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n) => String(n).padStart(2, '0');

/** '2025-04-01' → '令和7年4月1日'; null before 明治 or for anything that is not an ISO date. */
export function wareki(iso) {
  const match = ISO_DATE.exec(iso || '');
  if (!match) return null;
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return null;
  const year = Number(match[1]) - Number(era.start.slice(0, 4)) + 1;
  return `${era.name}${year === 1 ? '元' : year}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A date: '2025-04-01' → '令和7年4月1日（2025-04-01）'; other text is shown as it is. */
export function formatDate(iso) {
  if (!iso) return '';
  const text = String(iso);
  const era = wareki(text);
  return era ? `${era}（${text}）` : text;
}

/** A year and month: '2025-04' → '令和7年4月（2025-04）' (the era of the month's first day). */
export function formatYearMonth(text) {
  if (!/^\d{4}-\d{2}$/.test(text || '')) return text || '';
  const era = wareki(`${text}-01`);
  return era ? `${era.replace(/\d+日$/, '')}（${text}）` : text;
}

function local(iso) {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const localDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** An instant in local time: '2025-04-01T00:30:00Z' → '令和7年4月1日 09:30' (Asia/Tokyo). */
export function formatDateTime(iso) {
  const d = local(iso);
  if (!d) return iso || '';
  return `${wareki(localDate(d)) || localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The same with seconds, for the access log: '令和7年4月1日 09:30:15'. */
export function formatDateTimeSeconds(iso) {
  const d = local(iso);
  if (!d) return iso || '';
  return `${formatDateTime(iso)}:${pad(d.getSeconds())}`;
}

const digitsOf = (text) => String(text ?? '')
  .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  .replace(/\D/g, '');

/** 郵便番号: '1000001' → '100-0001'; anything else as it is. */
export function formatPostalCode(text) {
  const digits = digitsOf(text);
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : String(text ?? '');
}

// Numbers that are not area codes: mobile, IP, M2M (11 digits) and the 4-digit service prefixes.
const ELEVEN_DIGIT = [['0800', 4, 3], ['070', 3, 4], ['080', 3, 4], ['090', 3, 4], ['050', 3, 4], ['020', 3, 4]];
const SERVICE = [['0120', 4, 3], ['0570', 4, 3], ['0990', 4, 3]];
// 市外局番 of 2 digits (東京 03, 大阪 06) and of 4 digits for some cities (0AB-CD-FGHJ); every other
// fixed number gets the common 3-digit 市外局番 shape 0AB-CDE-FGHJ, right for 011 札幌, 022 仙台,
// 045 横浜, 052 名古屋, 075 京都, 078 神戸, 082 広島, 092 福岡 and the other larger cities.
const TWO_DIGIT_AREAS = ['03', '06'];
const FOUR_DIGIT_AREAS = ['0263', '0422', '0466', '0467', '0776', '0852', '0857', '0952', '0985'];

/** 電話番号 with hyphens: 09012345678 → 090-1234-5678, 0312345678 → 03-1234-5678. */
export function formatPhoneNumber(text) {
  let digits = digitsOf(text);
  if (String(text ?? '').trim().startsWith('+81')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
  const split = (a, b) => `${digits.slice(0, a)}-${digits.slice(a, a + b)}-${digits.slice(a + b)}`;
  if (!digits.startsWith('0')) return String(text ?? '');
  if (digits.length === 11) {
    const rule = ELEVEN_DIGIT.find(([prefix]) => digits.startsWith(prefix));
    return rule ? split(rule[1], rule[2]) : String(text);
  }
  if (digits.length !== 10) return String(text ?? '');
  const service = SERVICE.find(([prefix]) => digits.startsWith(prefix));
  if (service) return split(service[1], service[2]);
  if (TWO_DIGIT_AREAS.includes(digits.slice(0, 2))) return split(2, 4);
  if (FOUR_DIGIT_AREAS.includes(digits.slice(0, 4))) return split(4, 2);
  return split(3, 3);
}
