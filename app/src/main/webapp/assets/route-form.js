// 連携設定 as a form: 連携方式, 契機, 有効, 個人番号, the file (文字コード, 形式, 日付表記, 列 …), the
// API (送信先, ヘッダー) and 再送設定. It edits the draft in place (the same object the JSON view
// shows); settings of another 連携方式 are set aside while that one is chosen, not lost.
import { h } from './dom.js';
import { PATTERNS, TRIGGERS } from './labels.js';
import { checkbox, choice, field, number, text } from './route-controls.js';
import { columnsEditor } from './route-columns.js';

const ENCODINGS = [['CP932', 'Shift_JIS（CP932）'], ['UTF-8', 'UTF-8']];
const FORMATS = [['CSV', 'CSV（カンマ区切り）'], ['FIXED', '固定長']];
const DATE_STYLES = [['ISO', '西暦（2025-04-01）'], ['WAREKI', '和暦（5070401）']];
const MASK = '********';
const DEFAULT_RETRY = { maxAttempts: 8, initialDelayMs: 30000, maxDelayMs: 3600000 };

const usesFile = (pattern) => pattern === 'FILE_EXPORT' || pattern === 'BATCH';
const entries = (object) => Object.entries(object).map(([name, value]) => ({ name, value }));

/** The draft with the settings its 連携方式 needs (others set aside in {@code editing.aside}). */
function choosePattern(editing, pattern) {
  const { draft, aside } = editing;
  draft.pattern = pattern;
  if (pattern === 'DIRECT_API') {
    if (draft.file) [aside.file, draft.file] = [draft.file, undefined];
    draft.api = draft.api || aside.api || { url: '', headers: {} };
  } else {
    if (draft.api) [aside.api, draft.api] = [draft.api, undefined];
    if (usesFile(pattern)) {
      draft.file = draft.file || aside.file || { encoding: 'CP932', format: 'CSV', dateStyle: 'ISO', header: true, columns: [] };
    }
  }
}

/**
 * The whole form for {@code editing.draft}; controls are registered in {@code registry};
 * {@code rerender(focusId)} draws it again after a change of its structure.
 */
export function routeForm(editing, definition, myNumberUse, registry, rerender) {
  const { draft } = editing;
  draft.retry = draft.retry || { ...DEFAULT_RETRY };
  return h('div', { class: 'route-form' },
    basics(editing, myNumberUse, registry, rerender),
    draft.file || draft.pattern === 'MANUAL' ? fileSettings(draft, definition, registry, rerender) : null,
    draft.api ? apiSettings(draft.api, registry, rerender) : null,
    retrySettings(draft.retry, registry));
}

function basics(editing, myNumberUse, registry, rerender) {
  const { draft } = editing;
  const pattern = choice(Object.entries(PATTERNS), draft.pattern, (v) => { choosePattern(editing, v); rerender('rf-pattern'); });
  const trigger = choice(Object.entries(TRIGGERS), draft.trigger || 'ON_ACCEPT', (v) => { draft.trigger = v; });
  const patterns = h('ul', { class: 'help', id: 'rf-pattern-help' },
    h('li', {}, '職員による転記: 職員が転記票を見て基幹システムに入力します。'),
    h('li', {}, '単件ファイル取込: 申請ごとにファイルを出力します。'),
    h('li', {}, '一括取込: 基幹システムの取込処理がまとめて取得します。'),
    h('li', {}, 'API連携: 基幹システムのAPIに送信します。'));
  pattern.setAttribute('aria-describedby', patterns.id);
  return h('fieldset', {},
    h('legend', {}, '基本設定'),
    h('div', { class: 'form-grid' },
      field(registry, 'pattern', 'rf-pattern', '連携方式', pattern),
      field(registry, 'trigger', 'rf-trigger', '連携の契機', trigger)),
    patterns,
    checkbox(registry, 'enabled', 'rf-enabled', 'この連携を有効にする', draft.enabled, (v) => { draft.enabled = v; },
      '無効にすると、新しい申請は連携されません。'),
    myNumberUse || draft.includeMyNumber
      ? checkbox(registry, 'includeMyNumber', 'rf-include-my-number', '個人番号を連携する', draft.includeMyNumber,
        (v) => { draft.includeMyNumber = v; }, '個人番号利用事務の手続だけで選べます。個人番号の列やAPIの送信内容に個人番号を含めます。')
      : h('p', { class: 'help', id: 'rf-no-my-number' }, 'この手続は個人番号利用事務ではないため、個人番号は連携しません。'));
}

