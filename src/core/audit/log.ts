// The append-only audit log (the table refuses UPDATE and DELETE through triggers): sign-ins,
// workflow transitions, uploads and deletions, role and setting changes, token use.
import { isIP } from 'node:net';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface AuditEntry {
  action: string;
  userId?: number | null | undefined;
  actor?: string | null | undefined;
  targetType?: string | undefined;
  targetId?: string | number | undefined;
  ip?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

/**
 * An address as it may be stored: a valid IPv4 or IPv6 address, else null. Whatever a client (or
 * a proxy repeating a client's X-Forwarded-For) sends never reaches the log or its CSV export.
 */
export function validIp(ip: string | null | undefined): string | null {
  return typeof ip === 'string' && isIP(ip) !== 0 ? ip : null;
}

export async function audit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry, now = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      user_id: entry.userId ?? null,
      actor: entry.actor ?? null,
      action: entry.action,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId === undefined ? null : String(entry.targetId),
      ip: validIp(entry.ip),
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
    .execute();
}

export interface AuditFilter {
  action?: string | undefined;
  userId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit?: number;
  offset?: number;
}

export async function listAudit(db: Kysely<Database>, filter: AuditFilter = {}) {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.action) q = q.where('action', 'like', `${filter.action.toLowerCase().replace(/[%_\\]/g, '')}%`);
  if (filter.userId !== undefined) q = q.where('user_id', '=', filter.userId);
  if (filter.from) q = q.where('at', '>=', filter.from);
  if (filter.to) q = q.where('at', '<', filter.to);
  return q.orderBy('id', 'desc').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
}
