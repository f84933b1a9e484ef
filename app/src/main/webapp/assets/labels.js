// Japanese names shared by the screens (the server sends statusLabel too; these are for filters).

export const STATUSES = [
  ['RECEIVED', '受付'],
  ['UNDER_REVIEW', '審査中'],
  ['RETURNED_FOR_CORRECTION', '補正依頼中'],
  ['ACCEPTED', '受理'],
  ['LINKED', '基幹連携済'],
  ['COMPLETED', '完了'],
  ['REJECTED', '却下'],
  ['WITHDRAWN', '取下げ'],
  ['INTAKE_ERROR', '受付エラー'],
];

export const statusLabel = (code) => (STATUSES.find(([c]) => c === code) || [code, code])[1];

/** The workflow steps a clerk can take from each state (design.md, "Application lifecycle"). */
export const ACTIONS = {
  START_REVIEW: { label: '着手', from: ['RECEIVED'], text: '審査に着手します。よろしいですか？' },
  REQUEST_CORRECTION: {
    label: '補正依頼', from: ['UNDER_REVIEW'], reason: true,
    text: '申請者に補正（訂正）を依頼します。依頼内容は申請者に表示されます。',
  },
  ACCEPT: { label: '受理', from: ['UNDER_REVIEW'], text: 'この申請を受理します。よろしいですか？' },
  REJECT: {
    label: '却下', from: ['UNDER_REVIEW'], reason: true, danger: true,
    text: 'この申請を却下します。理由は申請者に通知されます。',
  },
  COMPLETE: { label: '完了', from: ['ACCEPTED', 'LINKED'], text: 'この申請を完了にします。よろしいですか？' },
};
