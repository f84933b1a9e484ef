// 詳細: one application with its definition's labels, attachments, history, comments and the
// workflow actions (each confirmed in a dialog; 補正依頼 and 却下 need a reason); the validation
// warnings (確認事項) and, for 罹災証明書, the 被害の程度 the clerk sets.
import { api, post, ApiError } from './http.js';
import { errorNotice } from './widgets.js';
import { h, clear, dateTime } from './dom.js';
import { ACTIONS } from './labels.js';
import { renderValues, fieldAt, formatValue } from './values.js';
import { formatDate } from './japanese.js';
import { confirmAction } from './dialogs.js';
import { attachmentList } from './attachments.js';
import { deliveryHistory } from './linkage-history.js';

export async function showDetail(main, id, session) {
  const app = await api(`/api/v1/intake/${id}`);
  const [definition, history, deliveries] = await Promise.all([
    api(`/api/v1/procedures/${encodeURIComponent(app.procedureCode)}/versions/${app.definitionVersion}`),
    api(`/api/v1/intake/${id}/history`),
    api(`/api/v1/intake/${id}/deliveries`),
  ]);
  document.title = `窓口 — ${app.receiptNumber}`;
  const message = h('div', { id: 'detail-message', 'aria-live': 'polite' });
  const reload = async (note) => {
    await showDetail(main, id, session);
    if (note) clear(main.querySelector('#detail-message'), h('div', { class: 'notice ok', role: 'status' }, note));
  };
  const fail = (e) => clear(message, problemNotice(e, reload));
  const reveal = session.roles.includes('SUPERVISOR') ? myNumberRevealer(id, fail, definition) : null;
  clear(main,
    h('p', {}, h('a', { href: '#/queue' }, '← 受付キューに戻る')),
    h('h2', {}, `${app.receiptNumber}　${app.procedureName}`),
    summary(app),
    warningList(app),
    signatureBlock(app.signature),
    linkedBlock(app.linked),
    message,
    actionBar(app, session, reload, fail, deliveries),
    app.damageGradeOptions ? damageGrade(app, reload) : null,
    h('div', { class: 'detail-layout' },
      h('div', {},
        h('h3', {}, '申請者'),
        renderValues(definition.applicant.fields || [], app.applicant, 4, { path: 'applicant', reveal, trail: ['申請者'] }),
        h('h3', {}, '申請内容'),
        renderValues(definition.fields || [], app.form, 4, { path: 'form', reveal, trail: [] }),
        h('h3', {}, '添付ファイル'),
        attachmentList(app, definition),
        h('h3', {}, '履歴'),
        historyTable(history, definition),
        h('h3', {}, '基幹連携'),
        deliveryHistory(deliveries)),
      h('aside', { 'aria-label': '職員メモ' },
        h('h3', {}, '職員メモ'),
        comments(app, reload, fail))));
  main.focus();
}

/**
 * 個人番号の表示 (supervisors): asks the purpose, then discloses the one field; the server writes the
 * access log with the field and the reason.
 */
function myNumberRevealer(id, fail, definition) {
  return async (field, label) => {
    const answer = await confirmAction({
      title: `${label}を表示`,
      text: `${fieldAt(definition, field).label}を表示します。利用目的を入力してください（アクセスログに記録されます）。`,
      okLabel: '表示する',
      reason: true,
    });
    if (!answer) return null;
    try {
      const disclosed = await post(`/api/v1/intake/${id}/my-number`, { field, reason: answer.reason });
      return disclosed.myNumber;
    } catch (e) {
      fail(e);
      return null;
    }
  };
}

