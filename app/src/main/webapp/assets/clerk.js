// The clerks' screens: login, 受付キュー and 詳細, switched by the URL hash.
import { api, post, setCsrfToken, ApiError } from './http.js';
import { h, clear, $ } from './dom.js';
import { showQueue } from './queue.js';
import { showDetail } from './detail.js';

const main = $('#main');
let session = null;

async function loadSession() {
  try {
    session = await api('/ui/session');
    setCsrfToken(session.csrfToken);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    session = null;
  }
}

function showLogin(message) {
  $('#nav').hidden = true;
  $('#who').hidden = true;
  document.title = '窓口 — ログイン';
  const error = h('div', { id: 'login-error', role: 'alert' });
  if (message) error.append(h('div', { class: 'notice error' }, message));
  const form = h('form', { class: 'login', novalidate: true },
    h('h2', {}, '職員ログイン'),
    error,
    h('div', { class: 'field' },
      h('label', { for: 'login-username' }, 'ユーザー名'),
      h('input', { id: 'login-username', name: 'username', autocomplete: 'username', required: true })),
    h('div', { class: 'field' },
      h('label', { for: 'login-password' }, 'パスワード'),
      h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'ログイン'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      session = await post('/ui/login', {
        username: form.username.value.trim(),
        password: form.password.value,
      });
      setCsrfToken(session.csrfToken);
      route();
    } catch (e) {
      clear(error, h('div', { class: 'notice error' }, e.message));
      form.password.value = '';
      form.password.focus();
    }
  });
  clear(main, form);
  $('#login-username').focus();
}

async function logout() {
  try {
    await post('/ui/logout');
  } finally {
    session = null;
    setCsrfToken(null);
    location.hash = '#/queue';
    showLogin('ログアウトしました');
  }
}

function isClerk() {
  return session && session.roles.some((r) => r === 'CLERK' || r === 'SUPERVISOR');
}

async function route() {
  if (!session) {
    showLogin();
    return;
  }
  $('#nav').hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = `${session.username}（${session.roles.join('・')}）`;
  if (!isClerk()) {
    clear(main, h('div', { class: 'notice error', role: 'alert' },
      'この画面は窓口職員（CLERK / SUPERVISOR）用です。権限のあるアカウントでログインしてください。'));
    return;
  }
  const detail = location.hash.match(/^#\/applications\/([0-9a-f-]+)$/);
  try {
    if (detail) {
      await showDetail(main, detail[1], session);
    } else {
      await showQueue(main);
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      session = null;
      showLogin('セッションの有効期限が切れました。もう一度ログインしてください。');
      return;
    }
    clear(main, h('div', { class: 'notice error', role: 'alert' }, e.message));
  }
}

window.addEventListener('hashchange', route);
$('#logout').addEventListener('click', logout);
loadSession().then(route, (e) => clear(main, h('div', { class: 'notice error' }, e.message)));
