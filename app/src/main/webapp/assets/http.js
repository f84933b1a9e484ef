// Calls to the Madoguchi API. Session-authenticated state changes carry the CSRF token; errors
// arrive as problem+json and are thrown as ApiError with the problem attached.

let csrfToken = null;

export function setCsrfToken(token) {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `エラーが発生しました（HTTP ${status}）`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function parse(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, typeof body === 'object' ? body : null);
  return body;
}

/** GET or send JSON ({body}) or text ({text, contentType}). options: {method, body, text, contentType, headers}. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  const init = { method: options.method || 'GET', headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  } else if (options.text !== undefined) {
    headers['Content-Type'] = options.contentType || 'text/plain; charset=UTF-8';
    init.body = options.text;
  }
  if (init.method !== 'GET' && csrfToken && !headers.Authorization) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  return parse(await fetch(path, init));
}

/**
 * GET of a keyset-paged list: {items, total (X-Total-Count), after (the cursor of the next page from
 * the Link: rel="next" header, or null on the last page)}.
 */
export async function apiPage(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const items = await parse(response);
  const total = Number(response.headers.get('X-Total-Count'));
  const next = /<([^>]*)>\s*;\s*rel="?next"?/.exec(response.headers.get('Link') || '');
  return {
    items,
    total: Number.isFinite(total) ? total : items.length,
    after: next ? new URL(next[1], window.location.href).searchParams.get('after') : null,
  };
}

export const post = (path, body, headers) => api(path, { method: 'POST', body: body ?? {}, headers });

/** A Basic Authorization header value (UTF-8), for the test portal's system account. */
export function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return `Basic ${btoa(binary)}`;
}
