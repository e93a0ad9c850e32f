// The HTML site map (sơ đồ cổng thông tin, Decree 42/2022 B6), generated: the home page, every
// installed section with its visible categories (two levels), the main menu's other entries and
// the search page. Nothing names a section: a new module appears here by being installed.
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import { menuCategories } from '../content/categories.ts';
import type { AppContext } from '../context.ts';
import type { Language } from '../db/schema.ts';
import { queryOf } from '../http/query-schema.ts';
import { Layout } from '../html/Layout.tsx';
import type { NavLink, PageEnv } from '../html/page-env.ts';
import { pageEnv, sendPage } from '../http/page.ts';

export const siteMapPaths = { vi: '/so-do-trang', en: '/en/site-map' } as const;
const searchPaths = { vi: '/tim-kiem', en: '/en/search' } as const;

export interface SiteMapEntry {
  label: string;
  href: string;
  children?: SiteMapEntry[];
}

/** The entries of the site map in one language. */
export async function siteMapEntries(ctx: AppContext, env: PageEnv): Promise<SiteMapEntry[]> {
  const lang = env.lang;
  const categories = await menuCategories(ctx.db.kysely, ctx.modules);
  const name = (c: { name: string; name_en: string | null }) => (lang === 'en' && c.name_en ? c.name_en : c.name);
  const entries: SiteMapEntry[] = [{ label: env.t.home, href: '/' }];
  for (const mod of ctx.modules) {
    const declaration = mod.declaration;
    const path = declaration?.paths?.[lang];
    if (!declaration || !path) continue;
    const own = mod.categoryType ? categories.filter((c) => c.type === mod.categoryType) : [];
    const tree = own
      .filter((c) => c.parent_id === null || !own.some((p) => p.id === c.parent_id))
      .map((top) => {
        const children = own.filter((c) => c.parent_id === top.id).map((c) => ({ label: name(c), href: c.href }));
        return { label: name(top), href: top.href, ...(children.length ? { children } : {}) };
      });
    // English pages of categories do not exist yet: the English map lists the sections only.
    entries.push({ label: declaration.plural[lang], href: path, ...(lang === 'vi' && tree.length ? { children: tree } : {}) });
  }
  // What the public sends and reads back (questions and answers ...), where it has a page.
  if (lang === 'vi') {
    for (const kind of ctx.modules.flatMap((m) => m.submissionKinds ?? [])) if (kind.publicPath) entries.push({ label: kind.plural.vi, href: kind.publicPath });
  }
  // Menu entries the sections above do not already cover (a page an administrator linked).
  const known = new Set<string>();
  const collect = (list: SiteMapEntry[]) => {
    for (const e of list) {
      known.add(e.href);
      if (e.children) collect(e.children);
    }
  };
  collect(entries);
  const extra = (items: NavLink[]): SiteMapEntry[] =>
    items.flatMap((item) => {
      const children = item.children ? extra(item.children) : [];
      if (known.has(item.href)) return children;
      return [{ label: item.label, href: item.href, ...(children.length ? { children } : {}) }];
    });
  if (lang === 'vi') entries.push(...extra(env.menu));
  entries.push({ label: env.t.search, href: searchPaths[lang] });
  return entries;
}

function Entries({ items }: { items: SiteMapEntry[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={item.href}>{item.label}</a>
          {item.children && <Entries items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

export function SiteMapPage({ env, entries }: { env: PageEnv; entries: SiteMapEntry[] }) {
  const { t } = env;
  return (
    <Layout env={env} title={t.siteMap} breadcrumb={[{ label: t.siteMap }]} canonical={`${siteMapPaths[env.lang]}`}>
      <div class="container">
        <h1 class="page-title">{t.siteMap}</h1>
        <nav class="site-map" aria-label={t.siteMap}>
          <Entries items={entries} />
        </nav>
      </div>
    </Layout>
  );
}

export function registerSiteMap(app: FastifyInstance, ctx: AppContext): void {
  const page = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const env = await pageEnv(ctx, request, lang);
    return sendPage(reply, <SiteMapPage env={env} entries={await siteMapEntries(ctx, env)} />);
  };
  app.get(siteMapPaths.vi, queryOf([]), page('vi'));
  app.get(siteMapPaths.en, queryOf([]), page('en'));
}