function fileSettings(draft, definition, registry, rerender) {
  if (!draft.file) {
    return h('fieldset', {}, h('legend', {}, '転記票の項目の順序'),
      h('p', {}, '申請様式の順序で転記票を印刷します。'),
      h('button', {
        type: 'button', class: 'secondary', id: 'rf-file-add',
        onclick: () => { draft.file = { encoding: 'CP932', format: 'CSV', dateStyle: 'ISO', header: true, columns: [] }; rerender('rf-col-add'); },
      }, '列で順序を指定する'));
  }
  const file = draft.file;
  file.columns = file.columns || [];
  const exporting = draft.pattern === 'FILE_EXPORT';
  if (draft.pattern === 'MANUAL') {
    return h('fieldset', {}, h('legend', {}, '転記票の項目の順序'),
      h('p', { class: 'help' }, '転記票は次の列の順序で印刷します（基幹システムの入力順）。'),
      columnsEditor(file, definition, registry, rerender));
  }
  const set = (key) => (v) => { file[key] = v === '' ? undefined : v; };
  return h('fieldset', { id: 'rf-file' },
    h('legend', {}, 'ファイル設定'),
    exporting ? field(registry, 'file.directory', 'rf-file-directory', '出力先ディレクトリ', text(file.directory, set('directory')),
      '連携の出力ルートの下のディレクトリ。相対パスは最初の出力ルートからの位置です。') : null,
    h('div', { class: 'form-grid' },
      field(registry, 'file.encoding', 'rf-file-encoding', '文字コード', choice(ENCODINGS, file.encoding || 'CP932', set('encoding'))),
      field(registry, 'file.format', 'rf-file-format', '形式', choice(FORMATS, file.format || 'CSV', (v) => { file.format = v; rerender('rf-file-format'); })),
      field(registry, 'file.dateStyle', 'rf-file-date-style', '日付表記', choice(DATE_STYLES, file.dateStyle || 'ISO', set('dateStyle')),
        '和暦は元号の番号（令和は5）と年月日の7桁')),
    checkbox(registry, 'file.header', 'rf-file-header', '1行目に列名（見出し行）を出力する', file.header, set('header')),
    checkbox(registry, 'file.strictJisX0208', 'rf-file-strict', '髙・﨑 などの拡張文字も外字として扱う', file.strictJisX0208, set('strictJisX0208'),
      '外字を含む申請は、職員の確認が必要として出力されます。'),
    exporting ? h('div', { class: 'form-grid' },
      field(registry, 'file.mode', 'rf-file-mode', 'ファイルのモード（8進数）', text(file.mode, set('mode'), { inputmode: 'numeric' }),
        '例: 0640（作成者は読み書き、グループは読み取りのみ、他は不可）'),
      field(registry, 'file.group', 'rf-file-group', 'ファイルのグループ', text(file.group, set('group')),
        '取込処理のOSアカウントが属するグループ。空欄なら指定しません。')) : null,
    columnsEditor(file, definition, registry, rerender));
}

/** Header rows as edited (names may be empty or repeated while typing), kept per API object. */
const headerRows = new WeakMap();

function apiSettings(api, registry, rerender) {
  const rows = headerRows.get(api) || entries(api.headers || {});
  headerRows.set(api, rows);
  const write = () => { api.headers = Object.fromEntries(rows.filter((r) => r.name).map((r) => [r.name, r.value])); };
  const items = rows.map((row, i) => {
    const secret = row.value === MASK || /^(authorization|x-api-key)$/i.test(row.name);
    const name = text(row.name, (v) => { row.name = v.trim(); write(); });
    const value = text(row.value, (v) => { row.value = v; write(); }, secret ? { type: 'password' } : {});
    return h('li', { class: 'route-header' },
      h('div', { class: 'form-grid' },
        field(registry, `api.headers.${row.name}`, `rf-header-${i}-name`, `ヘッダー ${i + 1} の名前`, name),
        field(registry, `api.headers.${row.name}.value`, `rf-header-${i}-value`, `ヘッダー ${i + 1} の値`, value,
          row.value === MASK ? '******** は保存済みの値です。そのままなら保存済みの値を使い、入力し直すと新しい値になります。' : null)),
      h('button', {
        type: 'button', class: 'secondary', 'aria-label': `ヘッダー ${i + 1} を削除`,
        onclick: () => { rows.splice(i, 1); write(); rerender('rf-header-add'); },
      }, '削除'));
  });
  const add = h('button', {
    type: 'button', class: 'secondary', id: 'rf-header-add',
    onclick: () => { rows.push({ name: '', value: '' }); rerender(`rf-header-${rows.length - 1}-name`); },
  }, 'ヘッダーを追加');
  const setNumber = (key) => (v) => { api[key] = v; };
  return h('fieldset', { id: 'rf-api' },
    h('legend', {}, 'API連携の設定'),
    field(registry, 'api.url', 'rf-api-url', 'API先（URL）', text(api.url, (v) => { api.url = v; }, { type: 'url', inputmode: 'url' }),
      '基幹システムの受付APIのURL（http または https）'),
    h('div', { class: 'form-grid' },
      field(registry, 'api.timeoutMs', 'rf-api-timeout', 'タイムアウト（ミリ秒）', number(api.timeoutMs, setNumber('timeoutMs'), { min: '1' })),
      field(registry, 'api.maxPerSecond', 'rf-api-rate', '1秒あたりの送信の上限', number(api.maxPerSecond, setNumber('maxPerSecond'), { min: '0' }),
        '0 は上限なし')),
    h('fieldset', {},
      h('legend', {}, 'ヘッダー'),
      h('p', { class: 'help' }, 'APIキーなどの秘密の値は保存後 ******** と表示され、画面には戻りません。'),
      rows.length ? h('ul', { class: 'route-headers' }, items) : null,
      add, registry.add('api.headers', add, 'ヘッダー')));
}

function retrySettings(retry, registry) {
  const seconds = (key, label, help) => field(registry, `retry.${key}`, `rf-retry-${key}`, label,
    number(retry[key] === undefined || retry[key] === null ? null : retry[key] / 1000,
      (v) => { retry[key] = v === null ? null : Math.round(v * 1000); }, { min: '0.001', step: 'any', inputmode: 'decimal' }), help);
  return h('fieldset', { id: 'rf-retry' },
    h('legend', {}, '再送設定'),
    h('p', { class: 'help' }, '送信に失敗したときの再試行です。間隔は初回から倍々に延び、最大の間隔で止まります。試行し尽くすと停止中になります。'),
    h('div', { class: 'form-grid' },
      field(registry, 'retry.maxAttempts', 'rf-retry-maxAttempts', '最大試行回数',
        number(retry.maxAttempts, (v) => { retry.maxAttempts = v; }, { min: '1', max: '100' }), '1〜100回'),
      seconds('initialDelayMs', '初回の再試行間隔（秒）'),
      seconds('maxDelayMs', '最大の再試行間隔（秒）', '24時間（86400秒）まで')));
}
