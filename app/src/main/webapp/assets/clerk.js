// The staff screens: login, then the screens of the user's roles (screens.js), switched by the
// URL hash; the navigation shows only the screens the user may open.
import { api, post, setCsrfToken, ApiError } from './http.js';
import { h, clear, $ } from './dom.js';
import { SCREENS, screenFor } from './screens.js';
import { ROLES, labelOf } from './labels.js';

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
    history.replaceState(null, '', location.pathname);
    showLogin('ログアウトしました');
  }
}

const allowed = (roles) => session.roles.some((r) => roles.includes(r));

function showNavigation() {
  $('#nav').hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = `${session.username}（${session.roles.map((r) => labelOf(ROLES, r)).join('・')}）`;
  for (const link of document.querySelectorAll('#nav a[data-roles]')) {
    link.hidden = !allowed(link.dataset.roles.split(' '));
    const current = location.hash === link.getAttribute('href')
      || location.hash.startsWith(`${link.getAttribute('href')}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route() {
  if (!session) {
    showLogin();
    return;
  }
  const found = screenFor(location.hash);
  if (!found || !allowed(found.screen.roles)) {
    const first = SCREENS.find((s) => s.nav && allowed(s.roles));
    if (first && !found) {
      location.replace(first.nav);
      return;
    }
    showNavigation();
    clear(main, h('div', { class: 'notice error', role: 'alert' }, first
      ? 'この画面を開く権限がありません。メニューから画面を選んでください。'
      : 'このアカウントで使える職員画面はありません。権限のあるアカウントでログインしてください。'));
    return;
  }
  showNavigation();
  try {
    await found.screen.show(main, session, ...found.args);
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