function summary(app) {
  return h('div', { class: 'summary' },
    h('span', {}, '状態: ', h('span', { class: 'badge', id: 'detail-status' }, app.statusLabel)),
    h('span', {}, `ポータル表示: ${app.portalStatus}`),
    h('span', {}, `担当: ${app.assignee || '未割当'}`),
    h('span', {}, `受付: ${dateTime(app.receivedAt)}`),
    h('span', {}, `処理期限: ${formatDate(app.dueDate) || '—'} `, app.overdue ? h('span', { class: 'badge overdue' }, '期限超過') : null),
    app.statusMessage ? h('span', {}, `通知内容: ${app.statusMessage}`) : null,
    h('details', { class: 'technical', id: 'detail-technical' },
      h('summary', {}, '詳細'),
      h('span', {}, `定義の版: 第${app.definitionVersion}版`), '　',
      h('span', {}, `更新版数: ${app.version}`)));
}

function warningList(app) {
  const warnings = app.warnings || [];
  if (warnings.length === 0) return null;
  return h('div', { class: 'notice warn', id: 'detail-warnings', role: 'note' },
    h('strong', {}, `確認事項（受付時の自動確認、${warnings.length}件）`),
    h('ul', {}, warnings.map((w) => h('li', {}, w.message))));
}

// 被害の程度（罹災証明書）: the current grade and a form to set it, with the optional 損害割合.
function damageGrade(app, reload) {
  const current = app.damageGrade;
  const feedback = h('div', { 'aria-live': 'polite' });
  const grade = h('select', { id: 'damage-grade', name: 'grade', required: true },
    h('option', { value: '' }, '選択してください'),
    app.damageGradeOptions.map((o) => h('option', { value: o.value, selected: current && current.grade === o.value },
      `${o.label}（損害割合 ${o.range}）`)));
  const ratio = h('input', {
    id: 'damage-ratio', name: 'ratioPercent', type: 'number', min: '0', max: '100', step: '0.1',
    value: current && current.ratioPercent != null ? String(current.ratioPercent) : '',
  });
  const form = h('form', { id: 'damage-grade-form', class: 'inline-form' },
    h('div', { class: 'field' }, h('label', { for: 'damage-grade' }, '被害の程度'), grade),
    h('div', { class: 'field' }, h('label', { for: 'damage-ratio' }, '損害割合（%・任意）'), ratio),
    h('button', { type: 'submit' }, '設定する'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { grade: grade.value || null };
    if (ratio.value !== '') body.ratioPercent = Number(ratio.value);
    try {
      await api(`/api/v1/intake/${app.id}/damage-grade`, { method: 'PUT', body });
      await reload('被害の程度を設定しました。');
    } catch (e) {
      clear(feedback, errorNotice(e, form));
    }
  });
  return h('section', { 'aria-labelledby': 'damage-grade-title', class: 'damage-grade' },
    h('h3', { id: 'damage-grade-title' }, '被害の程度（職員判定）'),
    h('p', { id: 'damage-grade-current' }, current
      ? `現在: ${current.label}${current.ratioPercent != null ? `（損害割合 ${current.ratioPercent}%）` : ''}　${current.assessedBy}　${dateTime(current.assessedAt)}`
      : '未設定'),
    form,
    certificateButton(app, feedback),
    feedback);
}

// 罹災証明書の発行: once accepted (受理・基幹連携済・完了) and graded; each click issues (交付番号, history, access log).
const CERTIFIABLE = ['ACCEPTED', 'LINKED', 'COMPLETED'];

function certificateButton(app, feedback) {
  if (!app.damageGrade || !CERTIFIABLE.includes(app.status)) return null;
  const issue = async () => {
    const response = await fetch(`/api/v1/intake/${app.id}/disaster-certificate`, { credentials: 'same-origin' });
    if (!response.ok) {
      clear(feedback, h('div', { class: 'notice error', role: 'alert' },
        `罹災証明書を発行できませんでした（HTTP ${response.status}）`));
      return;
    }
    const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
    const url = URL.createObjectURL(blob);
    clear(feedback, h('div', { class: 'notice ok', role: 'status' }, '罹災証明書を発行しました。',
      h('a', { href: url, target: '_blank', rel: 'noopener', id: 'certificate-link' }, '罹災証明書（PDF）を開く')));
  };
  return h('p', {}, h('button', { type: 'button', id: 'issue-certificate', onclick: issue }, '罹災証明書を発行（PDF）'));
}

