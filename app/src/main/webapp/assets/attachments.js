// 添付ファイル: grouped by the submission they came with (初回, 再提出1, …), download links (the API
// answers with Content-Disposition: attachment) and an inline preview of images and PDFs from a
// blob, so nothing is framed from the API itself. The SHA-256 of the originals sit behind 詳細.
import { h, clear } from './dom.js';
import { fileTypeLabel } from './labels.js';

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
  const revisions = [...new Set(app.attachments.map((a) => a.revision || 1))].sort((a, b) => a - b);
  return [
    revisions.map((revision) => submission(app, kinds, show, revision,
      app.attachments.filter((a) => (a.revision || 1) === revision))),
    preview,
  ];
}

/** 初回 for the first submission, 再提出1 for the first resubmission, and so on. */
export const submissionLabel = (revision) => (revision <= 1 ? '初回' : `再提出${revision - 1}`);

function submission(app, kinds, show, revision, attachments) {
  const title = `${submissionLabel(revision)}の添付（${attachments.length}件）`;
  return h('section', { class: 'attachment-group', 'aria-label': title, 'data-revision': String(revision) },
    h('h4', {}, title),
    h('div', { class: 'table-wrap' }, h('table', { class: 'attachments-table' },
      h('caption', { class: 'visually-hidden' }, title),
      h('thead', {}, h('tr', {}, ['種類', 'ファイル名', '形式', 'サイズ', '無害化で除去', '操作'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, attachments.map((a) => h('tr', {},
        h('td', {}, kinds[a.kind] || a.kind || ''),
        h('td', {}, a.name),
        h('td', {}, fileTypeLabel(a.mediaType)),
        h('td', {}, `${Math.ceil(a.size / 1024)} KB`),
        h('td', {}, (a.removed || []).length ? a.removed.join('、') : 'なし'),
        h('td', {},
          h('a', { href: url(app, a), download: a.name }, 'ダウンロード'),
          PREVIEWABLE.includes(a.mediaType)
            ? [' ', h('button', { type: 'button', class: 'link', onclick: () => show(a) }, 'プレビュー')]
            : null)))))),
    h('details', { class: 'technical' },
      h('summary', {}, '詳細'),
      h('dl', { class: 'values' }, attachments.map((a) => [
        h('dt', {}, `${a.name} 原本SHA-256`), h('dd', { class: 'hash' }, h('code', {}, a.sha256 || ''))]))));
}

const url = (app, attachment) => `/api/v1/intake/${app.id}/attachments/${attachment.id}`;
