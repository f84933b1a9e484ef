// ポータルからの取得: the packages refused as unreadable (clerks), and 番号紐付情報, the table of
// signing certificates → 住民ID that identifies applicants (IT staff).
import { api } from './http.js';
import { h, clear, dateTime } from './dom.js';
import { field, table, errorNotice, okNotice } from './widgets.js';

export async function showPortalRefusals(main) {
  document.title = '窓口 — 読み取れなかったパッケージ';
  const { items } = await api('/api/v1/intake/portal-refusals?limit=500');
  clear(main,
    h('h2', {}, '読取不能パッケージ（ポータルから取得）'),
    h('p', {}, 'ポータルから取得したものの、パッケージとして読み取れず申請として登録できなかったものです（新しい順）。'
      + 'ポータルには受領通知とともに理由を伝え、状況照会でも受付エラーとして理由を返しています。申請者への連絡はポータル側で行ってください。'),
    items.length === 0
      ? h('p', { class: 'notice' }, '読み取れなかったパッケージはありません。')
      : table('refusals-table', '読み取れなかったパッケージの一覧', ['受付番号', '理由', '取得日時'],
        items.map((r) => h('tr', {},
          h('td', {}, r.receiptNumber),
          h('td', {}, r.reason),
          h('td', {}, dateTime(r.fetchedAt))))));
  main.focus();
}

export async function showResidentCertificates(main, note) {
  document.title = '窓口 — 番号紐付情報';
  const rows = await api('/api/v1/admin/resident-certificates');
  const message = h('div', { id: 'certificates-message', 'aria-live': 'polite' });
  const rerun = (text) => showResidentCertificates(main, text);
  clear(main,
    h('h2', {}, '番号紐付情報（署名用電子証明書 → 住民ID）'),
    h('p', {}, 'ポータルから取得した申請の電子署名の証明書（発行者とシリアル番号）から申請者の住民IDを特定します。'
      + '登録・変更は後から読む申請の詳細にも反映されます。'),
    message,
    entryForm(message, rerun),
    importForm(message, rerun),
    rows.length === 0
      ? h('p', { class: 'notice' }, '登録はありません。')
      : table('certificates-table', '番号紐付情報の一覧', ['発行者', 'シリアル番号（16進）', '住民ID', '更新者', '更新日時', '操作'],
        rows.map((r) => h('tr', {},
          h('td', {}, h('small', {}, r.issuer)),
          h('td', {}, h('code', {}, r.serial)),
          h('td', {}, r.residentId),
          h('td', {}, r.updatedBy || ''),
          h('td', {}, dateTime(r.updatedAt)),
          h('td', { class: 'row-actions' },
            h('button', { type: 'button', class: 'secondary', onclick: () => remove(r, message, rerun) }, '削除'))))));
  if (note) okNotice(message, note);
  main.focus();
}

function entryForm(message, rerun) {
  const form = h('form', { class: 'filters', 'aria-label': '1件を登録・更新' },
    field('certificate-issuer', '発行者（DN）', h('input', { name: 'issuer', required: true, size: 50, autocomplete: 'off' })),
    field('certificate-serial', 'シリアル番号（16進）', h('input', { name: 'serial', required: true, autocomplete: 'off' })),
    field('certificate-resident', '住民ID', h('input', { name: 'residentId', required: true, autocomplete: 'off' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, '登録・更新')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/api/v1/admin/resident-certificates', {
        method: 'PUT',
        body: { issuer: form.issuer.value, serial: form.serial.value, residentId: form.residentId.value },
      });
      rerun('登録しました。');
    } catch (e) {
      clear(message, errorNotice(e, form));
    }
  });
  return form;
}

function importForm(message, rerun) {
  const file = h('input', { type: 'file', name: 'csv', accept: '.csv,text/csv', required: true });
  const form = h('form', { class: 'filters', 'aria-label': 'CSV一括取込' },
    field('certificate-csv', 'CSV一括取込', file),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, '取り込む')),
    h('p', { class: 'hint' }, 'UTF-8、見出し行 issuer,serial,residentId（発行者DNは引用符で囲む）。1行でも誤りがあれば何も取り込みません。'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    try {
      const result = await api('/api/v1/admin/resident-certificates/import', {
        method: 'POST', text: await file.files[0].text(), contentType: 'text/csv; charset=UTF-8',
      });
      rerun(`${result.imported} 件を取り込みました。`);
    } catch (e) {
      clear(message, errorNotice(e));
    }
  });
  return form;
}

async function remove(row, message, rerun) {
  try {
    await api('/api/v1/admin/resident-certificates/remove', {
      method: 'POST', body: { issuer: row.issuer, serial: row.serial },
    });
    rerun(`住民ID ${row.residentId} の登録を削除しました。`);
  } catch (e) {
    clear(message, errorNotice(e));
  }
}
