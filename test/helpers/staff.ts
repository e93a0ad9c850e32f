// Staff accounts with API tokens for tests.
import { createApiToken } from '../../src/core/auth/api-tokens.ts';
import { createUser } from '../../src/core/auth/users.ts';
import type { Role } from '../../src/core/db/schema.ts';
import type { TestPortal } from './portal.ts';

export interface Staff {
  id: number;
  email: string;
  token: string;
}

export async function makeStaff(portal: TestPortal, role: Role, name: string, categoryIds: number[] | null = null): Promise<Staff> {
  const email = `${name}@bqlkkt.test`;
  const user = await createUser(portal.ctx.db.kysely, { email, name, role, password: 'mat-khau-du-dai-1', categoryIds });
  const { token } = await createApiToken(portal.ctx.db.kysely, user.id, 'test');
  return { id: user.id, email, token };
}

export function api(portal: TestPortal, who: Staff | undefined) {
  return async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) => {
    const res = await portal.app.inject({
      method,
      url,
      headers: who ? { authorization: `Bearer ${who.token}` } : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; message: string; messageVi: string } }) : {} };
  };
}
