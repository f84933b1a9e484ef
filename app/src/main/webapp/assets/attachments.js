// 添付ファイル: download links (the API answers with Content-Disposition: attachment) and an
// inline preview of images and PDFs from a blob, so nothing is framed from the API itself.
import { h, clear } from './dom.js';

const PREVIEWABLE = ['image/jpeg', 'image/png', 'application/pdf'];

export function attachmentList(app, definition) {
  if (app.attachments.length === 0) return h('p', {}, '添付ファイルはありません。');
  const kinds = Object.fromEntries((definition.attachments || []).map((a) => [a.key, a.label]));
  const preview = h('div', { class: 'preview', 'aria-live': 'polite' });
  let shownUrl = null;
  const show = async (attachment) => {
    const response = await fetch(url(app, attachment), { credentials: 'same-origin' });
    if (!response.ok) {
      clear(preview, h('p', { class: 'error' }, `プレビューできませんでした（HTTP ${response.status}）`));
      return;
    }
    const blob = new Blob([await response.arrayBuffer()], { type: attachment.mediaType });
    if (shownUrl) URL.revokeObjectURL(shownUrl);
    shownUrl = URL.createObjectURL(blob);
    clear(preview, h('h4', {}, `プレビュー: ${attachment.name}`),
      attachment.mediaType === 'application/pdf'
        ? h('iframe', { src: shownUrl, title: `PDFプレビュー: ${attachment.name}` })
        : h('img', { src: shownUrl, alt: `添付画像: ${attachment.name}` }));
  };
  return [
    h('div', { class: 'table-wrap' }, h('table', { id: 'attachments-table' },
      h('thead', {}, h('tr', {}, ['種類', 'ファイル名', '形式', 'サイズ', '無害化で除去', '原本SHA-256', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, app.attachments.map((a) => h('tr', {},
        h('td', {}, kinds[a.kind] || a.kind || ''),
        h('td', {}, a.name),
        h('td', {}, a.mediaType),
        h('td', {}, `${Math.ceil(a.size / 1024)} KB`),
        h('td', {}, (a.removed || []).length ? a.removed.join('、') : 'なし'),
        h('td', { class: 'hash' }, h('code', { title: a.sha256 }, (a.sha256 || '').slice(0, 16) + '…')),
        h('td', {},
          h('a', { href: url(app, a), download: a.name }, 'ダウンロード'),
          PREVIEWABLE.includes(a.mediaType)
            ? [' ', h('button', { type: 'button', class: 'link', onclick: () => show(a) }, 'プレビュー')]
            : null)))))),
    preview,
  ];
}

const url = (app, attachment) => `/api/v1/intake/${app.id}/attachments/${attachment.id}`;
