// The answer to a setup or reset link that is not (or no longer) valid: the page with why, 403.
import type { FastifyReply } from 'fastify';
import type { AdminEnv } from '../env.ts';
import { sendAdminPage } from '../respond.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';

export function sendRefused(reply: FastifyReply, env: AdminEnv, title: string, error: string) {
  return sendAdminPage(
    reply,
    <AdminLayout env={env} title={title} error={error}>
      {null}
    </AdminLayout>,
    403,
  );
}