// 関連する申請 (転入予約 ⇄ 転出届): the applications filed together that this clerk may see.
function linkedBlock(linked) {
  if (!linked || linked.length === 0) return null;
  return h('div', { class: 'summary', id: 'detail-linked', 'aria-label': '関連する申請' },
    h('span', {}, '関連する申請: '),
    linked.map((l) => h('span', {},
      h('a', { href: `#/applications/${l.id}` }, l.receiptNumber), `（${l.procedureCode}・${l.statusLabel}）`)));
}

// 電子署名と申請者特定: only for applications pulled from the portal as signed packages.
function signatureBlock(signature) {
  if (!signature) return null;
  return h('div', { class: 'summary', id: 'detail-signature', 'aria-label': '電子署名' },
    h('span', {}, '電子署名: ', h('span', { class: signature.verified ? 'badge' : 'badge overdue' },
      signature.verified ? '検証済み' : '検証失敗')),
    signature.reason ? h('span', {}, `理由: ${signature.reason}`) : null,
    signature.certificateSerial ? h('span', {}, `証明書シリアル番号: ${signature.certificateSerial}`) : null,
    h('span', {}, '申請者特定: ', signature.identified
      ? `特定済み（住民ID ${signature.residentId}）`
      : '未特定（番号紐付情報に登録がありません）'));
}

/**
 * The steps the current state allows (the server's {@code actions}: 完了 only once 基幹連携済, or at
 * 受理 when no linkage applies), the linkage progress while it runs, and 担当 buttons. A refused
 * step (409) reloads the page and says what changed.
 */
function actionBar(app, session, reload, fail, deliveries = []) {
  const allowed = app.actions || Object.keys(ACTIONS).filter((action) => ACTIONS[action].from.includes(app.status));
  const failed = conflictHandler(app, reload, fail);
  const buttons = allowed.filter((action) => ACTIONS[action]).map((action) => {
    const a = ACTIONS[action];
    return h('button', {
      type: 'button', class: a.danger ? 'danger' : '', 'data-action': action,
      onclick: async () => {
        const answer = await confirmAction({
          title: `${a.label}の確認`, text: a.text, okLabel: `${a.label}する`, reason: !!a.reason,
        });
        if (!answer) return;
        try {
          await post(`/api/v1/intake/${app.id}/transitions`,
            { action, reason: answer.reason, expectedVersion: app.version });
          await reload(`${a.label}しました。`);
        } catch (e) {
          await failed(e);
        }
      },
    }, a.label);
  });
  const me = session.username;
  const supervisor = session.roles.includes('SUPERVISOR');
  const simple = (label, path, note) => h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try {
      await post(`/api/v1/intake/${app.id}/${path}`);
      await reload(note);
    } catch (e) {
      await failed(e);
    }
  } }, label);
  return h('div', {},
    linkageProgress(app, deliveries),
    h('div', { class: 'actions-bar', role: 'group', 'aria-label': '操作' },
      buttons,
      app.assignee !== me ? simple('担当する', 'claim', '担当者になりました。') : null,
      app.assignee && (app.assignee === me || supervisor) ? simple('担当を外す', 'release', '担当を外しました。') : null));
}

/** 基幹連携の進み具合 while 受理 waits for it (and once it is done), so that 完了's absence is explained. */
function linkageProgress(app, deliveries) {
  if (!['ACCEPTED', 'LINKED'].includes(app.status) || deliveries.length === 0) return null;
  const all = deliveries.map(({ delivery }) => delivery);
  const done = all.filter((d) => d.status === 'DELIVERED').length;
  const parked = all.filter((d) => d.status === 'PARKED').length;
  const text = app.status === 'LINKED'
    ? `基幹連携: ${all.length}件すべて連携済です。完了にできます。`
    : `基幹連携中: ${all.length}件中${done}件 連携済。すべて連携済（基幹連携済）になると完了にできます。`
      + (parked > 0 ? `停止中の連携が${parked}件あります（情報政策担当に連絡してください）。` : '');
  return h('p', { id: 'linkage-progress', class: `notice ${parked > 0 ? 'warn' : ''}`, role: 'status' }, text);
}

