// What every back-office page knows: language and dictionary, the signed-in user, the CSRF
// token for its forms, the queue counts for the navigation.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../core/context.ts';
import type { Language } from '../core/db/schema.ts';
import type { Auth } from '../core/http/auth.ts';
import { pick } from '../core/i18n/index.ts';
import { can } from '../core/auth/permissions.ts';
import { queueCounts, type QueueName } from '../core/content-types/admin-queries.ts';
import { declaredTypes } from '../core/modules.ts';
import { adminDictionaries, type AdminDictionary } from './i18n/index.ts';
import { mediaText } from './media/i18n.ts';
import { categoriesText } from './categories/i18n.ts';
import { statsDictionaries } from './stats/i18n.ts';
import { openCounts } from '../core/submissions/store.ts';
import { submissionsText } from './submissions/i18n.ts';

export const adminLangCookie = 'ngon-ngu-quan-tri';

export interface AdminEnv {
  lang: Language;
  t: AdminDictionary;
  portalName: string;
  path: string;
  auth: Auth | null;
  csrf: string;
  queues: Partial<Record<QueueName, number>>;
  /** navigation entries the user may open */
  nav: { href: string; label: string; count?: number | undefined }[];
}

export function adminLanguage(request: FastifyRequest): Language {
  const cookie = request.cookies[adminLangCookie];
  if (cookie === 'en' || cookie === 'vi') return cookie;
  return request.auth?.user.language ?? 'vi';
}

export async function adminEnv(ctx: AppContext, request: FastifyRequest): Promise<AdminEnv> {
  const lang = adminLanguage(request);
  const t = adminDictionaries[lang];
  const settings = await ctx.settings.get();
  const auth = request.auth && !request.auth.session?.needsTotp ? request.auth : null;
  const queues = auth ? await queueCounts(ctx.db.kysely, auth.actor) : {};
  const nav: AdminEnv['nav'] = [];
  if (auth) {
    const total = Object.values(queues).reduce((a, b) => a + (b ?? 0), 0);
    nav.push({ href: '/admin', label: t.dashboard, count: total || undefined });
    // one entry per declared content type, in registry order
    for (const d of declaredTypes()) nav.push({ href: `/admin/content/${encodeURIComponent(d.type)}`, label: d.plural[lang] });
    if (can(auth.actor, 'categories.manage') && declaredTypes().some((d) => d.categories)) nav.push({ href: '/admin/categories', label: categoriesText[lang].categories });
    const kinds = ctx.modules.flatMap((m) => m.submissionKinds ?? []).map((k) => k.kind);
    if (kinds.length > 0 && can(auth.actor, 'submissions.handle')) {
      const open = [...(await openCounts(ctx.db.kysely, kinds)).values()].reduce((a, b) => a + b, 0);
      nav.push({ href: '/admin/submissions', label: submissionsText[lang].title, count: open || undefined });
    }
    if (can(auth.actor, 'media.upload')) nav.push({ href: '/admin/media', label: mediaText[lang].library });
    if (can(auth.actor, 'stats.view')) {
      nav.push({ href: '/admin/stats', label: statsDictionaries[lang].stats });
      nav.push({ href: '/admin/royalties', label: statsDictionaries[lang].royalties });
    }
    if (can(auth.actor, 'users.manage')) nav.push({ href: '/admin/users', label: t.users });
    if (can(auth.actor, 'audit.view')) nav.push({ href: '/admin/audit', label: t.audit });
    if (can(auth.actor, 'settings.manage')) nav.push({ href: '/admin/settings', label: t.settings });
    nav.push({ href: '/admin/account', label: t.myAccount });
  }
  return { lang, t, portalName: pick(settings.portalName, lang), path: request.url.split('?')[0] ?? '/admin', auth, csrf: request.auth?.csrf ?? '', queues, nav };
}
