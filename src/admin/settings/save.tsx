// POST /admin/settings: every field checked; bad input changes nothing and shows the form again
// with what was typed and why; each changed key is saved and the change audited.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { isEmail } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { emcOrigin, type SiteSettings } from '../../core/settings.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { parseMenu, readRows } from '../menu-form.ts';
import { sendAdminPage } from '../respond.ts';
import { settingsText } from '../settings-i18n.ts';
import { localizedKeys, SettingsPage } from './SettingsPage.tsx';
import { categoriesForMenus } from './show.tsx';

export async function saveSettings(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'settings.manage');
  const env = await adminEnv(ctx, request);
  const t = settingsText[env.lang];
  const body = request.body;
  const current = await ctx.settings.get();
  const categories = await categoriesForMenus(ctx);
  const problems: string[] = [];
  const next: SiteSettings = { ...current };
  for (const key of localizedKeys) {
    const vi = formValue(body, `${key}_vi`).normalize('NFC').trim().slice(0, 500);
    if (!vi) problems.push(t.required(t[key]));
    next[key] = { vi, en: formValue(body, `${key}_en`).trim().slice(0, 500) };
  }
  next.phone = formValue(body, 'phone').trim().slice(0, 60);
  next.fax = formValue(body, 'fax').trim().slice(0, 60);
  next.email = formValue(body, 'email').trim().toLowerCase();
  if (!isEmail(next.email)) problems.push(t.badEmail);
  const logo = formValue(body, 'logo').trim();
  if (!/^\/(static|media)\/[\w./-]+\.(svg|png|jpe?g|webp)$/i.test(logo) || logo.includes('..')) problems.push(t.badLogo);
  else next.logo = { ...current.logo, src: logo };
  const emc = formValue(body, 'emcScriptUrl').trim();
  if (emc !== '' && !emcOrigin(emc)) problems.push(t.badEmc);
  else next.emcScriptUrl = emc;
  const count = (prefix: string) => Math.min(200, Number(formValue(body, `${prefix}_count`)) || 0);
  const mainRows = readRows(body, 'main', count('main'));
  const footerRows = readRows(body, 'footer', count('footer'));
  const slugsIn = (items: SiteSettings['mainMenu']): string[] => items.flatMap((i) => [...(i.category ? [i.category] : []), ...slugsIn(i.children ?? [])]);
  const main = parseMenu(mainRows, categories, t, true, new Set(slugsIn(current.mainMenu)));
  const footer = parseMenu(footerRows, categories, t, false, new Set(slugsIn(current.footerLinks)));
  problems.push(...main.problems, ...footer.problems);
  if (problems.length > 0) {
    return sendAdminPage(reply, <SettingsPage env={env} s={next} categories={categories} main={mainRows.filter((r) => r.target || r.vi)} footer={footerRows.filter((r) => r.target || r.vi)} problems={problems} footerFromModules={ctx.modules.some((m) => m.footerLinks)} />, 400);
  }
  next.mainMenu = main.items;
  next.footerLinks = footer.items;
  const changed: string[] = [];
  for (const key of Object.keys(next) as (keyof SiteSettings)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) {
      await ctx.settings.set(key, next[key] as never);
      changed.push(key);
    }
  }
  if (changed.length > 0) await audit(ctx.db.kysely, { action: 'settings.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { changed } });
  return reply.redirect('/admin/settings?ok=1', 303);
}