const ACTORS = { linkage: '基幹連携', portal: 'ポータル', system: 'システム' };

/**
 * After a 409: when the application changed meanwhile, the page reloads itself and says what
 * changed and by whom (「状態が 受理 → 基幹連携済 に変わりました（基幹連携）」); a step refused for
 * another reason shows the server's message.
 */
function conflictHandler(before, reload, fail) {
  return async (e) => {
    if (!(e instanceof ApiError) || e.status !== 409) {
      fail(e);
      return;
    }
    try {
      const [now, history] = await Promise.all([
        api(`/api/v1/intake/${before.id}`),
        api(`/api/v1/intake/${before.id}/history`),
      ]);
      if (now.version === before.version) {
        fail(e);
        return;
      }
      const last = history[history.length - 1];
      const who = last ? (ACTORS[last.actor] || last.actor) : '';
      const note = now.status !== before.status
        ? `状態が ${before.statusLabel} → ${now.statusLabel} に変わりました（${who}）。最新の内容を表示しています。`
        : 'この申請は担当・メモなどが更新されていました。最新の内容を表示しています。';
      await reload();
      clear(document.querySelector('#detail-message'),
        h('div', { class: 'notice warn', role: 'status', id: 'conflict-note' }, note));
    } catch (err) {
      fail(err);
    }
  };
}

function problemNotice(e, reload) {
  const conflict = e instanceof ApiError && e.status === 409;
  return h('div', { class: 'notice error', role: 'alert' },
    h('strong', {}, conflict ? 'この操作は行えませんでした' : 'エラー'),
    h('p', {}, e.message),
    conflict ? h('button', { type: 'button', class: 'secondary', onclick: () => reload() }, '最新の状態を再読み込み') : null);
}

/** 変更項目: the definition's labels ('児童 1人目 › 生年月日') and values as the detail shows them. */
function changeText(definition, change) {
  const { label, field } = fieldAt(definition, change.field);
  const value = (v) => (v === undefined || v === null || v === '' ? '（なし）' : formatValue(field, v));
  return `${label}: ${value(change.before)} → ${value(change.after)}`;
}

function historyTable(history, definition) {
  return h('div', { class: 'table-wrap' }, h('table', { id: 'history-table' },
    h('thead', {}, h('tr', {}, ['日時', '担当', '状態', '理由', '変更項目'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, history.map((entry) => h('tr', {},
      h('td', {}, dateTime(entry.at)),
      h('td', {}, entry.actor || ''),
      h('td', {}, entry.fromLabel ? `${entry.fromLabel} → ${entry.toLabel}` : entry.toLabel),
      h('td', {}, entry.reason || ''),
      h('td', {}, (entry.changes || []).length === 0 ? '' : h('ul', {}, entry.changes.map((c) =>
        h('li', {}, changeText(definition, c))))))))));
}

function comments(app, reload, fail) {
  const form = h('form', {},
    h('div', { class: 'field' },
      h('label', { for: 'comment-body' }, 'メモを追加'),
      h('textarea', { id: 'comment-body', name: 'body', maxlength: '2000', required: true })),
    h('button', { type: 'submit' }, '追加'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = form.body.value.trim();
    if (!body) return;
    try {
      await post(`/api/v1/intake/${app.id}/comments`, { body });
      await reload('メモを追加しました。');
    } catch (e) {
      fail(e);
    }
  });
  return [
    app.comments.length === 0 ? h('p', {}, 'メモはありません。') : h('ul', { class: 'comments' },
      app.comments.map((c) => h('li', {}, h('div', { class: 'meta' }, `${c.author}　${dateTime(c.at)}`), c.body))),
    form,
  ];
}
