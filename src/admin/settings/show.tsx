// GET /admin/settings: the settings page with the current values.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { menuCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Category } from '../../core/db/schema.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { menuRows } from '../menu-form.ts';
import { sendAdminPage } from '../respond.ts';
import { settingsText } from '../settings-i18n.ts';
import { SettingsPage } from './SettingsPage.tsx';

/** Categories a menu entry may point at: every module's, as core/http/page.ts resolves them. */
export const categoriesForMenus = (ctx: AppContext): Promise<Category[]> => menuCategories(ctx.db.kysely, ctx.modules, { includeHidden: true });

export async function showSettings(ctx: AppContext, request: FastifyRequest<{ Querystring: { ok?: string } }>, reply: FastifyReply) {
  await guard(ctx, request, 'settings.manage');
  const env = await adminEnv(ctx, request);
  const s = await ctx.settings.get();
  return sendAdminPage(reply, <SettingsPage env={env} s={s} categories={await categoriesForMenus(ctx)} main={menuRows(s.mainMenu)} footer={menuRows(s.footerLinks)} footerFromModules={ctx.modules.some((m) => m.footerLinks)} flash={request.query.ok ? settingsText[env.lang].saved : undefined} />);
}
