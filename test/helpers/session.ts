// A signed-in back-office user for tests, through the real sign-in form: cookies and the CSRF
// token are carried like a browser would.
import assert from 'node:assert/strict';
import type { TestPortal } from './portal.ts';

export const testPassword = 'mat-khau-du-dai-1';

export interface Browserish {
  cookies: Record<string, string>;
  csrf: string;
  get(url: string): Promise<{ status: number; body: string; location?: string | undefined }>;
  post(url: string, form: Record<string, string | string[] | number>, options?: { csrf?: boolean; json?: boolean }): Promise<{ status: number; body: string; location?: string | undefined }>;
}

export function browserish(portal: TestPortal): Browserish {
  const cookies: Record<string, string> = {};
  const cookieHeader = () => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: { cookies: { name: string; value: string; maxAge?: number; expires?: Date }[] }) => {
    for (const c of res.cookies) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) delete cookies[c.name];
      else cookies[c.name] = c.value;
    }
  };
  const self: Browserish = {
    cookies,
    csrf: '',
    async get(url) {
      const res = await portal.app.inject({ method: 'GET', url, headers: { cookie: cookieHeader() } });
      keep(res);
      const meta = /<meta name="csrf-token" content="([^"]+)"/.exec(res.body);
      if (meta) self.csrf = meta[1]!;
      return { status: res.statusCode, body: res.body, location: res.headers.location as string | undefined };
    },
    async post(url, form, options = {}) {
      const withCsrf = options.csrf === false ? form : { _csrf: self.csrf, ...form };
      const res = options.json
        ? await portal.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(), 'content-type': 'application/json', ...(options.csrf === false ? {} : { 'x-csrf-token': self.csrf }) }, payload: JSON.stringify(form) })
        : await portal.app.inject({ method: 'POST', url, headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(Object.entries(withCsrf).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, String(v)]]))).toString() });
      keep(res);
      return { status: res.statusCode, body: res.body, location: res.headers.location as string | undefined };
    },
  };
  return self;
}

/** Fills the sign-in form; returns the response of the POST. */
export async function signIn(b: Browserish, email: string, password = testPassword) {
  const page = await b.get('/admin/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(token, 'the sign-in form has a CSRF token');
  return b.post('/admin/login', { _csrf: token, email, password, ve: '/admin' }, { csrf: false });
}

export async function signedIn(portal: TestPortal, email: string): Promise<Browserish> {
  const b = browserish(portal);
  const res = await signIn(b, email);
  assert.equal(res.status, 303, res.body.slice(0, 500));
  await b.get('/admin/account');
  assert.ok(b.csrf, 'signed in and got a CSRF token');
  return b;
}
