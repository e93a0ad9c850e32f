// Turning a request into a PageEnv (language, settings, resolved menu, text size) and sending
// rendered pages.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { menuCategories } from '../content/categories.ts';
import type { AppContext } from '../context.ts';
import type { Language } from '../db/schema.ts';
import { renderDocument } from '../html/render.ts';
import { defaultFontLevel, type NavLink, type PageEnv } from '../html/page-env.ts';
import { dictionary, pick } from '../i18n/index.ts';
import type { MenuItem } from '../settings.ts';

export const fontCookie = 'co-chu';

export function fontLevelOf(request: FastifyRequest): number {
  const raw = request.cookies?.[fontCookie];
  return raw !== undefined && /^[0-4]$/.test(raw) ? Number(raw) : defaultFontLevel;
}

async function resolveMenu(ctx: AppContext, language: Language): Promise<NavLink[]> {
  const settings = await ctx.settings.get();
  const categories = await menuCategories(ctx.db.kysely, ctx.modules);
  const resolve = (items: MenuItem[]): NavLink[] => {
    const out: NavLink[] = [];
    for (const item of items) {
      const children = item.children?.length ? resolve(item.children) : undefined;
      if (item.href) {
        out.push({ label: item.label ? pick(item.label, language) : item.href, href: item.href, ...(children?.length ? { children } : {}) });
        continue;
      }
      const category = item.category ? categories.find((c) => c.slug === item.category) : undefined;
      // A menu entry for a category that does not exist (yet) is left out, never a dead link.
      if (category) {
        const name = language === 'en' && category.name_en ? category.name_en : category.name;
        out.push({ label: item.label?.vi ? pick(item.label, language) : name, href: category.href, ...(children?.length ? { children } : {}) });
      }
    }
    return out;
  };
  return resolve(settings.mainMenu);
}

/** The language of a public address: English under /en, Vietnamese elsewhere (error pages follow the page asked for). */
export function languageOfPath(url: string): Language {
  return /^\/en(\/|\?|$)/.test(url) ? 'en' : 'vi';
}

/** The footer's links: from the modules that provide them, else from the settings. */
async function resolveFooterLinks(ctx: AppContext, language: Language): Promise<NavLink[]> {
  const providers = ctx.modules.filter((m) => m.footerLinks);
  if (providers.length > 0) return (await Promise.all(providers.map((m) => m.footerLinks!(ctx, language)))).flat();
  const settings = await ctx.settings.get();
  return settings.footerLinks.filter((l) => l.href).map((l) => ({ label: l.label ? pick(l.label, language) : l.href!, href: l.href! }));
}

export async function pageEnv(ctx: AppContext, request: FastifyRequest, language: Language = 'vi'): Promise<PageEnv> {
  const path = request.url.split('?')[0] ?? '/';
  return {
    lang: language,
    t: dictionary(language),
    settings: await ctx.settings.get(),
    menu: await resolveMenu(ctx, language),
    footerLinks: await resolveFooterLinks(ctx, language),
    path,
    fontLevel: fontLevelOf(request),
    baseUrl: ctx.config.baseUrl,
    // A counter that cannot be read leaves the footer without figures rather than failing the page.
    visitors: await ctx.visitors.stats().catch(() => undefined),
  };
}

export function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('Vary', 'Cookie').send(renderDocument(page));
}
